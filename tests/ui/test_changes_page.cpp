// ChangesPage: a draft through the editor on the board, submission refused with the missing
// parts, the in-trading-hours warning, the calendar's shading and hit-testing, the steps of a
// change through to review, navigation, read-only mode, retranslation and screenshots of the
// board, the calendar and the editor in zh_CN and en.
#include "changes/change_action_dialog.h"
#include "changes/change_board.h"
#include "changes/change_dialog.h"
#include "changes/change_editor.h"
#include "changes/changes_page.h"
#include "changes/window_calendar.h"
#include "common/inline_message.h"
#include "demo/demo_generator.h"
#include "incidents/zoned_time_edit.h"
#include "ui_fixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include <functional>
#include <iostream>

using namespace dd;
using namespace dd::ui;

namespace {

// Runs `handle` on the next modal dialog that opens (the page calls exec()).
void onNextModal(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handle(modal);
        }
    });
    timer->start();
}

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
}

struct ChangesUi : test::UiFixture {
    Actor applicant;
    Actor approver;
    Actor implementer;
    Actor reviewer;
    ConfigRegistry config{backend->database(), backend->audit(), backend->clock()};
    ChangeRegister changes{backend->database(), backend->audit(),    backend->clock(),
                           backend->calendar(), backend->settings(), config};
    qint64 db = 0;
    qint64 app = 0;

    explicit ChangesUi(const QString &lang = QStringLiteral("en"))
        : UiFixture(lang)
    {
        backend.clock().set(local(2026, 3, 9, 10, 0)); // a Monday
        applicant = addOperator(QStringLiteral("zhangwei"), QStringLiteral("张伟"),
                                QStringLiteral("1234"), {Role::DutyOfficer});
        approver = addOperator(QStringLiteral("wangqiang"), QStringLiteral("王强"),
                               QStringLiteral("1234"), {Role::ItLead, Role::Approver});
        implementer = addOperator(QStringLiteral("lina"), QStringLiteral("李娜"),
                                  QStringLiteral("1234"), {Role::DutyOfficer});
        reviewer = addOperator(QStringLiteral("chenjing"), QStringLiteral("陈静"),
                               QStringLiteral("1234"), {Role::DutyLeader});
        db = addItem(QStringLiteral("DB-0001"), QStringLiteral("database"),
                     QStringLiteral("集中交易数据库"));
        app = addItem(QStringLiteral("APP-0001"), QStringLiteral("application"),
                      QStringLiteral("集中交易系统"));
        session.setActor(applicant);
    }

    qint64 addItem(const QString &number, const QString &kind, const QString &name)
    {
        ConfigItem i;
        i.number = number;
        i.kind = kind;
        i.name = name;
        i.systemClass = 4;
        auto id = config.add(backend.admin(), i);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        return id ? *id : 0;
    }

    // A complete request; the window on a Sunday evening unless given.
    ChangeRequest request(QDateTime start = {}, QDateTime end = {})
    {
        ChangeRequest r;
        r.title = QStringLiteral("集中交易数据库补丁升级");
        r.goal = QStringLiteral("修复数据库已知缺陷");
        r.itemIds = {db};
        r.windowStart = start.isValid() ? start : local(2026, 3, 8, 20, 0);
        r.windowEnd = end.isValid() ? end : local(2026, 3, 8, 23, 0);
        r.implementerId = implementer.operatorId();
        r.reviewerId = reviewer.operatorId();
        r.steps = QStringLiteral("1. 停止应用 2. 安装补丁 3. 启动");
        r.testPlan = QStringLiteral("仿真环境回归测试");
        r.implementationPlan = QStringLiteral("两人操作，一人复核");
        r.riskControls = QStringLiteral("提前全量备份");
        r.emergencyPlan = QStringLiteral("启用备库");
        r.rollbackPlan = QStringLiteral("卸载补丁并恢复备份");
        return r;
    }

    qint64 draft(const ChangeRequest &r)
    {
        auto id = changes.saveDraft(applicant, r);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        return id ? *id : 0;
    }
};

