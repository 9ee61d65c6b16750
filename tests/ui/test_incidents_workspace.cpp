#include "access/sign_in_dialog.h"
#include "incidents/facts_editor.h"
#include "incidents/incident_header.h"
#include "incidents/incident_workspace.h"
#include "incidents/incidents_page.h"
#include "incidents/obligation_table_model.h"
#include "incidents/obligations_panel.h"
#include "incidents/procedure_checklist.h"
#include "incidents/report_dialog.h"
#include "incidents/timeline_panel.h"
#include "incidents/waive_dialog.h"
#include "shell/main_window.h"
#include "test_incidents_fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

struct OpenPage {
    IncidentsPage page;
    explicit OpenPage(UiContext &context, qint64 id)
        : page(context)
    {
        page.resize(1200, 800);
        page.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&page));
        page.openIncident(id);
        QApplication::processEvents();
    }
    IncidentWorkspace &workspace() { return *page.workspace(); }
    QString labelText(const char *name)
    {
        auto *label = page.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }
};

int rowWithState(const ObligationTableModel &model, ObligationState state)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.obligationAt(r).status.state == state)
            return r;
    return -1;
}

} // namespace

TEST(IncidentWorkspace, FiveTradingMinutesOfCentralizedTradingShowLargeWithTheRuleAndItsFacts)
{
    test::IncidentUi f;
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    OpenPage p(f.context, id);

    EXPECT_EQ(p.labelText("gradeBadge"), QStringLiteral("III Large"));
    const QString why = p.labelText("gradeWhy");
    EXPECT_TRUE(why.contains(QStringLiteral("Centralized or online trading of a securities/futures "
                                            "company down 5 trading minutes or more")))
        << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("outage_minutes=5 (trading) &gt;= 5")))
        << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("Source:"))) << why.toStdString();
    EXPECT_TRUE(p.labelText("incidentMeta").contains(QStringLiteral("Responding")));
    // Reports owed at once, with countdowns.
    ObligationTableModel *obligations = p.workspace().obligations()->model();
    ASSERT_GT(obligations->rowCount(), 0);
    EXPECT_TRUE(obligations->index(0, ObligationTableModel::CountdownColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("in ")));
    // The procedure of the fault type.
    EXPECT_GT(p.workspace().checklist()->steps()->count(), 3);
}

TEST(IncidentWorkspace, TheNextThresholdIsACountdownAndArmsTheWakeUpTimer)
{
    test::IncidentUi f;
    // 120,000 customers: 30 trading minutes make it 重大 (II) at 10:35.
    const qint64 id = f.declareOutage(QStringLiteral("集中交易系统中断"), QStringLiteral("10:05"),
                                      {{QStringLiteral("affected_customers"), 120000}});
    OpenPage p(f.context, id);
    EXPECT_EQ(p.labelText("nextThreshold"), QStringLiteral("Rises to Major at 10:35 (in 25 min)"));
    ASSERT_TRUE(p.page.wakeTimer()->isActive());
    EXPECT_LE(p.page.wakeTimer()->remainingTime(), 25 * 60 * 1000);
    EXPECT_TRUE(p.page.displayTimer()->isActive());

    // Time passes: the countdown moves without reading the database again.
    f.backend.clock().advanceSecs(12 * 60);
    p.workspace().setNow(f.backend.clock().now());
    EXPECT_EQ(p.labelText("nextThreshold"), QStringLiteral("Rises to Major at 10:35 (in 13 min)"));

    // The threshold passes: the wake-up regrades and the badge rises.
    f.backend.clock().advanceSecs(14 * 60);
    p.page.wakeTimer()->start(0);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return p.labelText("gradeBadge") == QStringLiteral("II Major"); }));
    EXPECT_EQ(f.backend->incidents().get(id)->grade, QStringLiteral("II"));

    // Hidden, the page needs no display timer.
    p.page.hide();
    EXPECT_FALSE(p.page.displayTimer()->isActive());
}

