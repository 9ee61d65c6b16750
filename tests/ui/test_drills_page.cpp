#include "common/inline_message.h"
#include "drills/contact_picker.h"
#include "drills/drill_editor.h"
#include "drills/drill_plan_editor.h"
#include "drills/drill_record_editor.h"
#include "drills/drill_ui.h"
#include "drills/drill_year_view.h"
#include "drills/drills_page.h"
#include "drills/findings_board.h"
#include "drills/training_panel.h"
#include "test_drills_fixture.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

QStringList columnTexts(QTableWidget *table, int column)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        if (!table->isRowHidden(row) && table->item(row, column))
            out << table->item(row, column)->text();
    return out;
}

void check(ContactPicker *picker, const QString &name)
{
    QListWidget *list = picker->list();
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(name))
            list->item(i)->setCheckState(Qt::Checked);
}

} // namespace

TEST(DrillsPage, PlanThroughTheEditorApprovalRefusedThenApproved)
{
    test::DrillsUi f;
    DrillsPage page(f.context);
    test::showActive(page);
    page.newDrill();
    EXPECT_EQ(page.tabs()->currentIndex(), int(DrillsPage::DrillTab));
    DrillEditor *editor = page.editor();
    DrillPlanEditor *plan = editor->planEditor();

    QTest::keyClicks(plan->titleEdit(), QStringLiteral("2026 H1 switch-over drill"));
    QTest::keyClicks(plan->partEdit(PlanPart::Purpose), QStringLiteral("Check the failover"));
    // The missing list follows the typing: purpose is there, the rest is not.
    const QString missing = plan->missingLabel()->text();
    EXPECT_FALSE(missing.contains(QStringLiteral("Purpose"))) << missing.toStdString();
    EXPECT_TRUE(missing.contains(QStringLiteral("Preparation"))) << missing.toStdString();
    EXPECT_TRUE(missing.contains(QStringLiteral("7 of 8"))) << missing.toStdString();

    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    ASSERT_NE(editor->drillId(), 0); // saved as a draft first
    EXPECT_TRUE(editor->message()->isError());
    const QString refusal = editor->message()->text();
    for (PlanPart part :
         {PlanPart::Scenario, PlanPart::Time, PlanPart::Participants, PlanPart::Method,
          PlanPart::Preparation, PlanPart::Recording, PlanPart::Recovery})
        EXPECT_TRUE(refusal.contains(planPartName(part))) << refusal.toStdString();
    EXPECT_FALSE(refusal.contains(planPartName(PlanPart::Purpose) + QStringLiteral(",")));
    EXPECT_EQ(f.repo().drill(editor->drillId())->status, DrillStatus::Draft);

    QTest::keyClicks(plan->partEdit(PlanPart::Scenario), QStringLiteral("Primary database down"));
    plan->plannedStart()->setValue(test::DrillsUi::local(2026, 3, 10, 16, 0));
    plan->plannedEnd()->setValue(test::DrillsUi::local(2026, 3, 10, 19, 0));
    plan->participants()->searchBox()->setText(QStringLiteral("李"));
    int visible = 0;
    for (int i = 0; i < plan->participants()->list()->count(); ++i)
        visible += plan->participants()->list()->item(i)->isHidden() ? 0 : 1;
    EXPECT_EQ(visible, 1);
    check(plan->participants(), QStringLiteral("李娜"));
    check(plan->participants(), QStringLiteral("张伟"));
    plan->methodBox()->setCurrentIndex(plan->methodBox()->findData(int(DrillMethod::SwitchOver)));
    QTest::keyClicks(plan->partEdit(PlanPart::Preparation), QStringLiteral("Inspect the standby"));
    QTest::keyClicks(plan->partEdit(PlanPart::Recording), QStringLiteral("Record every step"));
    QTest::keyClicks(plan->partEdit(PlanPart::Recovery), QStringLiteral("Verify orders fill"));
    plan->addSystem(QStringLiteral("集中交易系统"), 30);
    EXPECT_TRUE(plan->missingParts().isEmpty());
    EXPECT_TRUE(plan->missingLabel()->text().contains(QStringLiteral("All eight")));

    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    EXPECT_FALSE(editor->message()->isError()) << editor->message()->text().toStdString();
    auto stored = f.repo().drill(editor->drillId());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->status, DrillStatus::Approved);
    EXPECT_EQ(stored->participants.size(), 2);
    EXPECT_EQ(stored->systems.size(), 1);
    EXPECT_EQ(stored->method, DrillMethod::SwitchOver);
    EXPECT_EQ(editor->statusLabel()->text(), drillStatusName(DrillStatus::Approved));
    EXPECT_TRUE(editor->startButton()->isEnabled());
    // The year view lists it.
    EXPECT_TRUE(columnTexts(page.yearView()->table(), 0)
                    .contains(QStringLiteral("2026 H1 switch-over drill")));
}

