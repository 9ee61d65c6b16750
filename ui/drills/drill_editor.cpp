#include "drills/drill_editor.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "drills/contact_picker.h"
#include "drills/drill_dialogs.h"
#include "drills/drill_plan_editor.h"
#include "drills/drill_record_editor.h"
#include "drills/drill_ui.h"
#include "reports/report_writer.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

DrillEditor::DrillEditor(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_retention(new QLabel(this))
    , m_actionsNote(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_start(new QPushButton(this))
    , m_complete(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_print(new QToolButton(this))
    , m_printPreview(new QAction(this))
    , m_exportPlan(new QAction(this))
    , m_tabs(new QTabWidget(this))
    , m_plan(new DrillPlanEditor)
    , m_record(new DrillRecordEditor(context))
{
    setObjectName(QStringLiteral("drillEditor"));
    m_message->setObjectName(QStringLiteral("drillMessage"));
    m_status->setObjectName(QStringLiteral("drillStatus"));
    m_retention->setObjectName(QStringLiteral("drillRetention"));
    m_retention->setWordWrap(true);
    m_actionsNote->setObjectName(QStringLiteral("drillActions"));
    m_new->setObjectName(QStringLiteral("newDrill"));
    m_save->setObjectName(QStringLiteral("saveDrill"));
    m_approve->setObjectName(QStringLiteral("approveDrill"));
    m_start->setObjectName(QStringLiteral("startDrill"));
    m_complete->setObjectName(QStringLiteral("completeDrill"));
    m_cancel->setObjectName(QStringLiteral("cancelDrill"));
    m_remove->setObjectName(QStringLiteral("removeDrill"));
    m_print->setObjectName(QStringLiteral("printPlan"));
    m_tabs->setObjectName(QStringLiteral("drillTabs"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setTextFormat(Qt::PlainText);
    m_save->setShortcut(QKeySequence::Save);
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_print);
    menu->addAction(m_printPreview);
    menu->addAction(m_exportPlan);
    m_print->setMenu(menu);

    auto *head = new QHBoxLayout;
    head->addWidget(m_heading, 1);
    head->addWidget(m_actionsNote);
    head->addSpacing(12);
    head->addWidget(m_status);
    auto *bar = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_save, m_approve, m_start, m_complete, m_cancel, m_remove})
        bar->addWidget(b);
    bar->addStretch(1);
    bar->addWidget(m_print);
    m_tabs->addTab(m_plan, QString());
    m_tabs->addTab(m_record, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_retention);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_new, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            newDrill();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_approve, &QPushButton::clicked, this, [this] { (void)approve(); });
    connect(m_start, &QPushButton::clicked, this, [this] { (void)start(); });
    connect(m_complete, &QPushButton::clicked, this, &DrillEditor::askComplete);
    connect(m_cancel, &QPushButton::clicked, this, &DrillEditor::askCancel);
    connect(m_remove, &QPushButton::clicked, this, &DrillEditor::askRemove);
    connect(m_printPreview, &QAction::triggered, this, &DrillEditor::printPlan);
    connect(m_exportPlan, &QAction::triggered, this, &DrillEditor::exportPlanWithDialog);
    connect(m_plan, &DrillPlanEditor::changed, this, [this] {
        m_dirty = true;
        updateHeader();
    });
    connect(m_record, &DrillRecordEditor::failed, m_message, &InlineMessage::showError);
    connect(m_record, &DrillRecordEditor::stored, this, [this](const QString &note) {
        m_message->showSuccess(note);
        emit changed(m_drill.id);
    });
    connect(&m_context.session, &Session::actorChanged, this, &DrillEditor::updateActions);
    retranslateUi();
    reloadPeople();
    newDrill();
}

void DrillEditor::reloadPeople()
{
    ContactQuery all;
    all.activeOnly = false;
    auto contacts = m_context.backend.contacts().contacts(all);
    if (!contacts) {
        m_message->showError(contacts.error());
        return;
    }
    QList<ContactPicker::Person> people;
    m_names.clear();
    for (const Contact &c : *contacts) {
        m_names.insert(c.id, c.name);
        people << ContactPicker::Person{c.id, c.name, c.position, c.active};
    }
    // A new list of people is not an edit of the plan: keep the unsaved-changes flag as it was.
    const bool dirty = m_dirty;
    m_plan->participants()->setPeople(people);
    m_dirty = dirty;
    updateHeader();
}

void DrillEditor::newDrill()
{
    Drill blank;
    m_drill = blank;
    m_plan->setDrill(blank);
    m_record->setDrill(blank, m_names);
    m_dirty = false;
    m_message->clearMessage();
    m_tabs->setCurrentIndex(0);
    updateHeader();
    updateActions();
}

bool DrillEditor::openDrill(qint64 id)
{
    auto drill = m_context.backend.drills().drill(id);
    if (!drill) {
        m_message->showError(drill.error());
        return false;
    }
    const bool same = m_drill.id == id;
    m_drill = *drill;
    m_plan->setDrill(m_drill);
    m_record->setDrill(m_drill, m_names);
    m_dirty = false;
    if (!same)
        m_tabs->setCurrentIndex(
            m_drill.status == DrillStatus::Draft || m_drill.status == DrillStatus::Approved ? 0
                                                                                            : 1);
    updateHeader();
    updateActions();
    return true;
}

bool DrillEditor::confirmLeave()
{
    if (!m_dirty || !DrillUi::canEdit(m_context))
        return true;
    // A new plan with nothing typed in has nothing to lose.
    if (m_drill.id == 0 && m_plan->plan().title.trimmed().isEmpty()
        && m_plan->missingParts().size() == DrillRules::allParts().size())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The drill “%1” has unsaved changes. Save them?").arg(m_plan->plan().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return bool(save());
    m_dirty = false;
    return true;
}

Status DrillEditor::report(const Status &status, const QString &success)
{
    if (!status) {
        m_message->showError(status.error());
        return status;
    }
    const qint64 id = m_drill.id;
    if (id != 0)
        openDrill(id);
    m_message->showSuccess(success);
    emit changed(id);
    return status;
}

Status DrillEditor::save()
{
    const Actor &actor = m_context.session.actor();
    if (m_drill.status == DrillStatus::Draft || m_drill.status == DrillStatus::Approved) {
        const bool wasApproved = m_drill.status == DrillStatus::Approved;
        auto id = m_context.backend.drills().savePlan(actor, m_plan->plan());
        if (!id)
            return report(id.takeError(), QString());
        m_drill.id = *id;
        return report({}, wasApproved ? tr("Plan saved. It was approved: it is a draft again and "
                                           "needs a new approval.")
                                      : tr("Plan saved."));
    }
    if (m_drill.status == DrillStatus::InProgress || m_drill.status == DrillStatus::Completed)
        return report(m_context.backend.drills().saveRecord(actor, m_record->record()),
                      tr("Record saved."));
    return report(fail(tr("A cancelled drill cannot be changed.")), QString());
}

Status DrillEditor::approve()
{
    if (m_dirty || m_drill.id == 0)
        if (Status saved = save(); !saved)
            return saved;
    return report(
        m_context.backend.drills().approve(m_context.session.actor(), m_drill.id, m_drill.version),
        tr("Plan approved."));
}

Status DrillEditor::start()
{
    Status done =
        m_context.backend.drills().start(m_context.session.actor(), m_drill.id, m_drill.version);
    (void)report(done, tr("Drill started: fill in the record as it goes."));
    if (done)
        m_tabs->setCurrentIndex(1);
    return done;
}

Status DrillEditor::complete(std::optional<bool> planUpdateNeeded, const QString &note)
{
    if (m_dirty || m_drill.status == DrillStatus::InProgress) {
        Status saved =
            m_context.backend.drills().saveRecord(m_context.session.actor(), m_record->record());
        if (!saved)
            return report(saved, QString());
        openDrill(m_drill.id);
    }
    return report(m_context.backend.drills().complete(m_context.session.actor(), m_drill.id,
                                                      m_drill.version, planUpdateNeeded, note),
                  tr("Drill completed."));
}

Status DrillEditor::cancelDrill(const QString &reason)
{
    return report(m_context.backend.drills().cancel(m_context.session.actor(), m_drill.id,
                                                    m_drill.version, reason),
                  tr("Drill cancelled."));
}

Status DrillEditor::removeDrill()
{
    const QString title = m_drill.title;
    Status done = m_context.backend.drills().remove(m_context.session.actor(), m_drill.id,
                                                    m_context.backend.attachmentFolder());
    if (!done) {
        m_message->showError(done.error());
        return done;
    }
    const qint64 id = m_drill.id;
    newDrill();
    m_message->showSuccess(tr("Drill “%1” deleted.").arg(title));
    emit changed(id);
    return done;
}

void DrillEditor::askComplete()
{
    CompleteDrillDialog dialog(m_drill.title, this);
    if (dialog.exec() == QDialog::Accepted)
        (void)complete(dialog.planUpdateNeeded(), dialog.note());
}

void DrillEditor::askCancel()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Cancel drill"),
                              tr("Why is “%1” cancelled? (kept with the drill)").arg(m_drill.title),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        (void)cancelDrill(reason);
}

