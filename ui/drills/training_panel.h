#pragma once

#include "common/result.h"
#include "drills/drill.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace dd {
namespace ui {

class ContactPicker;
class InlineMessage;
struct UiContext;

// The "Training" tab: the training register (sessions with topic, date, trainer, attendees
// from the handbook and materials) beside its editor, and below the training status of every
// person in a key post (current when trained within the last 12 months).
class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(UiContext &context, QWidget *parent = nullptr);

    void reload();
    void newSession();
    bool openSession(qint64 id);
    Status saveSession();
    Status removeSession();

    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableWidget *statusTable() const { return m_status; }
    QComboBox *topicBox() const { return m_topic; }
    QLineEdit *titleEdit() const { return m_title; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *trainerEdit() const { return m_trainer; }
    ContactPicker *attendees() const { return m_attendees; }
    QPlainTextEdit *materialsEdit() const { return m_materials; }
    InlineMessage *message() const { return m_message; }
    QSplitter *splitter() const { return m_vertical; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillStatus();
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    TrainingSession m_session;
    QList<TrainingSession> m_list;
    QLineEdit *m_filter;
    QTableWidget *m_sessions;
    QLabel *m_editorTitle;
    QComboBox *m_topic;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QLineEdit *m_trainer;
    ContactPicker *m_attendees;
    QPlainTextEdit *m_materials;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_remove;
    InlineMessage *m_message;
    QLabel *m_statusTitle;
    QLabel *m_statusSummary;
    QTableWidget *m_status;
    QSplitter *m_horizontal;
    QSplitter *m_vertical;
    QList<QLabel *> m_formLabels;
};

} // namespace ui
} // namespace dd