TEST(ChangesPage, DraftCreatedThroughTheEditorAppearsInTheDraftColumn)
{
    ChangesUi f;
    ChangesPage page(f.context);
    test::showActive(page);
    qint64 saved = 0;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ChangeDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        ChangeEditor *editor = dialog->editor();
        EXPECT_TRUE(editor->isEditable());
        editor->title()->setFocus();
        editor->title()->setText(QStringLiteral("行情主机内存扩容"));
        editor->items()->item(0)->setCheckState(Qt::Checked);
        // The window shortcut needs the dialog active; under load the offscreen platform may
        // still report the page as active here.
        QApplication::setActiveWindow(dialog);
        editor->title()->setFocus();
        QTest::keyClick(editor->title(), Qt::Key_S, Qt::ControlModifier); // Save draft
        saved = dialog->changeId();
        EXPECT_NE(saved, 0);
        EXPECT_FALSE(dialog->message()->isError()) << dialog->message()->text().toStdString();
        dialog->accept();
    });
    QTest::mouseClick(page.newButton(), Qt::LeftButton);
    ASSERT_NE(saved, 0);
    auto c = f.changes.change(saved);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->state, ChangeState::Draft);
    EXPECT_EQ(c->applicantId, f.applicant.operatorId());
    EXPECT_EQ(page.board()->idsIn(BoardColumn::Draft), QList<qint64>{saved});
    QListWidget *drafts = page.board()->column(BoardColumn::Draft);
    EXPECT_TRUE(drafts->item(0)->text().contains(QStringLiteral("行情主机内存扩容")));
    EXPECT_TRUE(drafts->item(0)->text().contains(c->number));
    EXPECT_TRUE(drafts->item(0)->text().contains(QStringLiteral("张伟")));
    ASSERT_EQ(c->itemIds.size(), 1);
    EXPECT_TRUE(drafts->item(0)->text().contains(f.config.item(c->itemIds.first())->number));

    // Enter on the card opens it again.
    bool reopened = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ChangeDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        reopened = dialog->changeId() == saved;
        dialog->accept();
    });
    drafts->setFocus();
    drafts->setCurrentRow(0);
    QTest::keyClick(drafts, Qt::Key_Return);
    EXPECT_TRUE(reopened);
}

TEST(ChangesPage, SubmittingAnIncompleteDraftShowsTheMissingPartsAndStaysADraft)
{
    ChangesUi f;
    ChangeDialog dialog(f.context, f.changes, f.config, 0);
    test::showActive(dialog);
    dialog.editor()->title()->setText(QStringLiteral("核心交换机固件升级"));
    dialog.editor()->text("changeGoal")->setPlainText(QStringLiteral("修复固件缺陷"));
    const QString missing = dialog.editor()->missingParts()->text();
    EXPECT_TRUE(missing.contains(QStringLiteral("Rollback plan"))) << missing.toStdString();
    EXPECT_TRUE(missing.contains(QStringLiteral("Implementer"))) << missing.toStdString();
    EXPECT_FALSE(missing.contains(QStringLiteral("Goal"))) << missing.toStdString();

    QTest::mouseClick(dialog.button(ChangeDialog::Submit), Qt::LeftButton);
    ASSERT_NE(dialog.changeId(), 0); // saved first
    EXPECT_TRUE(dialog.message()->isError());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("cannot be submitted")))
        << dialog.message()->text().toStdString();
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("Test plan")));
    EXPECT_EQ(f.changes.change(dialog.changeId())->state, ChangeState::Draft);
    EXPECT_TRUE(dialog.editor()->isEditable());
    EXPECT_TRUE(dialog.editor()->missingParts()->isVisible());
}

