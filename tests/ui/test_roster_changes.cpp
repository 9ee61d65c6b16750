// The roster page's changes: removing overrides and leave, swaps taking a shift back and
// rejected with a reason, the duty roles editor, handover records, the iCalendar export of one
// role or person, and the "today" navigation target.
#include "common/inline_message.h"
#include "incidents/zoned_time_edit.h"
#include "roster/export_scope_dialog.h"
#include "roster/handovers_panel.h"
#include "roster/role_dialog.h"
#include "roster/roles_panel.h"
#include "roster/roster_change_dialog.h"
#include "roster/roster_page.h"
#include "roster/roster_timeline.h"
#include "test_roster_fixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace dd;
using namespace dd::ui;

namespace {

// Runs `handle` on the next modal dialog (or, with popup, the next popup menu) that opens.
void onNext(std::function<void(QWidget *)> handle, bool popup = false)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle, popup] {
        QWidget *w = popup ? QApplication::activePopupWidget() : QApplication::activeModalWidget();
        if (w) {
            timer->stop();
            timer->deleteLater();
            handle(w);
        }
    });
    timer->start();
}

void answer(QWidget *modal, QMessageBox::StandardButton button)
{
    auto *box = qobject_cast<QMessageBox *>(modal);
    ASSERT_NE(box, nullptr);
    box->button(button)->click();
}

int rowOf(const QList<RosterChange> &rows, RosterChange::Kind kind)
{
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).kind == kind)
            return i;
    return -1;
}

qint64 addOverride(test::RosterUi &f)
{
    RosterOverride o;
    o.roleId = f.dutyLeaderRole;
    o.contactId = f.liu;
    o.replacesId = f.zhang;
    o.start = test::beijing(QDate(2026, 3, 3), 8, 30);
    o.end = test::beijing(QDate(2026, 3, 3), 20, 30);
    o.reason = QStringLiteral("张伟出差");
    auto id = f.backend->roster().addOverride(f.admin, o);
    EXPECT_TRUE(id.ok());
    return id.ok() ? *id : 0;
}

} // namespace

TEST(RosterChangesUi, NextSevenDaysRemovesLeaveAndOverridesAfterAsking)
{
    test::RosterUi f;
    const qint64 overrideId = addOverride(f);
    RosterPage page(f.context);
    page.showDate(QDate(2026, 3, 2));
    page.navigateTo(QStringLiteral("changes"));
    ASSERT_EQ(page.changeRows().size(), 2);
    const int leaveRow = rowOf(page.changeRows(), RosterChange::Kind::Leave);
    ASSERT_GE(leaveRow, 0);

    // Saying "No" keeps the leave.
    page.changesTable()->selectRow(leaveRow);
    ASSERT_TRUE(page.removeChangeButton()->isEnabled());
    onNext([](QWidget *m) { answer(m, QMessageBox::No); });
    page.removeChangeButton()->click();
    EXPECT_EQ(f.backend->roster().leave()->size(), 1);

    // "Yes" removes it, and 王强's Wednesday gap with it.
    page.changesTable()->selectRow(leaveRow);
    onNext([](QWidget *m) { answer(m, QMessageBox::Yes); });
    page.removeChangeButton()->click();
    EXPECT_TRUE(f.backend->roster().leave()->isEmpty());
    for (const CoverageGap &g : page.timeline()->gaps())
        EXPECT_NE(g.leaveContactId, f.wang);
    ASSERT_EQ(page.changeRows().size(), 1);
    EXPECT_EQ(page.changeRows().first().kind, RosterChange::Kind::Override);

    EXPECT_TRUE(page.removeOverride(overrideId));
    EXPECT_TRUE(f.backend->roster().overrides()->isEmpty());
    EXPECT_TRUE(page.changeRows().isEmpty());
    EXPECT_FALSE(page.removeChangeButton()->isEnabled());
    // Removing again is refused and says why.
    EXPECT_FALSE(page.removeOverride(overrideId));
    EXPECT_TRUE(page.message()->isError());
}

TEST(RosterChangesUi, SwapRowsCannotBeRemovedFromTheChangesTab)
{
    test::RosterUi f;
    Swap s;
    s.roleId = f.dutyLeaderRole;
    s.requesterId = f.zhang;
    s.counterpartId = f.li;
    s.giveStart = test::beijing(QDate(2026, 3, 5), 8, 30);
    s.giveEnd = test::beijing(QDate(2026, 3, 5), 20, 30);
    ASSERT_TRUE(f.backend->roster().requestSwap(f.admin, s).ok());
    RosterPage page(f.context);
    const int swapRow = rowOf(page.changeRows(), RosterChange::Kind::Swap);
    ASSERT_GE(swapRow, 0);
    page.changesTable()->selectRow(swapRow);
    EXPECT_FALSE(page.removeChangeButton()->isEnabled());
}