TEST(DrillsPage, RecordAndCompleteAskTheUpdateQuestion)
{
    test::DrillsUi f;
    const qint64 id = f.approved(QStringLiteral("切换演练"), test::DrillsUi::local(2026, 1, 5, 9));
    DrillsPage page(f.context);
    page.openDrill(id);
    DrillEditor *editor = page.editor();
    ASSERT_TRUE(editor->start().ok());
    EXPECT_EQ(editor->tabs()->currentIndex(), 1);
    DrillRecordEditor *record = editor->recordEditor();
    EXPECT_EQ(record->attendanceTable()->rowCount(), 2);
    record->actualEnd()->setValue(test::DrillsUi::local(2026, 1, 5, 11));
    record->outcomeBox()->setCurrentIndex(
        record->outcomeBox()->findData(int(DrillOutcome::Success)));
    record->measuredTable()->item(0, 2)->setText(QStringLiteral("45"));
    EXPECT_TRUE(record->measuredTable()->item(0, 3)->text().contains(QStringLiteral("not met")));
    record->attendanceTable()->item(0, 1)->setCheckState(Qt::Checked);
    ASSERT_TRUE(record->addTimelineEntry({}, QStringLiteral("切换开始")).ok());
    EXPECT_EQ(record->timelineTable()->rowCount(), 1);
    // No answer: refused.
    EXPECT_FALSE(editor->complete(std::nullopt, QString()).ok());
    ASSERT_TRUE(editor->complete(true, QStringLiteral("补充备机切换步骤")).ok())
        << editor->message()->text().toStdString();
    auto d = f.repo().drill(id);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->status, DrillStatus::Completed);
    EXPECT_EQ(d->planUpdateNeeded, std::optional<bool>(true));
    EXPECT_EQ(d->systems.first().measuredMinutes, 45);
    EXPECT_TRUE(d->attendance.first().present);
    EXPECT_TRUE(editor->retentionLabel()->text().contains(QStringLiteral("2028-01-05")))
        << editor->retentionLabel()->text().toStdString();
    // Retention: deleting is refused, saying until when.
    page.editor()->findChild<QPushButton *>(QStringLiteral("removeDrill"))->click();
    EXPECT_TRUE(editor->message()->isError());
    EXPECT_TRUE(editor->message()->text().contains(QStringLiteral("until 2028-01-05")))
        << editor->message()->text().toStdString();
    EXPECT_TRUE(f.repo().drill(id).ok());
}