void DrillEditor::askRemove()
{
    const QDate until = DrillRules::retainedUntil(m_drill);
    if (until.isValid() && !DrillRules::deletable(m_drill, DrillUi::today(m_context))) {
        // Refused by the repository, whose message says until when; nothing to confirm.
        (void)removeDrill();
        return;
    }
    if (QMessageBox::question(
            this, tr("Delete drill"),
            tr("Delete “%1” with its record, findings and attachments?").arg(m_drill.title))
        == QMessageBox::Yes)
        (void)removeDrill();
}

Status DrillEditor::exportPlan(const QString &path)
{
    return DrillUi::writeReport(m_context, QStringLiteral("drill_plan"), ContextKind::Drill,
                                m_drill.id, path);
}

void DrillEditor::printPlan()
{
    auto rendered =
        DrillUi::render(m_context, QStringLiteral("drill_plan"), ContextKind::Drill, m_drill.id);
    if (!rendered) {
        m_message->showError(rendered.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(rendered->title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("drillPlanPreview"));
    preview.setWindowTitle(tr("%1 — print preview").arg(m_drill.title));
    preview.resize(900, 760);
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&rendered, &failure](QPrinter *device) {
                if (auto pages = ReportWriter::print(*rendered, *device); !pages)
                    failure = pages.error();
            });
    preview.exec();
    if (!failure.isEmpty())
        m_message->showError(failure);
}