TEST(ChangesPage, NormalChangeInTradingHoursIsWarnedAndRefused)
{
    ChangesUi f;
    // Tuesday 2026-03-10 09:20: the stock market's call auction.
    const qint64 id = f.draft(f.request(local(2026, 3, 10, 9, 20), local(2026, 3, 10, 9, 50)));
    ChangeDialog dialog(f.context, f.changes, f.config, id);
    test::showActive(dialog);
    QLabel *check = dialog.editor()->windowCheck();
    EXPECT_TRUE(check->text().contains(QStringLiteral("Inside trading hours")))
        << check->text().toStdString();
    EXPECT_TRUE(check->text().contains(QStringLiteral("09:20"))) << check->text().toStdString();
    EXPECT_TRUE(check->property("inTradingHours").toBool());

    QTest::mouseClick(dialog.button(ChangeDialog::Submit), Qt::LeftButton);
    EXPECT_TRUE(dialog.message()->isError());
    EXPECT_EQ(f.changes.change(id)->state, ChangeState::Draft);

    // Moving the window to the evening clears the warning.
    dialog.editor()->windowStart()->setInstant(local(2026, 3, 10, 20, 0));
    dialog.editor()->windowEnd()->setInstant(local(2026, 3, 10, 22, 0));
    EXPECT_TRUE(check->text().contains(QStringLiteral("Outside trading hours")))
        << check->text().toStdString();
    EXPECT_FALSE(check->property("inTradingHours").toBool());
}

TEST(ChangesPage, CalendarShadesTradingHoursAndHitTestsBlocks)
{
    ChangesUi f;
    const qint64 id = f.draft(f.request()); // Sunday 2026-03-08 20:00–23:00
    ChangesPage page(f.context);
    page.resize(1300, 860);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.showTab(ChangesPage::CalendarTab);
    page.showWeek(QDate(2026, 3, 4));
    QApplication::processEvents();
    WindowCalendar *calendar = page.calendar();
    EXPECT_EQ(calendar->week(), QDate(2026, 3, 2));

    // A weekday: morning and afternoon sessions shaded, lunch and evening not.
    EXPECT_TRUE(calendar->isShaded(QDate(2026, 3, 4), QTime(10, 0)));
    EXPECT_TRUE(calendar->isShaded(QDate(2026, 3, 4), QTime(14, 0)));
    EXPECT_FALSE(calendar->isShaded(QDate(2026, 3, 4), QTime(12, 0)));
    EXPECT_FALSE(calendar->isShaded(QDate(2026, 3, 4), QTime(20, 0)));
    const QImage week = calendar->grab().toImage();
    auto colourAt = [&](const QImage &image, const QDate &day, const QTime &t) {
        const QRectF slot = calendar->slotRect(day, t, t.addSecs(600));
        return QColor(image.pixel(slot.center().toPoint() + QPoint(0, 0)));
    };
    EXPECT_EQ(colourAt(week, QDate(2026, 3, 4), QTime(10, 0)), windowCalendarShade());
    EXPECT_NE(colourAt(week, QDate(2026, 3, 4), QTime(12, 0)), windowCalendarShade());

    // The block of the Sunday window, and hit-testing it.
    const QList<QRectF> blocks = calendar->blocksOf(id);
    ASSERT_EQ(blocks.size(), 1);
    const QPoint centre = blocks.first().center().toPoint();
    EXPECT_EQ(calendar->changeAt(centre), id);
    EXPECT_EQ(
        calendar->changeAt(
            calendar->slotRect(QDate(2026, 3, 8), QTime(10, 0), QTime(11, 0)).center().toPoint()),
        0);
    qint64 opened = 0;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ChangeDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        opened = dialog->changeId();
        dialog->accept();
    });
    QTest::mouseClick(calendar, Qt::LeftButton, Qt::NoModifier, centre);
    EXPECT_EQ(opened, id);

    // 2026-02-28 is a Saturday make-up workday: working, but no trading.
    page.showWeek(QDate(2026, 2, 28));
    QApplication::processEvents();
    EXPECT_EQ(calendar->week(), QDate(2026, 2, 23));
    EXPECT_FALSE(calendar->isShaded(QDate(2026, 2, 28), QTime(10, 0)));
    EXPECT_TRUE(calendar->isShaded(QDate(2026, 2, 27), QTime(10, 0)));
    const QImage makeUp = calendar->grab().toImage();
    EXPECT_NE(colourAt(makeUp, QDate(2026, 2, 28), QTime(10, 0)), windowCalendarShade());
    EXPECT_EQ(colourAt(makeUp, QDate(2026, 2, 27), QTime(10, 0)), windowCalendarShade());
    EXPECT_TRUE(calendar->blocksOf(id).isEmpty());

    // Previous / next week buttons.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("changesNextWeek")),
                      Qt::LeftButton);
    EXPECT_EQ(calendar->week(), QDate(2026, 3, 2));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("changesThisWeek")),
                      Qt::LeftButton);
    EXPECT_EQ(calendar->week(), QDate(2026, 3, 9));
}