TEST(IncidentWorkspace, EnterInTheQuickNoteAddsATimelineEntry)
{
    test::IncidentUi f;
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    OpenPage p(f.context, id);
    QLineEdit *note = p.workspace().timeline()->noteField();
    const int before = int(f.backend->incidents().timeline(id)->size());
    QTest::keyClicks(note, QStringLiteral("10:12 "));
    note->insert(QStringLiteral("已通知信息技术负责人")); // keyClicks is ASCII only
    QTest::keyClick(note, Qt::Key_Return);
    const auto timeline = *f.backend->incidents().timeline(id);
    ASSERT_EQ(timeline.size(), before + 1);
    EXPECT_EQ(timeline.last().kind, QStringLiteral("note"));
    EXPECT_EQ(timeline.last().text, QStringLiteral("10:12 已通知信息技术负责人"));
    EXPECT_TRUE(note->text().isEmpty());
    QTreeWidget *tree = p.workspace().timeline()->entries();
    EXPECT_EQ(tree->topLevelItem(tree->topLevelItemCount() - 1)->text(3),
              QStringLiteral("10:12 已通知信息技术负责人"));
}

TEST(IncidentWorkspace, SubmittingAReportChangesItsStatus)
{
    test::IncidentUi f;
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    OpenPage p(f.context, id);
    ObligationTableModel *model = p.workspace().obligations()->model();
    ASSERT_GE(rowWithState(*model, ObligationState::Due), 0);
    const QString key = model->obligationAt(0).instance.key();
    EXPECT_EQ(model->obligationAt(0).status.state, ObligationState::Due);

    QString body;
    QString templateId;
    test::whenModal(&p.page, [&](QDialog *dialog) {
        auto *report = qobject_cast<ReportDialog *>(dialog);
        ASSERT_NE(report, nullptr);
        body = report->body();
        templateId = report->templateId();
        report->accept();
    });
    p.page.findChild<QPushButton *>(QStringLiteral("submitReport"))->click();
    EXPECT_TRUE(body.contains(QStringLiteral("集中交易系统委托失败"))) << body.toStdString();
    // The first obligation is the phone report; its template (incident_phone) is Chinese, so
    // the grade reads 较大（III级） whatever the desk's language.
    EXPECT_EQ(templateId, QStringLiteral("incident_phone"));
    EXPECT_TRUE(body.contains(QStringLiteral("III"))) << body.toStdString();
    const int row = model->rowOf(key);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->obligationAt(row).status.state, ObligationState::SubmittedOnTime);
    EXPECT_TRUE(model->index(row, ObligationTableModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Submitted 10:10")));
    EXPECT_EQ(f.backend->incidents().submissions(id)->size(), 1);
}

TEST(IncidentWorkspace, WaivingNeedsASecondPersonsPin)
{
    test::IncidentUi f;
    f.addOperator(QStringLiteral("lina"), QStringLiteral("李娜"), QStringLiteral("1357"),
                  {Role::DutyLeader, Role::Approver});
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    OpenPage p(f.context, id);
    ObligationTableModel *model = p.workspace().obligations()->model();
    const QString key = model->obligationAt(0).instance.key();

    bool confirmed = false;
    test::whenModal(&p.page, [&](QDialog *dialog) {
        auto *waive = qobject_cast<WaiveDialog *>(dialog);
        ASSERT_NE(waive, nullptr);
        waive->setReason(QStringLiteral("演练误报，无需报告"));
        test::whenModal(&p.page, [&](QDialog *second) {
            auto *signIn = qobject_cast<SignInDialog *>(second);
            ASSERT_NE(signIn, nullptr);
            signIn->findChild<QComboBox *>(QStringLiteral("operator"))
                ->setEditText(QStringLiteral("lina"));
            auto *pin = signIn->findChild<QLineEdit *>(QStringLiteral("pin"));
            QTest::keyClicks(pin, QStringLiteral("1357"));
            QTest::keyClick(pin, Qt::Key_Return);
            confirmed = signIn->result() == QDialog::Accepted;
        });
        waive->accept();
    });
    p.page.findChild<QPushButton *>(QStringLiteral("waiveReport"))->click();
    EXPECT_TRUE(confirmed);
    const int row = model->rowOf(key);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->obligationAt(row).status.state, ObligationState::Waived);
    ASSERT_EQ(f.backend->incidents().waivers(id)->size(), 1);
    EXPECT_EQ(f.backend->incidents().waivers(id)->first().confirmedBy, QStringLiteral("lina"));
}