TEST(RosterChangesUi, TheShiftMenuOffersToRemoveTheOverrideThatMadeIt)
{
    test::RosterUi f;
    addOverride(f);
    RosterPage page(f.context);
    page.resize(1400, 800);
    page.show();
    page.setView(RosterPage::View::Week);
    page.showDate(QDate(2026, 3, 2));
    std::optional<ShiftBlock> block;
    for (const ShiftBlock &b : page.timeline()->blocks())
        if (b.contactId == f.liu && b.source == DutyAssignment::Source::Override)
            block = b;
    ASSERT_TRUE(block.has_value());

    QStringList offered;
    onNext(
        [&offered](QWidget *popup) {
            auto *menu = qobject_cast<QMenu *>(popup);
            ASSERT_NE(menu, nullptr);
            for (QAction *a : menu->actions())
                offered << a->objectName();
            auto *remove = menu->findChild<QAction *>(QStringLiteral("removeOverrideAction"));
            ASSERT_NE(remove, nullptr);
            onNext([](QWidget *m) { answer(m, QMessageBox::Yes); });
            menu->close();
            remove->trigger();
        },
        true);
    emit page.timeline()->blockClicked(*block, page.mapToGlobal(QPoint(10, 10)));
    QApplication::processEvents();
    EXPECT_TRUE(offered.contains(QStringLiteral("removeOverrideAction")));
    EXPECT_FALSE(offered.contains(QStringLiteral("removeLeaveAction")));
    EXPECT_TRUE(f.backend->roster().overrides()->isEmpty());
}

TEST(RosterChangesUi, AGapMadeByLeaveOffersToRemoveTheLeave)
{
    test::RosterUi f;
    RosterPage page(f.context);
    page.resize(1400, 800);
    page.show();
    page.setView(RosterPage::View::Week);
    page.showDate(QDate(2026, 3, 2));
    bool offered = false;
    onNext(
        [&offered](QWidget *popup) {
            auto *menu = qobject_cast<QMenu *>(popup);
            ASSERT_NE(menu, nullptr);
            auto *remove = menu->findChild<QAction *>(QStringLiteral("removeLeaveAction"));
            offered = remove != nullptr;
            menu->close();
            if (remove) {
                onNext([](QWidget *m) { answer(m, QMessageBox::Yes); });
                remove->trigger();
            }
        },
        true);
    emit page.timeline()->emptyClicked(f.itLeadRole, Slot::Primary,
                                       test::beijing(QDate(2026, 3, 4), 10, 0),
                                       page.mapToGlobal(QPoint(10, 10)));
    QApplication::processEvents();
    EXPECT_TRUE(offered);
    EXPECT_TRUE(f.backend->roster().leave()->isEmpty());
}

TEST(RosterChangesUi, SwapDialogSetsTheShiftTakenBack)
{
    test::RosterUi f;
    auto snapshot = RosterSnapshot::load(*f.backend);
    ASSERT_TRUE(snapshot.ok());
    RosterChangeDialog dialog(f.context, *snapshot, RosterChangeDialog::Kind::Swap);
    ShiftBlock give;
    give.roleId = f.dutyLeaderRole;
    give.contactId = f.zhang;
    give.start = test::beijing(QDate(2026, 3, 3), 8, 30);
    give.end = test::beijing(QDate(2026, 3, 3), 20, 30);
    dialog.setBlock(give);
    dialog.otherBox()->setCurrentIndex(dialog.otherBox()->findData(f.li));
    EXPECT_FALSE(dialog.takeFromEdit()->isEnabled());
    dialog.takeBackBox()->setChecked(true);
    EXPECT_TRUE(dialog.takeFromEdit()->isEnabled());
    // Prefilled with 李娜's next shift after the one given away: Tuesday night.
    EXPECT_EQ(dialog.takeFromEdit()->instant(), test::beijing(QDate(2026, 3, 3), 20, 30));
    EXPECT_EQ(dialog.takeUntilEdit()->instant(), test::beijing(QDate(2026, 3, 4), 8, 30));
    // The officer picks Thursday night instead.
    dialog.takeFromEdit()->setInstant(test::beijing(QDate(2026, 3, 5), 20, 30));
    dialog.takeUntilEdit()->setInstant(test::beijing(QDate(2026, 3, 6), 8, 30));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.message()->text().toStdString();
    auto swap = f.backend->roster().swap(dialog.writtenId());
    ASSERT_TRUE(swap.ok());
    EXPECT_EQ(swap->giveStart, give.start);
    EXPECT_EQ(swap->takeStart, test::beijing(QDate(2026, 3, 5), 20, 30));
    EXPECT_EQ(swap->takeEnd, test::beijing(QDate(2026, 3, 6), 8, 30));

    // Without the box, no shift is taken back.
    RosterChangeDialog plain(f.context, *snapshot, RosterChangeDialog::Kind::Swap);
    give.start = test::beijing(QDate(2026, 3, 7), 8, 30);
    give.end = test::beijing(QDate(2026, 3, 7), 20, 30);
    plain.setBlock(give);
    plain.otherBox()->setCurrentIndex(plain.otherBox()->findData(f.li));
    plain.accept();
    ASSERT_EQ(plain.result(), QDialog::Accepted) << plain.message()->text().toStdString();
    EXPECT_FALSE(f.backend->roster().swap(plain.writtenId())->takeStart.isValid());
}

