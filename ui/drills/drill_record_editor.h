#pragma once

#include "common/result.h"
#include "drills/drill.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

class OptionalTimeEdit;
struct UiContext;

// The drill record: actual start and end, attendance (present + role), measured recovery
// minutes against the plan's targets, outcome, result, problems found, the timeline (entries
// carried over from drill mode are marked) and the attached files. The record fields are
// saved by the drill tab; timeline entries and attachments are stored at once.
class DrillRecordEditor : public QWidget {
    Q_OBJECT
public:
    explicit DrillRecordEditor(UiContext &context, QWidget *parent = nullptr);

    void setDrill(const Drill &drill, const QHash<qint64, QString> &names);
    Drill record() const;            // the loaded drill with the record fields applied
    void setEditable(bool editable); // record fields (in progress or completed)
    void reloadAttachments();

    OptionalTimeEdit *actualStart() const { return m_start; }
    OptionalTimeEdit *actualEnd() const { return m_end; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QPlainTextEdit *resultEdit() const { return m_result; }
    QPlainTextEdit *problemsEdit() const { return m_problems; }
    QTableWidget *attendanceTable() const { return m_attendance; }
    QTableWidget *measuredTable() const { return m_measured; }
    QTableWidget *timelineTable() const { return m_timeline; }
    QTableWidget *attachmentsTable() const { return m_attachments; }
    QLineEdit *entryEdit() const { return m_entryText; }

    Status addTimelineEntry(const QDateTime &at, const QString &text);
    Status attach(const QString &path);

signals:
    void failed(const QString &error);
    void stored(const QString &note); // a timeline entry or attachment was stored

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTimeline();
    void updateMet();
    void addEntry();
    void addFile();
    void openFile();
    void removeFile();
    void updateButtons();
    void retranslateUi();

    UiContext &m_context;
    Drill m_drill;
    QHash<qint64, QString> m_names;
    QList<DrillAttachment> m_files;
    bool m_editable = false;
    QLabel *m_startLabel;
    QLabel *m_endLabel;
    QLabel *m_outcomeLabel;
    QLabel *m_resultLabel;
    QLabel *m_problemsLabel;
    QLabel *m_attendanceLabel;
    QLabel *m_measuredLabel;
    QLabel *m_timelineLabel;
    QLabel *m_attachmentsLabel;
    OptionalTimeEdit *m_start;
    OptionalTimeEdit *m_end;
    QComboBox *m_outcome;
    QPlainTextEdit *m_result;
    QPlainTextEdit *m_problems;
    QTableWidget *m_attendance;
    QTableWidget *m_measured;
    QTableWidget *m_timeline;
    OptionalTimeEdit *m_entryAt;
    QLineEdit *m_entryText;
    QPushButton *m_addEntry;
    QTableWidget *m_attachments;
    QPushButton *m_addFile;
    QPushButton *m_openFile;
    QPushButton *m_removeFile;
};

} // namespace ui
} // namespace dd
