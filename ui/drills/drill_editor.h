#pragma once

#include "common/result.h"
#include "drills/drill.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace dd {
namespace ui {

class DrillPlanEditor;
class DrillRecordEditor;
class InlineMessage;
struct UiContext;

// The "Drill" tab: one drill's plan and record with its lifecycle buttons (save, approve,
// start, complete, cancel, delete) and the printed plan. Refusals (missing parts, retention,
// permissions, stale versions) appear inline under the header.
class DrillEditor : public QWidget {
    Q_OBJECT
public:
    explicit DrillEditor(UiContext &context, QWidget *parent = nullptr);

    void newDrill();           // a blank draft (not stored until saved)
    bool openDrill(qint64 id); // false (and an inline error) when it cannot be read
    void reloadPeople();       // the handbook contacts offered as participants
    qint64 drillId() const { return m_drill.id; }
    const Drill &drill() const { return m_drill; }
    bool isDirty() const { return m_dirty; }
    // Asks to save or discard unsaved changes; false when the user chose to stay.
    bool confirmLeave();

    // The buttons' operations (also used by tests); each reports inline and reloads.
    Status save();    // the plan (draft / approved) or the record (in progress / completed)
    Status approve(); // saves a changed plan first
    Status start();
    Status complete(std::optional<bool> planUpdateNeeded, const QString &note);
    Status cancelDrill(const QString &reason);
    Status removeDrill();
    Status exportPlan(const QString &path); // drill_plan rendered to .pdf/.odt/.html/.txt

    DrillPlanEditor *planEditor() const { return m_plan; }
    DrillRecordEditor *recordEditor() const { return m_record; }
    InlineMessage *message() const { return m_message; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *retentionLabel() const { return m_retention; }
    QLabel *actionsNote() const { return m_actionsNote; } // open / overdue actions of the drill
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void changed(qint64 drillId); // something was stored: the year view and boards reload

protected:
    void changeEvent(QEvent *event) override;

private:
    Status report(const Status &status, const QString &success);
    void askComplete();
    void askCancel();
    void askRemove();
    void printPlan();
    void exportPlanWithDialog();
    void updateHeader();
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    Drill m_drill;
    QHash<qint64, QString> m_names;
    bool m_dirty = false;
    QLabel *m_heading;
    QLabel *m_status;
    QLabel *m_retention;
    QLabel *m_actionsNote;
    InlineMessage *m_message;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_approve;
    QPushButton *m_start;
    QPushButton *m_complete;
    QPushButton *m_cancel;
    QPushButton *m_remove;
    QToolButton *m_print;
    QAction *m_printPreview;
    QAction *m_exportPlan;
    QTabWidget *m_tabs;
    DrillPlanEditor *m_plan;
    DrillRecordEditor *m_record;
};

} // namespace ui
} // namespace dd
