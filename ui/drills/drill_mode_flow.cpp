#include "drills/drill_mode_flow.h"

#include "app/backend.h"
#include "drills/drill_mode.h"
#include "drills/drill_mode_dialogs.h"
#include "drills/drill_repository.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace dd {
namespace ui {

namespace {

class FlowText {
    Q_DECLARE_TR_FUNCTIONS(dd::ui::DrillModeFlow)
};

// A wait cursor for the copy and the carry (they take a moment on a big database).
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

std::optional<QString> startDrillModeInteractively(UiContext &context, QWidget *parent)
{
    const QString title = FlowText::tr("Start drill mode");
    if (context.readOnly || context.drillMode())
        return std::nullopt;
    const Actor &actor = context.session.actor();
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed) {
        QMessageBox::information(parent, title,
                                 context.session.isSignedIn()
                                     ? allowed.error()
                                     : FlowText::tr("Sign in first: drill mode is started by a "
                                                    "duty officer, leader or administrator."));
        return std::nullopt;
    }
    Backend &backend = context.backend;
    auto all = backend.drills().list();
    if (!all) {
        QMessageBox::critical(parent, title, all.error());
        return std::nullopt;
    }
    QList<DrillSummary> eligible;
    for (const DrillSummary &d : *all)
        if (d.status == DrillStatus::Approved || d.status == DrillStatus::InProgress)
            eligible.append(d);
    if (eligible.isEmpty()) {
        QMessageBox::information(parent, title,
                                 FlowText::tr("There is no approved or in-progress drill. Plan a "
                                              "drill and have it approved first (Drills page)."));
        return std::nullopt;
    }
    DrillModeStartDialog dialog(eligible, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedDrillId() <= 0)
        return std::nullopt;
    Result<QString> path = [&] {
        const BusyCursor busy;
        return DrillMode::start(backend, actor, dialog.selectedDrillId());
    }();
    if (!path) {
        QMessageBox::critical(parent, title, path.error());
        return std::nullopt;
    }
    return *path;
}

std::optional<QString> leaveDrillModeInteractively(UiContext &context, QWidget *parent)
{
    const QString title = FlowText::tr("Leave drill mode");
    Backend &drillDb = context.backend;
    auto session = DrillMode::readSession(drillDb);
    if (!session) {
        QMessageBox::critical(parent, title, session.error());
        return std::nullopt;
    }
    if (!*session)
        return std::nullopt;
    const DrillSession &s = **session;
    const QString production = s.productionPath;
    if (!QFileInfo(production).isFile()) {
        QMessageBox::critical(parent, title,
                              FlowText::tr("The production database %1 is not there any more; "
                                           "open it with --db once it is back.")
                                  .arg(QDir::toNativeSeparators(production)));
        return std::nullopt;
    }
    auto entries = DrillMode::collect(drillDb);
    if (!entries) {
        QMessageBox::critical(parent, title, entries.error());
        return std::nullopt;
    }
    const Actor signer = context.session.actor();
    const QString signerName =
        context.session.isSignedIn()
            ? FlowText::tr("%1 (%2)").arg(signer.displayName(), signer.login())
            : QString();
    DrillModeLeaveDialog dialog(s, *entries, signerName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;

    const QString kept = FlowText::tr("The drill database is kept as evidence: %1")
                             .arg(QDir::toNativeSeparators(drillDb.database().path()));
    if (dialog.choice() == DrillModeLeaveDialog::Choice::LeaveOnly) {
        if (!s.carriedAt.isValid() && !entries->isEmpty()) {
            const auto answer = QMessageBox::question(
                parent, title,
                FlowText::tr("The drill timeline will not be added to the drill record. You can "
                             "open the drill database later (--db) and leave drill mode again "
                             "to add it.\n\nLeave drill mode now?"),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return std::nullopt;
        }
        return production;
    }

    // The one production write of a drill: its timeline into the drill record.
    Status carried = [&]() -> Status {
        const BusyCursor busy;
        auto opened = Backend::open(production, OpenMode::ReadWrite, drillDb.clock());
        if (!opened)
            return opened.takeError();
        auto person = DrillMode::samePerson(**opened, signer);
        if (!person)
            return person.takeError();
        return DrillMode::carryInto(**opened, *person, s.drillId, *entries);
    }();
    if (!carried) {
        QMessageBox::critical(parent, title,
                              FlowText::tr("The drill timeline could not be added to the drill "
                                           "record; you stay in drill mode.\n\n%1")
                                  .arg(carried.error()));
        return std::nullopt;
    }
    if (Status noted = DrillMode::markCarried(drillDb, signer, int(entries->size())); !noted)
        QMessageBox::warning(parent, title,
                             FlowText::tr("The timeline was added to the drill record, but the "
                                          "drill database could not note it: %1")
                                 .arg(noted.error()));
    QMessageBox::information(parent, title,
                             FlowText::tr("%n entries were added to the record of drill \"%1\".",
                                          nullptr, int(entries->size()))
                                     .arg(s.drillTitle)
                                 + QStringLiteral("\n\n") + kept);
    return production;
}

} // namespace ui
} // namespace dd
