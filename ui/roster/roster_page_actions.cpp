// RosterPage: what the menus and buttons of the schedule do (changes, swaps, removals) and the
// print, export and import of the shown range. The layout and the views are in roster_page.cpp.
#include "app/backend.h"
#include "common/inline_message.h"
#include "pdf_document.h"
#include "roster/export_scope_dialog.h"
#include "roster/handovers_panel.h"
#include "roster/roster_change_dialog.h"
#include "roster/roster_export.h"
#include "roster/roster_page.h"
#include "roster/roster_timeline.h"
#include "roster/roster_validation.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimeZone>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

const QTimeZone Local(8 * 3600);

QString localText(const QDateTime &utc)
{
    return utc.toTimeZone(Local).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString institutionNameOf(Backend &backend)
{
    auto profile = backend.settings().institution();
    return profile ? profile->name : QString();
}

// A file name part from a person's or role's name: no characters file systems refuse.
QString fileNamePart(QString text)
{
    static const QString refused = QStringLiteral("\\/:*?\"<>| ");
    for (QChar &c : text)
        if (refused.contains(c))
            c = u'_';
    return text;
}

} // namespace

bool RosterPage::canEdit() const
{
    return !m_context.readOnly && m_context.session.actor().can(Permission::EditDutyData);
}

const RosterOverride *RosterPage::overrideById(qint64 id) const
{
    if (!m_snapshot.roster)
        return nullptr;
    for (const RosterOverride &o : m_snapshot.roster->data().overrides)
        if (o.id == id)
            return &o;
    return nullptr;
}

QList<Leave> RosterPage::leaveTouching(qint64 contactId, const QDateTime &from,
                                       const QDateTime &to) const
{
    QList<Leave> found;
    if (!m_snapshot.roster || contactId == 0)
        return found;
    for (const Leave &l : m_snapshot.roster->data().leave)
        if (l.contactId == contactId && l.start <= to && l.end >= from)
            found << l;
    return found;
}

QString RosterPage::overrideText(const RosterOverride &o) const
{
    const DutyRole *role = m_snapshot.roster ? m_snapshot.roster->role(o.roleId) : nullptr;
    return tr("%1 takes %2 (%3), %4 – %5")
        .arg(m_snapshot.name(o.contactId), role ? role->displayName() : QString(), slotName(o.slot),
             localText(o.start), localText(o.end));
}

QString RosterPage::leaveText(const Leave &l) const
{
    return tr("%1: %2, %3 – %4")
        .arg(m_snapshot.name(l.contactId), RosterValidation::leaveKindName(l.kind),
             localText(l.start), localText(l.end));
}

void RosterPage::openBlockMenu(const ShiftBlock &block, const QPoint &globalPos)
{
    if (!canEdit())
        return;
    QMenu menu(this);
    const QString who = m_snapshot.name(block.contactId);
    menu.addSection(QStringLiteral("%1  %2").arg(who, localText(block.start)));
    using Kind = RosterChangeDialog::Kind;
    const QList<std::pair<QString, Kind>> items = {{tr("Override this shift…"), Kind::Override},
                                                   {tr("Request a swap…"), Kind::Swap},
                                                   {tr("Leave for %1…").arg(who), Kind::Leave},
                                                   {tr("Record handover…"), Kind::Handover}};
    for (const auto &[text, kind] : items) {
        QAction *a = menu.addAction(text);
        connect(a, &QAction::triggered, this, [this, block, kind = kind] {
            RosterChangeDialog dialog(m_context, m_snapshot, kind, this);
            dialog.setBlock(block);
            if (dialog.exec() != QDialog::Accepted)
                return;
            reload();
            if (kind == Kind::Handover) {
                m_tabs->setCurrentWidget(m_handovers);
                m_message->showSuccess(tr("Handover recorded."));
            }
        });
    }
    // What made this shift or cut it short, for removal.
    bool separated = false;
    const auto separate = [&] {
        if (!separated)
            menu.addSeparator();
        separated = true;
    };
    if (block.source == DutyAssignment::Source::Override) {
        if (const RosterOverride *o = overrideById(block.sourceId); o && o->swapId == 0) {
            separate();
            QAction *a = menu.addAction(tr("Remove this override…"));
            a->setObjectName(QStringLiteral("removeOverrideAction"));
            connect(a, &QAction::triggered, this,
                    [this, id = o->id] { askRemove(RosterChange::Kind::Override, id); });
        }
    }
    for (const Leave &l : leaveTouching(block.contactId, block.start, block.end)) {
        separate();
        QAction *a =
            menu.addAction(tr("Remove leave %1…")
                               .arg(localText(l.start) + QStringLiteral(" – ") + localText(l.end)));
        a->setObjectName(QStringLiteral("removeLeaveAction"));
        connect(a, &QAction::triggered, this,
                [this, id = l.id] { askRemove(RosterChange::Kind::Leave, id); });
    }
    menu.exec(globalPos);
}