void DrillEditor::exportPlanWithDialog()
{
    const QString suggested = QStringLiteral("drill-plan-%1.pdf").arg(m_drill.id);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save drill plan"), suggested,
        tr("PDF (*.pdf);;OpenDocument text (*.odt);;HTML page (*.html);;Plain text (*.txt)"));
    if (path.isEmpty())
        return;
    if (Status done = exportPlan(path); !done)
        m_message->showError(done.error());
    else
        m_message->showSuccess(tr("Written to %1.").arg(QFileInfo(path).fileName()));
}

void DrillEditor::updateHeader()
{
    const QString title = m_plan->plan().title;
    m_heading->setText(m_drill.id == 0
                           ? (title.isEmpty() ? tr("New drill plan") : title + tr(" (new)"))
                           : title + (m_dirty ? QStringLiteral(" *") : QString()));
    m_status->setText(m_drill.id == 0 ? tr("Not saved yet") : drillStatusName(m_drill.status));
    const QDate until = DrillRules::retainedUntil(m_drill);
    QStringList notes;
    if (m_drill.status == DrillStatus::Approved)
        notes << tr("Approved %1 by %2. Changing the plan returns it to draft.")
                     .arg(DrillUi::localText(m_drill.approvedAt), m_drill.approvedBy);
    if (m_drill.status == DrillStatus::Cancelled && !m_drill.cancelReason.isEmpty())
        notes << tr("Cancelled: %1").arg(m_drill.cancelReason);
    if (m_drill.planUpdateNeeded)
        notes << (*m_drill.planUpdateNeeded ? tr("Emergency plan needs an update: %1")
                                            : tr("Emergency plan needs no update. %1"))
                     .arg(m_drill.planUpdateNote);
    if (m_drill.id != 0 && until.isValid())
        notes << (DrillRules::deletable(m_drill, DrillUi::today(m_context))
                      ? tr("Retention ended %1: may be deleted.").arg(DrillUi::dateText(until))
                      : tr("Kept until %1: cannot be deleted before %2.")
                            .arg(DrillUi::dateText(until), DrillUi::dateText(until.addDays(1))));
    m_retention->setText(notes.join(QStringLiteral("  ·  ")));
    int open = 0;
    int overdue = 0;
    if (m_drill.id != 0)
        if (auto findings = m_context.backend.drills().findings(m_drill.id))
            for (const DrillFinding &f : *findings)
                for (const ImprovementAction &a : f.actions) {
                    open += a.isOpen() ? 1 : 0;
                    overdue += a.overdue(DrillUi::today(m_context)) ? 1 : 0;
                }
    m_actionsNote->setText(
        overdue > 0 ? tr("⚠ %1 open improvement actions, %2 overdue").arg(open).arg(overdue)
                    : tr("%n open improvement action(s)", nullptr, open));
    m_actionsNote->setStyleSheet(overdue > 0 ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                             : QString());
    m_actionsNote->setVisible(open > 0);
    m_retention->setVisible(!notes.isEmpty());
}