TEST(ChangesPage, EmergencyChangeInTradingHoursIsMarkedAndItsMarketShaded)
{
    ChangesUi f;
    // An emergency change on the futures system in the night session (Tuesday 21:30–22:00):
    // approved with both marks; the week's calendar shades the futures night session too.
    ChangeRequest r = f.request(local(2026, 3, 10, 21, 30), local(2026, 3, 10, 22, 0));
    r.title = QStringLiteral("紧急修复期货前置");
    r.urgency = ChangeUrgency::Emergency;
    r.markets = {QStringLiteral("futures")};
    const qint64 id = f.draft(r);
    ASSERT_TRUE(f.changes.submit(f.applicant, id).ok());
    ASSERT_TRUE(f.changes
                    .approve(f.approver, id,
                             {RiskLevel::High, RiskLevel::High, QStringLiteral("同意"), {}, {}})
                    .ok());
    const ChangeSummary summary = [&] {
        for (const ChangeSummary &c : *f.changes.list())
            if (c.id == id)
                return c;
        return ChangeSummary();
    }();
    ASSERT_TRUE(summary.inTradingHours);
    const QString card = ChangeBoard::cardText(summary);
    EXPECT_TRUE(card.contains(QStringLiteral("Emergency change"))) << card.toStdString();
    EXPECT_TRUE(card.contains(QStringLiteral("In trading hours"))) << card.toStdString();
    const QString block = WindowCalendar::blockLines(summary).join(QLatin1Char('\n'));
    EXPECT_TRUE(block.contains(QStringLiteral("⚠ Emergency · in trading hours")))
        << block.toStdString();
    ChangeSummary emergencyOnly = summary;
    emergencyOnly.inTradingHours = false;
    EXPECT_FALSE(WindowCalendar::blockLines(emergencyOnly)
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("trading hours")));
    // A normal change carries neither mark.
    ChangeSummary normal = summary;
    normal.urgency = ChangeUrgency::Normal;
    normal.inTradingHours = false;
    EXPECT_FALSE(ChangeBoard::cardText(normal).contains(QStringLiteral("Emergency change")));
    EXPECT_FALSE(ChangeBoard::cardText(normal).contains(QStringLiteral("In trading hours")));

    ChangesPage page(f.context);
    page.resize(1300, 860);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.showTab(ChangesPage::CalendarTab);
    page.showWeek(QDate(2026, 3, 10));
    QApplication::processEvents();
    EXPECT_TRUE(page.calendar()->isShaded(QDate(2026, 3, 10), QTime(21, 45)));
    EXPECT_EQ(page.calendar()->blocksOf(id).size(), 1);
    // Without the change, the securities institution's default (stock) market has no night.
    page.showWeek(QDate(2026, 3, 17));
    QApplication::processEvents();
    EXPECT_FALSE(page.calendar()->isShaded(QDate(2026, 3, 17), QTime(21, 45)));

    ChangeDialog dialog(f.context, page.changes(), page.config(), id);
    auto *header = dialog.findChild<QLabel *>(QStringLiteral("changeHeader"));
    ASSERT_NE(header, nullptr);
    EXPECT_TRUE(header->text().contains(QStringLiteral("⚠ Emergency change")))
        << header->text().toStdString();
    EXPECT_TRUE(header->text().contains(QStringLiteral("⚠ In trading hours")));
}