TEST(IncidentWorkspace, ClosingWhileReportsAreOwedShowsTheRefusal)
{
    test::IncidentUi f;
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    OpenPage p(f.context, id);
    const auto click = [&](const char *name) {
        auto *button = p.page.findChild<QPushButton *>(QLatin1String(name));
        EXPECT_NE(button, nullptr) << name;
        if (button)
            button->click();
        QApplication::processEvents(); // replaced buttons go
    };
    click("state_recovered");
    EXPECT_EQ(f.backend->incidents().get(id)->state, IncidentState::Recovered);
    click("state_investigating");
    click("state_closed");
    EXPECT_EQ(f.backend->incidents().get(id)->state, IncidentState::Investigating);
    const QString refusal = p.labelText("stateMessage");
    EXPECT_TRUE(refusal.contains(QStringLiteral("cannot be closed while reports are owed")))
        << refusal.toStdString();
    EXPECT_TRUE(p.page.findChild<QLabel *>(QStringLiteral("stateMessage"))->isVisible());
}

TEST(IncidentWorkspace, SavingFactsRegradesAndARefusalNamesTheField)
{
    test::IncidentUi f;
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    OpenPage p(f.context, id);
    FactsEditor *facts = p.workspace().facts();
    p.workspace().tabs()->setCurrentWidget(facts);

    // Recovered before it started: refused, the field named and marked.
    auto *notRecovered = facts->findChild<QCheckBox *>(QStringLiteral("factNotRecovered"));
    notRecovered->setChecked(false);
    auto *recovered = facts->findChild<QDateTimeEdit *>(QStringLiteral("factRecoveredAt"));
    recovered->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    EXPECT_FALSE(facts->save());
    const QString error = p.labelText("factsMessage");
    EXPECT_TRUE(error.contains(QStringLiteral("recovered_at"))) << error.toStdString();
    notRecovered->setChecked(true);

    // 150,000 customers down since 09:30 (40 trading minutes): 重大.
    facts->findChild<QSpinBox *>(QStringLiteral("factAffectedCustomers"))->setValue(150000);
    facts->findChild<QDateTimeEdit *>(QStringLiteral("factStartedAt"))
        ->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
    EXPECT_TRUE(facts->isModified());
    QTest::keyClick(facts, Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(facts->isModified()) << p.labelText("factsMessage").toStdString();
    const Incident stored = *f.backend->incidents().get(id);
    EXPECT_EQ(stored.facts.value(QStringLiteral("affected_customers")).toInt(), 150000);
    EXPECT_EQ(stored.facts.value(QStringLiteral("started_at")).toString(),
              QStringLiteral("2026-03-02T09:30:00+08:00"));
    EXPECT_EQ(stored.grade, QStringLiteral("II"));
    EXPECT_EQ(p.labelText("gradeBadge"), QStringLiteral("II Major"));
}

TEST(IncidentWorkspace, AConflictingFactsSaveKeepsWhatWasTypedAndNamesWhoSavedFirst)
{
    test::IncidentUi f;
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    OpenPage p(f.context, id);
    FactsEditor *facts = p.workspace().facts();
    p.workspace().tabs()->setCurrentWidget(facts);
    auto *cause = facts->findChild<QLineEdit *>(QStringLiteral("factCause"));
    auto *rectification = facts->findChild<QPlainTextEdit *>(QStringLiteral("factRectification"));
    ASSERT_TRUE(cause && rectification);
    cause->setFocus();
    QTest::keyClicks(cause, QStringLiteral("gateway memory leak")); // QTest types ASCII keys only
    ASSERT_TRUE(facts->isModified());

    // Meanwhile 李娜 saves the facts at another desk (a console of its own on this database).
    const Actor lina = f.addOperator(QStringLiteral("lina"), QStringLiteral("李娜"),
                                     QStringLiteral("2222"), {Role::DutyOfficer});
    {
        auto other = Backend::open(f.backend.path(), OpenMode::ReadWrite, f.backend.clock());
        ASSERT_TRUE(other.ok()) << other.error().toStdString();
        Incident theirs = *(*other)->incidents().get(id);
        theirs.rectification = QStringLiteral("更换交换机");
        Status saved = (*other)->incidentService().updateFacts(lina, id, theirs);
        ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    }
    QApplication::processEvents();

    EXPECT_FALSE(facts->save());
    EXPECT_EQ(cause->text(), QStringLiteral("gateway memory leak")) << "the typed text stays";
    EXPECT_TRUE(facts->isModified());
    const QString message = p.labelText("factsMessage");
    EXPECT_TRUE(message.contains(QStringLiteral("changed by lina at 2026-03-02 10:10")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Your edits are still in the form")))
        << message.toStdString();
    EXPECT_TRUE(f.backend->incidents().get(id)->cause.isEmpty());

    // Revert shows what is stored now (李娜's); typed again, the save goes through.
    facts->findChild<QPushButton *>(QStringLiteral("revertFacts"))->click();
    EXPECT_EQ(rectification->toPlainText(), QStringLiteral("更换交换机"));
    EXPECT_TRUE(cause->text().isEmpty());
    cause->setFocus();
    QTest::keyClicks(cause, QStringLiteral("gateway memory leak"));
    EXPECT_TRUE(facts->save()) << p.labelText("factsMessage").toStdString();
    const Incident stored = *f.backend->incidents().get(id);
    EXPECT_EQ(stored.cause, QStringLiteral("gateway memory leak"));
    EXPECT_EQ(stored.rectification, QStringLiteral("更换交换机"));
}

TEST(IncidentWorkspace, TickingAStepWritesTheTimelineAndSurvivesAReload)
{
    test::IncidentUi f;
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    OpenPage p(f.context, id);
    QListWidget *steps = p.workspace().checklist()->steps();
    ASSERT_GT(steps->count(), 1);
    steps->item(0)->setCheckState(Qt::Checked);
    EXPECT_EQ(f.backend->incidents().timeline(id)->last().kind, QStringLiteral("checklist"));
    EXPECT_TRUE(f.backend->incidentService().checkedSteps(id, steps->count())->at(0));
    p.workspace().refresh();
    EXPECT_EQ(steps->item(0)->checkState(), Qt::Checked);
    EXPECT_EQ(steps->item(1)->checkState(), Qt::Unchecked);
}

TEST(IncidentWorkspace, ReadOnlyAndViewersCannotWrite)
{
    test::IncidentUi f;
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    f.context.readOnly = true;
    OpenPage p(f.context, id);
    EXPECT_FALSE(p.workspace().timeline()->noteField()->isEnabled());
    EXPECT_FALSE(p.page.findChild<QPushButton *>(QStringLiteral("state_recovered"))->isEnabled());
    EXPECT_FALSE(p.page.findChild<QPushButton *>(QStringLiteral("submitReport"))->isEnabled());
    EXPECT_FALSE(
        p.page.findChild<QPushButton *>(QStringLiteral("declareIncidentButton"))->isEnabled());
    EXPECT_FALSE(p.page.findChild<QLineEdit *>(QStringLiteral("factTitle"))->isEnabled());

    f.context.readOnly = false;
    const Actor viewer = f.addOperator(QStringLiteral("liuyang"), QStringLiteral("刘洋"),
                                       QStringLiteral("2222"), {Role::Viewer});
    f.session.setActor(viewer);
    EXPECT_FALSE(p.workspace().timeline()->noteField()->isEnabled());
    f.session.setActor(f.admin);
    EXPECT_TRUE(p.workspace().timeline()->noteField()->isEnabled());
}

TEST(IncidentWorkspace, EveryTextIsRetranslated)
{
    test::IncidentUi f;
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"),
                        {{QStringLiteral("affected_customers"), 120000}});
    OpenPage p(f.context, id);
    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QApplication::processEvents();
    const auto translated = [](const QString &text) { return text.contains(QStringLiteral("⟦")); };
    EXPECT_TRUE(translated(p.labelText("pageTitle")));
    EXPECT_TRUE(translated(p.labelText("nextThreshold")))
        << p.labelText("nextThreshold").toStdString();
    EXPECT_TRUE(translated(p.labelText("gradeWhy")));
    EXPECT_TRUE(translated(p.workspace().tabs()->tabText(0)));
    EXPECT_TRUE(
        translated(p.page.findChild<QGroupBox *>(QStringLiteral("obligationsPanel"))->title()));
    EXPECT_TRUE(
        translated(p.page.findChild<QGroupBox *>(QStringLiteral("timelinePanel"))->title()));
    EXPECT_TRUE(translated(p.page.table()->model()->headerData(0, Qt::Horizontal).toString()));
    EXPECT_TRUE(
        translated(p.workspace().obligations()->model()->headerData(0, Qt::Horizontal).toString()));
    EXPECT_TRUE(
        translated(p.page.findChild<QPushButton *>(QStringLiteral("state_recovered"))->text()));
    QCoreApplication::removeTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_EQ(p.labelText("pageTitle"), QStringLiteral("Incidents"));
}

namespace {
class WorkspaceScreenshots : public ::testing::TestWithParam<const char *> {};
} // namespace

// The incidents page at 10:10 with a few incidents and the first one open, in both languages.
TEST_P(WorkspaceScreenshots, IncidentsPageWithAWorkspaceOpen)
{
    const QString lang = QString::fromLatin1(GetParam());
    test::IncidentUi f(lang);
    FakeClock &clock = f.backend.clock();
    const auto at = [&clock](int hour, int minute) { // Beijing time today
        clock.set(QDateTime(QDate(2026, 3, 2), QTime(hour, minute),
                            QTimeZone(QByteArrayLiteral("Asia/Shanghai"))));
    };
    at(9, 41);
    f.declareOutage(QStringLiteral("网上交易登录缓慢"), QStringLiteral("09:40"));
    at(9, 52);
    const qint64 recovered =
        f.declareOutage(QStringLiteral("行情系统延迟"), QStringLiteral("09:50"));
    at(9, 58);
    (void)f.backend->incidentService().changeState(f.admin, recovered, IncidentState::Recovered);
    at(10, 6);
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败，部分营业部无法下单"),
                        QStringLiteral("10:05"), {{QStringLiteral("affected_customers"), 120000}});
    at(10, 7);
    (void)f.backend->incidents().addNote(f.admin, id,
                                         QStringLiteral("交易网关报警，已通知信息技术负责人"));
    (void)f.backend->incidentService().checkStep(f.admin, id, 0, true);
    at(10, 9);
    const auto note =
        f.backend->incidents().addNote(f.admin, id, QStringLiteral("10:08 切换备用网关"));
    at(10, 11);
    (void)f.backend->incidents().addNote(f.admin, id, QStringLiteral("切换时间应为 10:09"), *note);
    (void)f.backend->incidentService().checkStep(f.admin, id, 1, true);
    at(10, 14);
    (void)f.backend->incidentService().submitReport(
        f.admin, id, f.backend->incidentService().view(id)->obligations.at(1).instance.key(),
        QStringLiteral("已电话报告"));
    at(10, 27); // the internal phone report is overdue; 重大 is 8 minutes away
    MainWindow window(f.context);
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.showPage(QStringLiteral("incidents")));
    auto *page = qobject_cast<IncidentsPage *>(window.page(QStringLiteral("incidents")));
    ASSERT_NE(page, nullptr);
    page->openIncident(id);
    QApplication::processEvents();
    const QImage shot = test::saveScreenshot(window, lang + QStringLiteral("-incidents-workspace"));
    EXPECT_GT(test::distinctColours(shot), 24);

    page->workspace()->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    test::saveScreenshot(window, lang + QStringLiteral("-incidents-facts"));
}

INSTANTIATE_TEST_SUITE_P(Languages, WorkspaceScreenshots, ::testing::Values("zh_CN", "en"));