void RosterPage::openEmptyMenu(qint64 roleId, Slot slot, const QDateTime &at,
                               const QPoint &globalPos)
{
    if (!canEdit())
        return;
    QDateTime start = at;
    QDateTime end = at.addSecs(12 * 3600);
    qint64 onLeave = 0;
    for (const CoverageGap &g : m_timeline->gaps())
        if (g.roleId == roleId && g.slot == slot && g.start <= at && at < g.end) {
            start = g.start;
            end = g.end;
            onLeave = g.leaveContactId;
        }
    QMenu menu(this);
    QAction *cover = menu.addAction(tr("Cover this time…"));
    connect(cover, &QAction::triggered, this, [=, this] {
        RosterChangeDialog dialog(m_context, m_snapshot, RosterChangeDialog::Kind::Override, this);
        dialog.setPlace(roleId, slot, start, end);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    // A gap made by leave: the leave can be taken back here.
    const QList<Leave> leave = leaveTouching(onLeave, at, at);
    if (!leave.isEmpty())
        menu.addSeparator();
    for (const Leave &l : leave) {
        QAction *a = menu.addAction(tr("Remove leave of %1…").arg(m_snapshot.name(l.contactId)));
        a->setObjectName(QStringLiteral("removeLeaveAction"));
        connect(a, &QAction::triggered, this,
                [this, id = l.id] { askRemove(RosterChange::Kind::Leave, id); });
    }
    menu.exec(globalPos);
}

void RosterPage::newChange(int kind)
{
    RosterChangeDialog dialog(m_context, m_snapshot, RosterChangeDialog::Kind(kind), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

// --- Removing overrides and leave --------------------------------------------------------------

bool RosterPage::removeOverride(qint64 id)
{
    const Status removed = m_context.backend.roster().removeOverride(m_context.session.actor(), id);
    if (!removed) {
        m_message->showError(removed.error());
        return false;
    }
    m_message->showSuccess(tr("Override removed."));
    reload();
    return true;
}

bool RosterPage::removeLeave(qint64 id)
{
    const Status removed = m_context.backend.roster().removeLeave(m_context.session.actor(), id);
    if (!removed) {
        m_message->showError(removed.error());
        return false;
    }
    m_message->showSuccess(tr("Leave removed."));
    reload();
    return true;
}

void RosterPage::askRemove(RosterChange::Kind kind, qint64 id)
{
    if (kind == RosterChange::Kind::Override) {
        const RosterOverride *o = overrideById(id);
        const QString what = o ? overrideText(*o) : QString::number(id);
        if (QMessageBox::question(this, tr("Remove override"),
                                  tr("Remove this override?\n%1\nThe rotation's shifts apply "
                                     "again for that time.")
                                      .arg(what))
            == QMessageBox::Yes)
            removeOverride(id);
    } else if (kind == RosterChange::Kind::Leave) {
        QString what = QString::number(id);
        if (m_snapshot.roster)
            for (const Leave &l : m_snapshot.roster->data().leave)
                if (l.id == id)
                    what = leaveText(l);
        if (QMessageBox::question(this, tr("Remove leave"),
                                  tr("Remove this leave?\n%1\nThe person is scheduled again "
                                     "for that time.")
                                      .arg(what))
            == QMessageBox::Yes)
            removeLeave(id);
    }
}

bool RosterPage::canRemoveChange(const RosterChange &change) const
{
    if (change.kind == RosterChange::Kind::Leave)
        return true;
    if (change.kind == RosterChange::Kind::Override) {
        const RosterOverride *o = overrideById(change.id);
        return !o || o->swapId == 0; // swap-made overrides go with their swap
    }
    return false; // swaps are cancelled on the swaps tab
}

void RosterPage::removeSelectedChange()
{
    const int row = m_changes->currentRow();
    if (row < 0 || row >= m_changeRows.size())
        return;
    const RosterChange change = m_changeRows.at(row);
    if (canRemoveChange(change))
        askRemove(change.kind, change.id);
}

void RosterPage::openChangeMenu(const QPoint &pos)
{
    const int row = m_changes->rowAt(pos.y());
    if (row < 0 || row >= m_changeRows.size() || !canEdit())
        return;
    m_changes->selectRow(row);
    const RosterChange change = m_changeRows.at(row);
    QMenu menu(this);
    QAction *remove = menu.addAction(tr("Remove…"));
    remove->setEnabled(canRemoveChange(change));
    connect(remove, &QAction::triggered, this,
            [this, change] { askRemove(change.kind, change.id); });
    if (change.kind == RosterChange::Kind::Swap) {
        QAction *swaps = menu.addAction(tr("Show in swaps"));
        connect(swaps, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });
    }
    menu.exec(m_changes->viewport()->mapToGlobal(pos));
}

// --- Swaps -------------------------------------------------------------------------------------

bool RosterPage::rejectSwap(qint64 swapId, const QString &reason)
{
    const Status done =
        m_context.backend.roster().rejectSwap(m_context.session.actor(), swapId, reason);
    if (!done) {
        m_message->showError(done.error());
        return false;
    }
    m_message->showSuccess(tr("Swap rejected."));
    reload();
    return true;
}

void RosterPage::swapAction(int which)
{
    const int row = m_swaps->currentRow();
    if (row < 0 || row >= m_swapRows.size())
        return;
    const qint64 id = m_swapRows.at(row).id;
    if (which == 2) {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Reject swap"),
                                  tr("Why is the swap rejected? The reason is kept with the swap:"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            rejectSwap(id, reason.trimmed());
        return;
    }
    const Actor &actor = m_context.session.actor();
    RosterRepository &repo = m_context.backend.roster();
    Status done = which == 0   ? repo.acceptSwap(actor, id)
                  : which == 1 ? repo.approveSwap(actor, id)
                               : repo.cancelSwap(actor, id);
    if (!done) {
        m_message->showError(done.error());
        return;
    }
    m_message->showSuccess(tr("Swap updated."));
    reload();
}

// --- Print, export and import ------------------------------------------------------------------

Status RosterPage::exportTo(const QString &path, const RosterExportScope &scope)
{
    if (!m_snapshot.roster)
        return fail(tr("The roster is not loaded."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    QHash<qint64, QString> names;
    QHash<qint64, QString> phones;
    for (const RosterPerson &p : m_snapshot.people) {
        names.insert(p.id, p.name);
        phones.insert(p.id, m_snapshot.phone(p.id));
    }
    const QDate first = m_timeline->firstDay();
    const QDate month(first.year(), first.month(), 1);
    if (suffix == QStringLiteral("xlsx")) {
        return RosterExport::writeXlsx(
            path, RosterMonths::compute(*m_snapshot.roster, month, 1, names, phones));
    }
    if (suffix == QStringLiteral("pdf")) {
        const RosterMonths months =
            RosterMonths::compute(*m_snapshot.roster, month, 1, names, phones);
        PdfOptions options;
        options.title = tr("Duty roster %1").arg(month.toString(QStringLiteral("yyyy-MM")));
        options.institution = institutionNameOf(m_context.backend);
        options.drillBanner = m_context.drillMode();
        auto pages = PdfDocument::writeHtml(RosterExport::monthHtml(months, options.institution),
                                            path, options);
        if (!pages)
            return pages.takeError();
        return {};
    }
    QByteArray bytes;
    if (suffix == QStringLiteral("ics")) {
        QList<ShiftBlock> blocks;
        for (const ShiftBlock &b : m_timeline->blocks())
            if ((scope.roleId == 0 || b.roleId == scope.roleId)
                && (scope.contactId == 0 || b.contactId == scope.contactId))
                blocks << b;
        std::stable_sort(
            blocks.begin(), blocks.end(),
            [](const ShiftBlock &a, const ShiftBlock &b) { return a.start < b.start; });
        QString name = tr("Duty roster");
        if (scope.contactId != 0) {
            name = tr("Duty roster: %1").arg(m_snapshot.name(scope.contactId));
        } else if (scope.roleId != 0) {
            const DutyRole *role = m_snapshot.roster->role(scope.roleId);
            name = tr("Duty roster: %1").arg(role ? role->displayName() : QString());
        }
        bytes =
            RosterExport::icalendar(blocks, m_snapshot.roster->data().roles, names,
                                    m_context.backend.clock().now(), IcsTimes::AsiaShanghai, name);
    } else if (suffix == QStringLiteral("json")) {
        auto json = m_context.backend.roster().exportJson();
        if (!json)
            return json.takeError();
        bytes = *json;
    } else {
        return fail(tr("%1: unknown export format (expected .pdf, .ics, .xlsx or .json).")
                        .arg(QFileInfo(path).fileName()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("%1: could not be written (%2).").arg(path, file.errorString()));
    return {};
}

Status RosterPage::importJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: could not be read (%2).").arg(path, file.errorString()));
    Status imported = m_context.backend.roster().importJson(
        m_context.session.actor(), file.readAll(), QFileInfo(path).fileName());
    if (imported)
        reload();
    return imported;
}

void RosterPage::exportWithDialog(const QString &suffix)
{
    RosterExportScope scope;
    QString part;
    if (suffix == QStringLiteral("ics")) {
        ExportScopeDialog ask(m_snapshot, this);
        if (ask.exec() != QDialog::Accepted)
            return;
        scope = ask.scope();
        if (scope.contactId != 0) {
            part = fileNamePart(m_snapshot.name(scope.contactId));
        } else if (scope.roleId != 0 && m_snapshot.roster) {
            if (const DutyRole *role = m_snapshot.roster->role(scope.roleId))
                part = role->key;
        }
    }
    const QString filter = suffix == QStringLiteral("ics")    ? tr("iCalendar (*.ics)")
                           : suffix == QStringLiteral("xlsx") ? tr("Excel workbook (*.xlsx)")
                           : suffix == QStringLiteral("json") ? tr("Roster JSON (*.json)")
                                                              : tr("PDF (*.pdf)");
    const QDate first = m_timeline->firstDay();
    QString suggested = QStringLiteral("roster-%1").arg(first.toString(QStringLiteral("yyyy-MM")));
    if (!part.isEmpty())
        suggested += u'-' + part;
    suggested += u'.' + suffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export roster"), suggested, filter);
    if (path.isEmpty())
        return;
    if (Status done = exportTo(path, scope); !done)
        m_message->showError(done.error());
    else
        m_message->showSuccess(tr("Written to %1.").arg(QFileInfo(path).fileName()));
}

void RosterPage::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import roster"), QString(),
                                                      tr("Roster JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (Status done = importJson(path); !done)
        m_message->showError(done.error());
    else
        m_message->showSuccess(tr("Roster imported from %1.").arg(QFileInfo(path).fileName()));
}

void RosterPage::print()
{
    if (!m_snapshot.roster)
        return;
    QHash<qint64, QString> names;
    for (const RosterPerson &p : m_snapshot.people)
        names.insert(p.id, p.name);
    const QDate first = m_timeline->firstDay();
    const RosterMonths months =
        RosterMonths::compute(*m_snapshot.roster, QDate(first.year(), first.month(), 1), 1, names);
    PdfOptions options;
    options.title = tr("Duty roster %1").arg(first.toString(QStringLiteral("yyyy-MM")));
    options.institution = institutionNameOf(m_context.backend);
    options.drillBanner = m_context.drillMode();
    const QString html = RosterExport::monthHtml(months, options.institution);
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&html, &options, &failure](QPrinter *p) {
                QTextDocument doc;
                doc.setHtml(html);
                auto painted = PdfDocument::print(doc, *p, options);
                if (!painted)
                    failure = painted.error();
            });
    preview.exec();
    if (!failure.isEmpty())
        m_message->showError(failure);
}

} // namespace ui
} // namespace dd