TEST(DrillsPage, YearBadgesForCompliantAndNonCompliantHalfYears)
{
    test::DrillsUi f;
    f.held(QStringLiteral("上半年切换演练"), test::DrillsUi::local(2025, 6, 30, 23, 0));
    f.planned(QStringLiteral("下半年草稿"), test::DrillsUi::local(2025, 10, 12));
    DrillsPage page(f.context);
    DrillYearView *year = page.yearView();
    year->setYear(2025);
    QLabel *h1 = year->badge(1);
    QLabel *h2 = year->badge(2);
    EXPECT_TRUE(h1->property("compliant").toBool());
    EXPECT_TRUE(h1->text().contains(QStringLiteral("✓"))) << h1->text().toStdString();
    EXPECT_TRUE(h1->text().contains(QStringLiteral("compliant")));
    EXPECT_TRUE(h1->text().contains(QStringLiteral("上半年切换演练")));
    EXPECT_FALSE(h2->property("compliant").toBool());
    EXPECT_TRUE(h2->text().contains(QStringLiteral("✗ "))) << h2->text().toStdString();
    EXPECT_TRUE(h2->text().contains(QStringLiteral("not compliant")));
    EXPECT_TRUE(h2->text().contains(QStringLiteral("下半年草稿"))); // only a draft
    EXPECT_EQ(year->table()->rowCount(), 2);
    // Filtering by status.
    year->statusFilter()->setCurrentIndex(
        year->statusFilter()->findData(int(DrillStatus::Completed)));
    EXPECT_EQ(columnTexts(year->table(), 0), QStringList{QStringLiteral("上半年切换演练")});
    year->statusFilter()->setCurrentIndex(0);
    year->filterEdit()->setText(QStringLiteral("草稿"));
    EXPECT_EQ(columnTexts(year->table(), 0), QStringList{QStringLiteral("下半年草稿")});
}

TEST(DrillsPage, SixtyDayWarningAndAnnualReport)
{
    test::DrillsUi f;
    f.backend.clock().set(test::DrillsUi::local(2026, 5, 15, 10));
    DrillsPage page(f.context);
    DrillYearView *year = page.yearView();
    year->setYear(2026);
    EXPECT_FALSE(year->warningLabel()->isHidden());
    EXPECT_FALSE(year->warningLabel()->text().isEmpty());
    f.approved(QStringLiteral("六月演练"), test::DrillsUi::local(2026, 6, 10));
    year->reload();
    EXPECT_TRUE(year->warningLabel()->isHidden()) << year->warningLabel()->text().toStdString();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drills-2026.html"));
    Status written = year->writeAnnualReport(path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_GT(QFileInfo(path).size(), 100);
    EXPECT_FALSE(year->writeAnnualReport(dir.filePath(QStringLiteral("x.doc"))).ok());
}

TEST(DrillsPage, FindingsBoardShowsOverdueActions)
{
    test::DrillsUi f;
    const qint64 drill = f.held(QStringLiteral("演练甲"), test::DrillsUi::local(2025, 11, 3));
    f.findingWithAction(drill, QDate(2025, 12, 20), QStringLiteral("同步备机参数"));
    f.findingWithAction(drill, QDate(2026, 2, 1), QStringLiteral("更新切换手册"));
    DrillsPage page(f.context);
    FindingsBoard *board = page.findings();
    QTableWidget *table = board->table();
    ASSERT_EQ(table->rowCount(), 2);
    int overdueRow = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 2)->text() == QStringLiteral("同步备机参数"))
            overdueRow = row;
    ASSERT_GE(overdueRow, 0);
    const QString status = table->item(overdueRow, 1)->text();
    EXPECT_TRUE(status.contains(QStringLiteral("overdue"))) << status.toStdString();
    EXPECT_EQ(table->item(overdueRow, 1)->foreground().color(), QColor(0xb3, 0x26, 0x1e));
    EXPECT_EQ(table->item(overdueRow, 3)->text(), QStringLiteral("王强"));
    EXPECT_TRUE(board->summary()->text().contains(QStringLiteral("1 overdue")));
    // Filter to overdue only, then by owner.
    board->statusFilter()->setCurrentIndex(board->statusFilter()->findData(-3));
    EXPECT_EQ(columnTexts(table, 2), QStringList{QStringLiteral("同步备机参数")});
    board->statusFilter()->setCurrentIndex(0);
    EXPECT_EQ(board->ownerFilter()->findData(f.zhang), -1); // 张伟 owns nothing: not offered
    board->ownerFilter()->setCurrentIndex(board->ownerFilter()->findData(f.wang));
    EXPECT_EQ(columnTexts(table, 2).size(), 2);
    // The year view counts them.
    page.yearView()->setYear(2025);
    EXPECT_TRUE(page.yearView()->actionsLabel()->text().contains(QStringLiteral("1 overdue")))
        << page.yearView()->actionsLabel()->text().toStdString();
    EXPECT_TRUE(columnTexts(page.yearView()->table(), 6).contains(QStringLiteral("1 overdue")));
    // Adding a finding through the board.
    auto added = board->addFinding(drill, QStringLiteral("通讯录未更新"));
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    EXPECT_EQ(table->rowCount(), 3);
}