TEST(ChangesPage, StepsThroughToReviewWithTheNamedPeopleConfirming)
{
    ChangesUi f;
    const qint64 id = f.draft(f.request());
    ASSERT_TRUE(f.changes.submit(f.applicant, id).ok());
    ChangeDialog dialog(f.context, f.changes, f.config, id);
    test::showActive(dialog);
    EXPECT_FALSE(dialog.editor()->isEditable());
    EXPECT_TRUE(dialog.button(ChangeDialog::Approve)->isVisible());

    QStringList asked;
    std::optional<Actor> confirming;
    dialog.confirmPerson = [&](const QString &what, Permission) {
        asked << what;
        return confirming;
    };
    std::function<void(ChangeActionDialog &)> fill;
    dialog.execForm = [&](ChangeActionDialog &form) {
        fill(form);
        return form.result();
    };

    // The applicant is signed in: the approver confirms; without the window confirmed the
    // form stays open.
    confirming = f.approver;
    fill = [&](ChangeActionDialog &form) {
        form.findChild<QPlainTextEdit *>(QStringLiteral("changeAssessment"))
            ->setPlainText(QStringLiteral("风险可控"));
        EXPECT_FALSE(form.trySave());
        form.findChild<QCheckBox *>(QStringLiteral("changeWindowConfirmed"))->setChecked(true);
        form.findChild<QComboBox *>(QStringLiteral("changeTechnicalRisk"))->setCurrentIndex(1);
        EXPECT_TRUE(form.trySave());
    };
    dialog.runAction(ChangeDialog::Approve);
    auto c = f.changes.change(id);
    EXPECT_EQ(c->state, ChangeState::Approved);
    EXPECT_EQ(c->approverId, f.approver.operatorId());
    EXPECT_EQ(c->technicalRisk, RiskLevel::Medium);
    ASSERT_EQ(asked.size(), 1);

    // Start refused without a test before; the core's message is shown.
    confirming = f.implementer;
    dialog.runAction(ChangeDialog::Start);
    EXPECT_TRUE(dialog.message()->isError());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("test")))
        << dialog.message()->text().toStdString();
    fill = [&](ChangeActionDialog &form) {
        form.findChild<QPlainTextEdit *>(QStringLiteral("changeTestDescription"))
            ->setPlainText(QStringLiteral("仿真环境回归通过"));
        EXPECT_TRUE(form.trySave());
    };
    dialog.runAction(ChangeDialog::RecordTest);
    dialog.runAction(ChangeDialog::Start);
    EXPECT_EQ(f.changes.change(id)->state, ChangeState::Implementing);
    EXPECT_TRUE(dialog.button(ChangeDialog::UpdateItem)->isVisible());

    fill = [&](ChangeActionDialog &form) {
        form.findChild<QPlainTextEdit *>(QStringLiteral("changeItemDescription"))
            ->setPlainText(QStringLiteral("补丁 19.22"));
        EXPECT_TRUE(form.trySave());
    };
    dialog.runAction(ChangeDialog::UpdateItem);
    EXPECT_EQ(f.config.item(f.db)->description, QStringLiteral("补丁 19.22"));

    fill = [&](ChangeActionDialog &form) {
        form.findChild<QPlainTextEdit *>(QStringLiteral("changeTestDescription"))
            ->setPlainText(QStringLiteral("业务验证通过"));
        EXPECT_TRUE(form.trySave());
    };
    dialog.runAction(ChangeDialog::RecordTest);
    fill = [&](ChangeActionDialog &form) {
        form.findChild<QPlainTextEdit *>(QStringLiteral("changeActionText"))
            ->setPlainText(QStringLiteral("升级完成"));
        EXPECT_TRUE(form.trySave());
    };
    dialog.runAction(ChangeDialog::Finish);
    EXPECT_EQ(f.changes.change(id)->state, ChangeState::Implemented);

    // The reviewer confirms; a wrong person is refused by the core with its message.
    confirming = f.implementer;
    fill = [&](ChangeActionDialog &form) {
        form.findChild<QCheckBox *>(QStringLiteral("changeGoalReached"))->setChecked(true);
        form.findChild<QCheckBox *>(QStringLiteral("changeConfigUpdated"))->setChecked(true);
        form.findChild<QPlainTextEdit *>(QStringLiteral("changeProductionImpact"))
            ->setPlainText(QStringLiteral("无影响"));
        EXPECT_FALSE(form.trySave());
        confirming = f.reviewer;
        EXPECT_TRUE(form.trySave());
    };
    dialog.runAction(ChangeDialog::Review);
    c = f.changes.change(id);
    EXPECT_EQ(c->state, ChangeState::Reviewed);
    EXPECT_TRUE(c->goalReached);
    for (int a = 0; a < ChangeDialog::ActionCount; ++a)
        EXPECT_FALSE(dialog.button(ChangeDialog::Action(a))->isVisible()) << a;
}