TEST(RosterChangesUi, RejectingASwapAsksForTheReason)
{
    test::RosterUi f;
    Swap s;
    s.roleId = f.dutyLeaderRole;
    s.requesterId = f.zhang;
    s.counterpartId = f.li;
    s.giveStart = test::beijing(QDate(2026, 3, 5), 8, 30);
    s.giveEnd = test::beijing(QDate(2026, 3, 5), 20, 30);
    auto id = f.backend->roster().requestSwap(f.admin, s);
    ASSERT_TRUE(id.ok());
    RosterPage page(f.context);
    page.navigateTo(QStringLiteral("swaps"));
    ASSERT_EQ(page.swapsTable()->rowCount(), 1);
    page.swapsTable()->selectRow(0);
    QPushButton *reject = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Reject"))
            reject = b;
    ASSERT_NE(reject, nullptr);

    // Cancelling the question rejects nothing.
    onNext([](QWidget *m) {
        auto *input = qobject_cast<QInputDialog *>(m);
        ASSERT_NE(input, nullptr);
        input->reject();
    });
    reject->click();
    EXPECT_EQ(f.backend->roster().swap(*id)->state, SwapState::Requested);

    page.swapsTable()->selectRow(0);
    onNext([](QWidget *m) {
        auto *input = qobject_cast<QInputDialog *>(m);
        ASSERT_NE(input, nullptr);
        input->setTextValue(QStringLiteral("周四有系统升级，张伟需在岗"));
        input->accept();
    });
    reject->click();
    auto after = f.backend->roster().swap(*id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->state, SwapState::Rejected);
    EXPECT_TRUE(after->note.contains(QStringLiteral("周四有系统升级")))
        << after->note.toStdString();
}

