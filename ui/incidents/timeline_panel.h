#pragma once

#include "incidents/incident.h"

#include <QGroupBox>
#include <QTimeZone>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// The incident's timeline, written by the system as things happen, with a quick-note line
// (Enter adds the note), corrections of an entry (entries are never edited) and attached
// files.
class TimelinePanel : public QGroupBox {
    Q_OBJECT
public:
    TimelinePanel(UiContext &context, QWidget *parent = nullptr);

    void showTimeline(qint64 incidentId, const QList<TimelineEntry> &entries,
                      const QTimeZone &zone);
    void setEditable(bool editable);
    QLineEdit *noteField() const { return m_note; }
    QTreeWidget *entries() const { return m_entries; }

    void addNote();
    void correctSelected();
    void attachFile();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    qint64 m_incidentId = 0;
    QList<TimelineEntry> m_timeline;
    QTimeZone m_zone;
    QDateTime m_now; // times of today's entries show as HH:mm
    bool m_editable = false;
    QTreeWidget *m_entries;
    QLineEdit *m_note;
    QPushButton *m_correct;
    QPushButton *m_attach;
    InlineMessage *m_message;
};

} // namespace ui
} // namespace dd