TEST(ChangesPage, RejectReviseAndCancelThroughTheDialog)
{
    ChangesUi f;
    const qint64 id = f.draft(f.request());
    ASSERT_TRUE(f.changes.submit(f.applicant, id).ok());
    ChangeDialog dialog(f.context, f.changes, f.config, id);
    test::showActive(dialog);
    std::optional<Actor> confirming = f.approver;
    dialog.confirmPerson = [&](const QString &, Permission) { return confirming; };
    std::function<void(ChangeActionDialog &)> fill;
    dialog.execForm = [&](ChangeActionDialog &form) {
        fill(form);
        return form.result();
    };

    // An empty reason is refused with the core's message; the form stays open.
    fill = [&](ChangeActionDialog &form) {
        EXPECT_FALSE(form.trySave());
        EXPECT_TRUE(form.findChild<InlineMessage *>()->text().contains(QStringLiteral("Reason")));
        form.findChild<QPlainTextEdit *>(QStringLiteral("changeActionText"))
            ->setPlainText(QStringLiteral("回退方案不完整"));
        EXPECT_TRUE(form.trySave());
    };
    dialog.runAction(ChangeDialog::Reject);
    EXPECT_EQ(f.changes.change(id)->state, ChangeState::Rejected);
    EXPECT_TRUE(dialog.button(ChangeDialog::Revise)->isVisible());

    QTest::mouseClick(dialog.button(ChangeDialog::Revise), Qt::LeftButton);
    EXPECT_EQ(f.changes.change(id)->state, ChangeState::Draft);
    EXPECT_TRUE(dialog.editor()->isEditable());

    // The applicant cancels their own draft without anyone confirming.
    confirming.reset();
    fill = [&](ChangeActionDialog &form) {
        form.findChild<QPlainTextEdit *>(QStringLiteral("changeActionText"))
            ->setPlainText(QStringLiteral("需求取消"));
        EXPECT_TRUE(form.trySave());
    };
    dialog.runAction(ChangeDialog::Cancel);
    EXPECT_EQ(f.changes.change(id)->state, ChangeState::Cancelled);
    EXPECT_FALSE(dialog.editor()->isEditable());
}

TEST(ChangesPage, NavigationOpensAChangeByNumberOrId)
{
    ChangesUi f;
    const qint64 id = f.draft(f.request());
    const QString number = f.changes.change(id)->number;
    ChangesPage page(f.context);
    test::showActive(page);
    NavigationTarget &target = page;
    qint64 opened = 0;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ChangeDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        opened = dialog->changeId();
        dialog->accept();
    });
    EXPECT_TRUE(target.navigateTo(number));
    QTRY_COMPARE(opened, id);
    opened = 0;
    onNextModal([&](QWidget *modal) {
        opened = qobject_cast<ChangeDialog *>(modal)->changeId();
        static_cast<QDialog *>(modal)->accept();
    });
    EXPECT_TRUE(target.navigateTo(QString::number(id)));
    QTRY_COMPARE(opened, id);
    EXPECT_TRUE(target.navigateTo(QStringLiteral("calendar")));
    EXPECT_EQ(page.tabs()->currentIndex(), int(ChangesPage::CalendarTab));
    EXPECT_FALSE(target.navigateTo(QStringLiteral("CHG-1999-0001")));
    EXPECT_FALSE(target.navigateTo(QStringLiteral("nowhere")));
}