void DrillEditor::updateActions()
{
    const bool edit = DrillUi::canEdit(m_context);
    const DrillStatus s = m_drill.status;
    const bool stored = m_drill.id != 0;
    const bool planOpen = s == DrillStatus::Draft || s == DrillStatus::Approved;
    const bool recordOpen = s == DrillStatus::InProgress || s == DrillStatus::Completed;
    m_plan->setEditable(edit && planOpen);
    m_record->setEditable(edit && recordOpen && stored);
    m_new->setEnabled(edit);
    m_save->setEnabled(edit && (planOpen || recordOpen));
    m_approve->setEnabled(DrillUi::canApprove(m_context) && s == DrillStatus::Draft);
    m_start->setEnabled(edit && stored && s == DrillStatus::Approved);
    m_complete->setEnabled(edit && stored && s == DrillStatus::InProgress);
    m_cancel->setEnabled(edit && stored && (planOpen || s == DrillStatus::InProgress));
    m_remove->setEnabled(edit && stored);
    m_print->setEnabled(stored);
    m_tabs->setTabEnabled(1, stored && s != DrillStatus::Draft);
    const QDate until = DrillRules::retainedUntil(m_drill);
    m_remove->setToolTip(
        until.isValid() && !DrillRules::deletable(m_drill, DrillUi::today(m_context))
            ? tr("Kept until %1: cannot be deleted before %2")
                  .arg(DrillUi::dateText(until), DrillUi::dateText(until.addDays(1)))
            : QString());
    if (!edit)
        m_approve->setToolTip(m_context.readOnly ? tr("This desk is read-only.")
                                                 : tr("Your role may not change drills."));
    else if (!DrillUi::canApprove(m_context))
        m_approve->setToolTip(tr("Approval needs an IT lead, approver or administrator."));
    else
        m_approve->setToolTip(tr("Approve the plan (all eight parts needed)"));
}

void DrillEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DrillEditor::retranslateUi()
{
    m_new->setText(tr("New plan"));
    m_new->setToolTip(tr("Start a new drill plan (Alt+N)"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save the plan or the record (Ctrl+S)"));
    m_approve->setText(tr("Approve"));
    m_start->setText(tr("Start"));
    m_start->setToolTip(tr("Mark the approved drill as started now"));
    m_complete->setText(tr("Complete…"));
    m_cancel->setText(tr("Cancel drill…"));
    m_remove->setText(tr("Delete…"));
    m_print->setText(tr("Print plan"));
    m_printPreview->setText(tr("Print plan…"));
    m_exportPlan->setText(tr("Save plan as…"));
    m_tabs->setTabText(0, tr("Plan (eight parts)"));
    m_tabs->setTabText(1, tr("Record"));
    updateHeader();
    updateActions();
}

} // namespace ui
} // namespace dd