TEST(RosterChangesUi, RolesEditorAddsEditsAndRemovesDutyRoles)
{
    test::RosterUi f;
    RosterPage page(f.context);
    ASSERT_TRUE(page.navigateTo(QStringLiteral("roles")));
    EXPECT_EQ(page.pageTabs()->currentWidget(), page.roles());
    RolesPanel &panel = *page.roles();
    const int builtins = int(panel.roles().size());
    ASSERT_GE(builtins, 7);

    // A built-in role keeps its key, cannot be removed, but its rules can change.
    panel.selectRole(f.itLeadRole);
    EXPECT_FALSE(panel.findChild<QPushButton *>(QStringLiteral("removeRole"))->isEnabled());
    DutyRole itLead = *f.backend->roster().role(f.itLeadRole);
    RoleDialog edit(f.context, itLead);
    EXPECT_TRUE(edit.keyEdit()->isReadOnly());
    edit.coverageBox()->setCurrentIndex(
        edit.coverageBox()->findData(coverageId(Coverage::TradingDays)));
    edit.backupBox()->setChecked(true);
    edit.accept();
    ASSERT_EQ(edit.result(), QDialog::Accepted) << edit.message()->text().toStdString();
    itLead = *f.backend->roster().role(f.itLeadRole);
    EXPECT_EQ(itLead.coverage, Coverage::TradingDays);
    EXPECT_TRUE(itLead.backupRequired);
    EXPECT_EQ(itLead.key, QStringLiteral("it_lead"));

    // A bad key is refused inline; a good one saves a user-defined role at the end.
    RoleDialog add(f.context, DutyRole{});
    EXPECT_FALSE(add.keyEdit()->isReadOnly());
    add.keyEdit()->setText(QStringLiteral("Storage Admin"));
    add.nameEdit()->setText(QStringLiteral("存储管理员"));
    add.accept();
    EXPECT_NE(add.result(), QDialog::Accepted);
    EXPECT_TRUE(add.message()->isError());
    EXPECT_TRUE(add.message()->text().contains(QStringLiteral("Key")));
    add.keyEdit()->setText(QStringLiteral("storage_admin"));
    add.nameEnEdit()->setText(QStringLiteral("Storage administrator"));
    add.coverageBox()->setCurrentIndex(
        add.coverageBox()->findData(coverageId(Coverage::BusinessHours)));
    add.approvalBox()->setChecked(true);
    add.accept();
    ASSERT_EQ(add.result(), QDialog::Accepted) << add.message()->text().toStdString();
    auto saved = f.backend->roster().role(add.savedId());
    ASSERT_TRUE(saved.ok());
    EXPECT_FALSE(saved->builtin);
    EXPECT_EQ(saved->coverage, Coverage::BusinessHours);
    EXPECT_TRUE(saved->swapNeedsApproval);
    EXPECT_FALSE(saved->backupRequired);
    EXPECT_EQ(f.backend->roster().roles()->last().id, saved->id);

    panel.reload();
    ASSERT_EQ(panel.roles().size(), builtins + 1);
    panel.selectRole(saved->id);
    EXPECT_TRUE(panel.findChild<QPushButton *>(QStringLiteral("removeRole"))->isEnabled());
    onNext([](QWidget *m) { answer(m, QMessageBox::Yes); });
    panel.findChild<QPushButton *>(QStringLiteral("removeRole"))->click();
    EXPECT_EQ(panel.roles().size(), builtins);
    EXPECT_FALSE(f.backend->roster().role(saved->id).ok());
    // A built-in role is refused by the repository too, with the reason shown.
    EXPECT_FALSE(panel.removeRole(f.itLeadRole));
    EXPECT_TRUE(panel.message()->isError());
}

TEST(RosterChangesUi, HandoverRecordsOfTheRangeAreShown)
{
    test::RosterUi f;
    RosterPage page(f.context);
    page.showDate(QDate(2026, 3, 2));
    ASSERT_TRUE(page.navigateTo(QStringLiteral("handovers")));
    EXPECT_EQ(page.tabs()->currentWidget(), page.handovers());
    EXPECT_EQ(page.handovers()->table()->rowCount(), 0);

    // Recorded from the shift's menu: the dialog as the menu opens it for 李娜's night shift.
    ShiftBlock night;
    night.roleId = f.dutyLeaderRole;
    night.contactId = f.li;
    night.start = test::beijing(QDate(2026, 3, 2), 20, 30);
    night.end = test::beijing(QDate(2026, 3, 3), 8, 30);
    RosterChangeDialog dialog(f.context, page.snapshot(), RosterChangeDialog::Kind::Handover);
    dialog.setBlock(night);
    dialog.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("行情系统告警待观察"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.message()->text().toStdString();
    page.reload();

    QTableWidget *table = page.handovers()->table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("2026-03-02 20:30"));
    EXPECT_EQ(table->item(0, 1)->text(),
              page.snapshot().roster->role(f.dutyLeaderRole)->displayName());
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("张伟"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("李娜"));
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("行情系统告警待观察"));
    EXPECT_TRUE(page.tabs()->tabText(4).contains(QStringLiteral("(1)")));

    // Another month does not show it.
    page.showDate(QDate(2026, 4, 10));
    EXPECT_EQ(table->rowCount(), 0);
}