TEST(ChangesPage, ReadOnlyShowsButDoesNotEdit)
{
    ChangesUi f;
    const qint64 id = f.draft(f.request());
    f.context.readOnly = true;
    ChangesPage page(f.context);
    test::showActive(page);
    EXPECT_FALSE(page.newButton()->isVisible());
    EXPECT_EQ(page.board()->idsIn(BoardColumn::Draft), QList<qint64>{id});
    ChangeDialog dialog(f.context, f.changes, f.config, id);
    test::showActive(dialog);
    EXPECT_FALSE(dialog.editor()->isEditable());
    EXPECT_TRUE(dialog.editor()->title()->isReadOnly());
    for (int a = 0; a < ChangeDialog::ActionCount; ++a)
        EXPECT_FALSE(dialog.button(ChangeDialog::Action(a))->isVisible()) << a;
    EXPECT_FALSE(dialog.saveDraft());
}

TEST(ChangesPage, RetranslatesOnLanguageChange)
{
    ChangesUi f;
    ChangesPage page(f.context);
    ChangeDialog dialog(f.context, f.changes, f.config, 0);
    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_TRUE(page.tabs()->tabText(ChangesPage::CalendarTab).startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(page.newButton()->text().startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(dialog.button(ChangeDialog::Submit)->text().startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(dialog.editor()->windowCheck()->text().startsWith(QStringLiteral("⟦")));
    QCoreApplication::removeTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_EQ(page.tabs()->tabText(ChangesPage::BoardTab), QStringLiteral("Board"));
}

class ChangesScreens : public ::testing::TestWithParam<const char *> {};

TEST_P(ChangesScreens, BoardCalendarAndEditor)
{
    const QString lang = QString::fromLatin1(GetParam());
    test::UiFixture f(lang);
    for (const DemoGenerator::Step &step : DemoGenerator::steps())
        if (auto written = step.run(*f.backend, DemoScale::Small); !written)
            std::cerr << "demo step skipped: " << written.error().toStdString() << '\n';
    auto signedIn = f.backend->operators().signIn(QStringLiteral("admin"), QStringLiteral("1000"));
    ASSERT_TRUE(signedIn.ok());
    f.session.setActor(*signedIn);

    ChangesPage page(f.context);
    page.resize(1400, 860);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto all = page.changes().list();
    ASSERT_TRUE(all.ok());
    ASSERT_GE(all->size(), 5);
    page.showTab(ChangesPage::BoardTab);
    QApplication::processEvents();
    QImage shot = test::saveScreenshot(page, lang + QStringLiteral("-changes-board"));
    EXPECT_GT(test::distinctColours(shot), 12);

    // The calendar on the week of the emergency change approved in trading hours.
    QDate week = QDate::currentDate();
    qint64 openId = all->first().id;
    for (const ChangeSummary &c : *all)
        if (c.inTradingHours)
            week = c.windowStart.toTimeZone(QTimeZone(8 * 3600)).date();
    for (const ChangeSummary &c : *all)
        if (c.state == ChangeState::Approved || c.state == ChangeState::Submitted)
            openId = c.id;
    page.showTab(ChangesPage::CalendarTab);
    page.showWeek(week);
    QApplication::processEvents();
    shot = test::saveScreenshot(page, lang + QStringLiteral("-changes-calendar"));
    EXPECT_GT(test::distinctColours(shot), 12);

    ChangeDialog dialog(f.context, page.changes(), page.config(), openId);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::processEvents();
    shot = test::saveScreenshot(dialog, lang + QStringLiteral("-changes-editor"));
    EXPECT_GT(test::distinctColours(shot), 12);

    ChangeDialog fresh(f.context, page.changes(), page.config(), 0);
    fresh.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&fresh));
    QApplication::processEvents();
    test::saveScreenshot(fresh, lang + QStringLiteral("-changes-editor-new"));
}

INSTANTIATE_TEST_SUITE_P(Languages, ChangesScreens, ::testing::Values("zh_CN", "en"));

} // namespace