TEST(DrillsPage, TrainingRegisterAndStatus)
{
    test::DrillsUi f;
    DrillsPage page(f.context);
    TrainingPanel *training = page.training();
    training->newSession();
    training->topicBox()->setCurrentIndex(
        training->topicBox()->findData(int(TrainingTopic::EmergencyPlan)));
    QTest::keyClicks(training->titleEdit(), QStringLiteral("Emergency plan training"));
    training->dateEdit()->setDate(QDate(2025, 12, 1));
    QTest::keyClicks(training->trainerEdit(), QStringLiteral("External trainer"));
    check(training->attendees(), QStringLiteral("张伟"));
    Status saved = training->saveSession();
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(training->sessionsTable()->rowCount(), 1);
    QTableWidget *status = training->statusTable();
    QHash<QString, QString> current;
    for (int row = 0; row < status->rowCount(); ++row)
        current.insert(status->item(row, 0)->text(), status->item(row, 3)->text());
    EXPECT_TRUE(current.value(QStringLiteral("张伟")).contains(QStringLiteral("✓")));
    EXPECT_TRUE(current.value(QStringLiteral("李娜")).contains(QStringLiteral("✗ never")));
    EXPECT_FALSE(current.contains(QStringLiteral("王强"))); // no key post
    // An empty title is refused inline.
    training->newSession();
    EXPECT_FALSE(training->saveSession().ok());
    EXPECT_TRUE(training->message()->isError());
}

TEST(DrillsPage, ReadOnlyDeskAndViewersCannotChangeAnything)
{
    test::DrillsUi f;
    const qint64 id = f.planned(QStringLiteral("草稿"), test::DrillsUi::local(2026, 3, 1));
    f.context.readOnly = true;
    DrillsPage page(f.context);
    page.openDrill(id);
    EXPECT_FALSE(page.editor()->saveButton()->isEnabled());
    EXPECT_FALSE(page.editor()->approveButton()->isEnabled());
    EXPECT_TRUE(page.editor()->planEditor()->titleEdit()->isReadOnly());
    EXPECT_FALSE(page.findChild<QPushButton *>(QStringLiteral("newFinding"))->isEnabled());
    EXPECT_FALSE(page.findChild<QPushButton *>(QStringLiteral("saveTraining"))->isEnabled());
    f.context.readOnly = false;
    // An operator without the approval permission may edit but not approve.
    const Actor duty = f.addOperator(QStringLiteral("duty1"), QStringLiteral("值班员"),
                                     QStringLiteral("246810"), {Role::DutyOfficer});
    f.session.setActor(duty);
    EXPECT_TRUE(page.editor()->saveButton()->isEnabled());
    EXPECT_FALSE(page.editor()->approveButton()->isEnabled());
}

TEST(DrillsPage, KeyboardSwitchesTabsAndRemembersTheTab)
{
    test::DrillsUi f;
    {
        DrillsPage page(f.context);
        test::showActive(page);
        QTest::keyClick(&page, Qt::Key_3, Qt::AltModifier);
        EXPECT_EQ(page.tabs()->currentIndex(), int(DrillsPage::FindingsTab));
        QTest::keyClick(&page, Qt::Key_N, Qt::AltModifier);
        EXPECT_EQ(page.tabs()->currentIndex(), int(DrillsPage::DrillTab));
        QTest::keyClick(&page, Qt::Key_4, Qt::AltModifier);
        EXPECT_EQ(page.tabs()->currentIndex(), int(DrillsPage::TrainingTab));
    }
    DrillsPage again(f.context);
    EXPECT_EQ(again.tabs()->currentIndex(), int(DrillsPage::TrainingTab));
}