TEST(RosterChangesUi, RecordingAHandoverFromTheShiftMenuShowsItOnTheHandoversTab)
{
    test::RosterUi f;
    RosterPage page(f.context);
    page.resize(1400, 800);
    page.show();
    page.showDate(QDate(2026, 3, 2));
    std::optional<ShiftBlock> block;
    for (const ShiftBlock &b : page.timeline()->blocks())
        if (b.contactId == f.li && b.start == test::beijing(QDate(2026, 3, 2), 20, 30))
            block = b;
    ASSERT_TRUE(block.has_value());
    onNext(
        [](QWidget *popup) {
            auto *menu = qobject_cast<QMenu *>(popup);
            ASSERT_NE(menu, nullptr);
            QAction *record = nullptr;
            for (QAction *a : menu->actions())
                if (a->text() == QStringLiteral("Record handover…"))
                    record = a;
            ASSERT_NE(record, nullptr);
            onNext([](QWidget *m) {
                auto *dialog = qobject_cast<RosterChangeDialog *>(m);
                ASSERT_NE(dialog, nullptr);
                dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("无遗留"));
                dialog->accept();
            });
            menu->close();
            record->trigger();
        },
        true);
    emit page.timeline()->blockClicked(*block, page.mapToGlobal(QPoint(10, 10)));
    QApplication::processEvents();
    EXPECT_EQ(page.tabs()->currentWidget(), page.handovers());
    ASSERT_EQ(page.handovers()->table()->rowCount(), 1);
    EXPECT_EQ(page.handovers()->table()->item(0, 4)->text(), QStringLiteral("无遗留"));
}

TEST(RosterChangesUi, ICalendarExportOfOnePersonOrOneRole)
{
    test::RosterUi f;
    RosterPage page(f.context);
    page.showDate(QDate(2026, 3, 2));
    const auto read = [](const QString &path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return QString::fromUtf8(file.readAll());
    };

    const QString mine = f.backend.dirPath(QStringLiteral("zhang.ics"));
    ASSERT_TRUE(page.exportTo(mine, {0, f.zhang}).ok());
    const QString zhang = read(mine);
    EXPECT_TRUE(zhang.contains(QStringLiteral("张伟")));
    EXPECT_FALSE(zhang.contains(QStringLiteral("李娜")));
    EXPECT_FALSE(zhang.contains(QStringLiteral("王强")));

    const QString itPath = f.backend.dirPath(QStringLiteral("it.ics"));
    ASSERT_TRUE(page.exportTo(itPath, {f.itLeadRole, 0}).ok());
    const QString it = read(itPath);
    EXPECT_TRUE(it.contains(QStringLiteral("王强")));
    EXPECT_FALSE(it.contains(QStringLiteral("张伟")));

    const QString allPath = f.backend.dirPath(QStringLiteral("all.ics"));
    ASSERT_TRUE(page.exportTo(allPath).ok());
    const QString all = read(allPath);
    EXPECT_TRUE(all.contains(QStringLiteral("张伟")));
    EXPECT_TRUE(all.contains(QStringLiteral("王强")));

    // The question before the export: all, one role or one person.
    ExportScopeDialog ask(page.snapshot());
    EXPECT_EQ(ask.scope().roleId, 0);
    EXPECT_EQ(ask.scope().contactId, 0);
    EXPECT_FALSE(ask.personBox()->isEnabled());
    ask.personButton()->setChecked(true);
    EXPECT_TRUE(ask.personBox()->isEnabled());
    ask.personBox()->setCurrentIndex(ask.personBox()->findData(f.li));
    EXPECT_EQ(ask.scope().contactId, f.li);
    EXPECT_EQ(ask.scope().roleId, 0);
    ask.roleButton()->setChecked(true);
    ask.roleBox()->setCurrentIndex(ask.roleBox()->findData(f.itLeadRole));
    EXPECT_EQ(ask.scope().roleId, f.itLeadRole);
    EXPECT_EQ(ask.scope().contactId, 0);
}

TEST(RosterChangesUi, NavigatingToTodayShowsTheWeekOrMonthOfToday)
{
    test::RosterUi f; // today is Monday 2 March 2026
    RosterPage page(f.context);
    page.setView(RosterPage::View::Month);
    page.showDate(QDate(2026, 6, 15));
    page.navigateTo(QStringLiteral("rotations"));
    ASSERT_TRUE(page.navigateTo(QStringLiteral("today")));
    EXPECT_EQ(page.pageTabs()->currentIndex(), 0);
    EXPECT_EQ(page.timeline()->firstDay(), QDate(2026, 3, 1));
    EXPECT_EQ(page.timeline()->days(), 31);

    page.setView(RosterPage::View::Week);
    page.showDate(QDate(2026, 6, 15));
    ASSERT_TRUE(page.navigateTo(QStringLiteral("today")));
    EXPECT_EQ(page.timeline()->firstDay(), QDate(2026, 3, 2));
    EXPECT_EQ(page.timeline()->days(), 7);
    EXPECT_FALSE(page.navigateTo(QStringLiteral("tomorrow")));
}
