// TestingPage (tests and deliveries) and the incident workspace's "Affected items and recent
// changes" panel, with the data built through the core registers.
#include "changes/change_register.h"
#include "common/inline_message.h"
#include "config/config_registry.h"
#include "delivery/delivery_register.h"
#include "incidents/affected_items_panel.h"
#include "incidents/config_item_checklist.h"
#include "incidents/declare_dialog.h"
#include "incidents/incident_workspace.h"
#include "incidents/incidents_page.h"
#include "incidents/zoned_time_edit.h"
#include "test_incidents_fixture.h"
#include "testing/deliveries_panel.h"
#include "testing/test_register.h"
#include "testing/testing_page.h"
#include "testing/tests_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

// Institution time (UTC+8) to UTC.
QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
}

// The incident desk (Monday 2 March 2026, 10:10 Beijing time) with the registers of issue 11
// and the four people of a change.
struct TestingUi : test::IncidentUi {
    ConfigRegistry config{backend->database(), backend->audit(), backend->clock()};
    ChangeRegister changes{backend->database(), backend->audit(),    backend->clock(),
                           backend->calendar(), backend->settings(), config};
    TestRegister tests{backend->database(), backend->audit(), backend->clock(), changes};
    DeliveryRegister deliveries{backend->database(), backend->audit(), backend->clock()};

    explicit TestingUi(const QString &lang = QStringLiteral("en"))
        : IncidentUi(lang)
    {}

    qint64 item(const QString &number, const QString &kind, const QString &name)
    {
        ConfigItem i;
        i.number = number;
        i.kind = kind;
        i.name = name;
        i.systemClass = 4;
        auto id = config.add(admin, i);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        return id ? *id : 0;
    }

    // A change to `items` implemented on Saturday evening two days before the incident.
    QString implementedChange(const QList<qint64> &items)
    {
        const Actor applicant = addOperator(QStringLiteral("zhangwei"), QStringLiteral("张伟"),
                                            QStringLiteral("1234"), {Role::DutyOfficer});
        const Actor approver = addOperator(QStringLiteral("wangqiang"), QStringLiteral("王强"),
                                           QStringLiteral("1234"), {Role::ItLead, Role::Approver});
        const Actor implementer = addOperator(QStringLiteral("lina"), QStringLiteral("李娜"),
                                              QStringLiteral("1234"), {Role::DutyOfficer});
        const Actor reviewer = addOperator(QStringLiteral("chenjing"), QStringLiteral("陈静"),
                                           QStringLiteral("1234"), {Role::DutyLeader});
        ChangeRequest r;
        r.title = QStringLiteral("集中交易数据库补丁升级");
        r.goal = QStringLiteral("修复数据库已知缺陷");
        r.itemIds = items;
        r.windowStart = local(2026, 2, 28, 20); // Saturday
        r.windowEnd = local(2026, 2, 28, 23);
        r.implementerId = implementer.operatorId();
        r.reviewerId = reviewer.operatorId();
        r.steps = QStringLiteral("1. 停止应用 2. 安装补丁 3. 启动");
        r.testPlan = QStringLiteral("仿真环境回归测试");
        r.implementationPlan = QStringLiteral("两人操作，一人复核");
        r.riskControls = QStringLiteral("提前全量备份");
        r.emergencyPlan = QStringLiteral("启用备库");
        r.rollbackPlan = QStringLiteral("卸载补丁并恢复备份");
        const QDateTime now = backend.clock().now();
        backend.clock().set(local(2026, 2, 27, 15));
        auto id = changes.saveDraft(applicant, r);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        if (!id)
            return {};
        EXPECT_TRUE(changes.submit(applicant, *id).ok());
        Status approved = changes.approve(approver, *id,
                                          {RiskLevel::Medium,
                                           RiskLevel::Low,
                                           QStringLiteral("风险可控，窗口在非交易时段"),
                                           {},
                                           {}});
        EXPECT_TRUE(approved.ok()) << (approved ? "" : approved.error().toStdString());
        backend.clock().set(local(2026, 2, 28, 20, 5));
        EXPECT_TRUE(changes
                        .recordTest(implementer, *id, ChangeTest::Phase::Before,
                                    QStringLiteral("备份校验"), true)
                        .ok());
        EXPECT_TRUE(changes.start(implementer, *id).ok());
        backend.clock().set(local(2026, 2, 28, 21, 30));
        EXPECT_TRUE(changes
                        .recordTest(implementer, *id, ChangeTest::Phase::After,
                                    QStringLiteral("回归测试通过"), true)
                        .ok());
        Status finished = changes.finish(implementer, *id, false, QStringLiteral("补丁已安装"));
        EXPECT_TRUE(finished.ok()) << (finished ? "" : finished.error().toStdString());
        backend.clock().set(now);
        return changes.change(*id)->number;
    }

    // A demo-like incident: centralized trading down, its application and database linked,
    // a gateway depending on the application, and the database patched two days before.
    struct Demo {
        qint64 incident = 0;
        QString change;
    };
    Demo demoIncident()
    {
        const qint64 app = item(QStringLiteral("APP-0001"), QStringLiteral("application"),
                                QStringLiteral("集中交易系统"));
        const qint64 db = item(QStringLiteral("DB-0001"), QStringLiteral("database"),
                               QStringLiteral("集中交易数据库"));
        const qint64 gw = item(QStringLiteral("APP-0002"), QStringLiteral("application"),
                               QStringLiteral("网上交易系统"));
        item(QStringLiteral("SRV-0009"), QStringLiteral("server"), QStringLiteral("备用主机"));
        EXPECT_TRUE(config.addRelation(admin, app, db, RelationKind::DependsOn).ok());
        EXPECT_TRUE(config.addRelation(admin, gw, app, RelationKind::DependsOn).ok());
        Demo d;
        d.change = implementedChange({db});
        signInAdmin();
        d.incident = declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
        EXPECT_TRUE(config.setIncidentItems(admin, d.incident, {app, db}).ok());
        return d;
    }

    TestPlan productionTest()
    {
        TestPlan p;
        p.title = QStringLiteral("集中交易系统容量测试");
        p.environment = TestEnvironment::Production;
        p.aspects = {TestAspect::Performance, TestAspect::Capacity};
        p.scope = QStringLiteral("模拟 3 倍峰值委托量，响应时间 < 50 ms 为通过");
        p.windowStart = local(2026, 3, 7, 9); // Saturday
        p.windowEnd = local(2026, 3, 7, 17);
        return p;
    }
};

int rowOf(QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, column) && table->item(row, column)->text().contains(text))
            return row;
    return -1;
}

// Types `text` as the user would (QTest::keyClicks knows only Latin-1 keys).
void type(QLineEdit *edit, const QString &text)
{
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    edit->setText(edit->text() + text);
    emit edit->textEdited(edit->text());
}

void click(QWidget &page, const char *button)
{
    auto *b = test::child<QPushButton>(page, button);
    ASSERT_NE(b, nullptr);
    ASSERT_TRUE(b->isEnabled()) << button;
    QTest::mouseClick(b, Qt::LeftButton);
}

} // namespace

TEST(TestingPage, AProductionTestStartsOnlyOnceBackupAnnouncementAndStaffAreRecorded)
{
    TestingUi f;
    TestingPage page(f.context);
    test::showActive(page);
    ASSERT_TRUE(page.navigateTo(QStringLiteral("tests")));
    EXPECT_EQ(page.tabs()->currentIndex(), int(TestingPage::TestsTab));

    click(page, "testsNew");
    type(test::child<QLineEdit>(page, "testTitle"), QStringLiteral("集中交易系统容量测试"));
    auto *environment = test::child<QComboBox>(page, "testEnvironment");
    environment->setCurrentIndex(environment->findData(int(TestEnvironment::Production)));
    EXPECT_TRUE(test::child<QGroupBox>(page, "testProduction")->isVisible());
    test::child<QCheckBox>(page, "testAspect_performance")->setChecked(true);
    test::child<QCheckBox>(page, "testAspect_capacity")->setChecked(true);
    test::child<QPlainTextEdit>(page, "testScope")
        ->setPlainText(QStringLiteral("模拟 3 倍峰值委托量，响应时间 < 50 ms 为通过"));
    test::child<ZonedTimeEdit>(page, "testWindowStart")->setInstant(local(2026, 3, 7, 9));
    test::child<ZonedTimeEdit>(page, "testWindowEnd")->setInstant(local(2026, 3, 7, 17));

    // What blocks starting is listed from the form before anything is saved.
    auto *blockers = test::child<QLabel>(page, "testBlockers");
    EXPECT_TRUE(blockers->text().contains(QStringLiteral("backup")))
        << blockers->text().toStdString();
    EXPECT_TRUE(blockers->text().contains(QStringLiteral("announcement")));
    EXPECT_TRUE(blockers->text().contains(QStringLiteral("operations staff")));

    // Start saves the plan and is refused in the same transaction: nothing is stored.
    click(page, "testStart");
    auto *message = test::child<InlineMessage>(page, "testMessage");
    EXPECT_TRUE(message->isError());
    EXPECT_TRUE(message->text().contains(QStringLiteral("backup")))
        << message->text().toStdString();
    EXPECT_TRUE(f.tests.plans()->isEmpty());
    EXPECT_EQ(page.tests()->current().state, TestState::Planned);

    click(page, "testSave");
    ASSERT_EQ(f.tests.plans()->size(), 1);
    const qint64 id = f.tests.plans()->first().id;
    EXPECT_EQ(page.tests()->current().id, id);
    QTableWidget *table = page.tests()->table();
    ASSERT_EQ(table->rowCount(), 1);
    click(page, "testStart");
    EXPECT_TRUE(message->isError());
    EXPECT_EQ(f.tests.plan(id)->state, TestState::Planned);

    type(test::child<QLineEdit>(page, "testBackup"), QStringLiteral("全量数据库备份至磁带 T-0307"));
    type(test::child<QLineEdit>(page, "testAnnouncement"),
         QStringLiteral("3 月 5 日向全体营业部发布测试公告"));
    EXPECT_TRUE(blockers->text().contains(QStringLiteral("operations staff")));
    EXPECT_FALSE(blockers->text().contains(QStringLiteral("backup")));
    type(test::child<QLineEdit>(page, "testStaff"), QStringLiteral("运维部 李娜、周杰"));
    EXPECT_TRUE(blockers->text().contains(QStringLiteral("Nothing")))
        << blockers->text().toStdString();

    click(page, "testStart");
    EXPECT_FALSE(message->isError()) << message->text().toStdString();
    EXPECT_EQ(f.tests.plan(id)->state, TestState::Running);
    EXPECT_EQ(f.tests.plan(id)->operationsStaff, QStringLiteral("运维部 李娜、周杰"));
    EXPECT_EQ(table->item(0, 4)->text(), testStateName(TestState::Running));
    EXPECT_TRUE(test::child<QGroupBox>(page, "testOutcome")->isVisible());
    EXPECT_TRUE(blockers->text().contains(QStringLiteral("restore")))
        << blockers->text().toStdString();
    EXPECT_FALSE(test::child<QPushButton>(page, "testStart")->isEnabled());

    // Completing needs the restore and its verification (and the report).
    test::child<QPlainTextEdit>(page, "testReport")->setPlainText(QStringLiteral("峰值 3 倍通过"));
    test::child<QCheckBox>(page, "testPassed")->setChecked(true);
    click(page, "testComplete");
    EXPECT_TRUE(message->isError());
    EXPECT_EQ(f.tests.plan(id)->state, TestState::Running);
    type(test::child<QLineEdit>(page, "testRestore"), QStringLiteral("恢复测试前数据"));
    type(test::child<QLineEdit>(page, "testVerification"),
         QStringLiteral("核对账户余额与持仓一致"));
    click(page, "testComplete");
    EXPECT_EQ(f.tests.plan(id)->state, TestState::Completed);
    EXPECT_TRUE(f.tests.plan(id)->passed);
    EXPECT_FALSE(test::child<QPushButton>(page, "testSave")->isEnabled());
}

TEST(TestingPage, ADeliveryWithAPendingChecklistEntryIsNotAccepted)
{
    TestingUi f;
    TestingPage page(f.context);
    test::showActive(page);
    ASSERT_TRUE(page.navigateTo(QStringLiteral("deliveries")));
    EXPECT_EQ(page.tabs()->currentIndex(), int(TestingPage::DeliveriesTab));
    DeliveriesPanel *panel = page.deliveries();

    type(test::child<QLineEdit>(page, "deliveryTitle"), QStringLiteral("新一代集中交易系统交付"));
    type(test::child<QLineEdit>(page, "deliverySupplier"), QStringLiteral("某软件公司"));
    // Starting without the plan's responsibilities and steps is refused, naming them.
    click(page, "deliveryStart");
    auto *message = test::child<InlineMessage>(page, "deliveryMessage");
    EXPECT_TRUE(message->isError());
    EXPECT_TRUE(message->text().contains(QStringLiteral("responsibilities")))
        << message->text().toStdString();
    EXPECT_TRUE(f.deliveries.deliveries()->isEmpty());

    test::child<QPlainTextEdit>(page, "deliveryResponsibilities")
        ->setPlainText(QStringLiteral("供应商：部署；运维部：验收"));
    test::child<QPlainTextEdit>(page, "deliverySteps")
        ->setPlainText(QStringLiteral("1. 部署 2. 联调 3. 验收"));
    click(page, "deliveryStart");
    ASSERT_FALSE(message->isError()) << message->text().toStdString();
    ASSERT_EQ(f.deliveries.deliveries()->size(), 1);
    const qint64 id = f.deliveries.deliveries()->first().id;
    EXPECT_EQ(f.deliveries.delivery(id)->state, DeliveryState::InProgress);
    EXPECT_EQ(panel->table()->item(0, 3)->text(), QStringLiteral("0/7"));

    // Everything received except the documents; one training held.
    QTableWidget *checklist = panel->checklist();
    int row = 0;
    for (DeliveryCategory c : allDeliveryCategories()) {
        if (c != DeliveryCategory::Documents) {
            QComboBox *status = panel->statusBox(c);
            status->setCurrentIndex(status->findData(int(ChecklistStatus::Received)));
            checklist->item(row, 2)->setText(QStringLiteral("已交付"));
        }
        ++row;
    }
    test::whenModal(&page, [](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("trainingTrainer"))
            ->setText(QStringLiteral("供应商工程师"));
        dialog->findChild<QLineEdit *>(QStringLiteral("trainingAttendees"))
            ->setText(QStringLiteral("运维部全体"));
        dialog->findChild<QLineEdit *>(QStringLiteral("trainingTopic"))
            ->setText(QStringLiteral("日常运维"));
        dialog->accept();
    });
    click(page, "deliveryAddTraining");
    EXPECT_EQ(f.deliveries.delivery(id)->training.size(), 1);
    // The form kept what was typed while the training was recorded.
    EXPECT_EQ(panel->statusBox(DeliveryCategory::Software)->currentData().toInt(),
              int(ChecklistStatus::Received));

    auto *blockers = test::child<QLabel>(page, "deliveryBlockers");
    const QString documents = deliveryCategoryName(DeliveryCategory::Documents);
    EXPECT_TRUE(blockers->text().contains(documents)) << blockers->text().toStdString();
    EXPECT_FALSE(blockers->text().contains(QStringLiteral("training")));
    click(page, "deliveryAccept");
    EXPECT_TRUE(message->isError());
    EXPECT_TRUE(message->text().contains(QStringLiteral("pending")))
        << message->text().toStdString();
    EXPECT_EQ(f.deliveries.delivery(id)->state, DeliveryState::InProgress);

    // The documents do not apply here: then it is accepted.
    QComboBox *docs = panel->statusBox(DeliveryCategory::Documents);
    docs->setCurrentIndex(docs->findData(int(ChecklistStatus::NotApplicable)));
    checklist->item(int(allDeliveryCategories().indexOf(DeliveryCategory::Documents)), 2)
        ->setText(QStringLiteral("合同约定不单独交付文档"));
    click(page, "deliveryAccept");
    EXPECT_FALSE(message->isError()) << message->text().toStdString();
    EXPECT_EQ(f.deliveries.delivery(id)->state, DeliveryState::Accepted);
    EXPECT_EQ(panel->table()->item(0, 3)->text(), QStringLiteral("7/7"));
    EXPECT_FALSE(test::child<QPushButton>(page, "deliverySave")->isEnabled());

    // Records may still be added after acceptance.
    type(test::child<QLineEdit>(page, "deliveryRecordText"), QStringLiteral("验收会议纪要已归档"));
    click(page, "deliveryAddRecord");
    EXPECT_EQ(f.deliveries.delivery(id)->records.size(), 1);
}

TEST(TestingPage, ReadOnlyShowsTheRegistersWithoutActions)
{
    TestingUi f;
    auto id = f.tests.save(f.admin, f.productionTest());
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    f.context.readOnly = true;
    TestingPage page(f.context);
    test::showActive(page);
    ASSERT_TRUE(page.navigateTo(QStringLiteral("tests/%1").arg(*id)));
    EXPECT_EQ(page.tests()->current().id, *id);
    EXPECT_FALSE(test::child<QPushButton>(page, "testSave")->isVisible());
    EXPECT_FALSE(test::child<QPushButton>(page, "testStart")->isVisible());
    EXPECT_TRUE(test::child<QLineEdit>(page, "testTitle")->isReadOnly());
    EXPECT_FALSE(test::child<QComboBox>(page, "testEnvironment")->isEnabled());
    EXPECT_FALSE(page.navigateTo(QStringLiteral("nowhere")));
    ASSERT_TRUE(page.navigateTo(QStringLiteral("deliveries")));
    EXPECT_FALSE(test::child<QPushButton>(page, "deliveryAccept")->isVisible());
}

TEST(TestingPage, RetranslatesEveryLabel)
{
    TestingUi f;
    TestingPage page(f.context);
    test::showActive(page);
    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_TRUE(page.tabs()->tabText(0).startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(
        test::child<QPushButton>(page, "testStart")->text().startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(
        test::child<QPushButton>(page, "deliveryAccept")->text().startsWith(QStringLiteral("⟦")));
    QCoreApplication::removeTranslator(&pseudo);
}

TEST(IncidentAffectedItems, TheWorkspaceListsTheItemsTheirDependentsAndTheChangeTwoDaysBefore)
{
    TestingUi f;
    const auto demo = f.demoIncident();
    ASSERT_FALSE(demo.change.isEmpty());
    IncidentsPage page(f.context);
    test::showActive(page);
    page.openIncident(demo.incident);
    QApplication::processEvents();
    AffectedItemsPanel *panel = page.workspace()->affectedItems();
    page.workspace()->tabs()->setCurrentWidget(panel);

    EXPECT_EQ(panel->items()->rowCount(), 2);
    EXPECT_GE(rowOf(panel->items(), 0, QStringLiteral("APP-0001")), 0);
    EXPECT_GE(rowOf(panel->items(), 0, QStringLiteral("DB-0001")), 0);
    // Impact: the online trading system depends on the centralized one.
    EXPECT_EQ(panel->impact()->rowCount(), 1);
    EXPECT_GE(rowOf(panel->impact(), 0, QStringLiteral("APP-0002")), 0);
    ASSERT_EQ(panel->changes()->rowCount(), 1);
    EXPECT_EQ(panel->changes()->item(0, 0)->text(), demo.change);
    EXPECT_TRUE(
        panel->changes()->item(0, 2)->text().startsWith(QStringLiteral("2026-02-28 20:00")));
    EXPECT_EQ(panel->changes()->item(0, 3)->text(), changeStateName(ChangeState::Implemented));
    EXPECT_TRUE(page.workspace()->tabs()->tabText(2).contains(QStringLiteral("1 change")));
    // The free text stays for what is not in the configuration.
    EXPECT_TRUE(
        test::child<QLabel>(page, "affectedFreeText")->text().contains(QStringLiteral("交易网关")));

    // Double-click opens the change on the changes page.
    QString opened;
    f.context.navigate = [&](const QString &pageId, const QString &target) {
        opened = pageId + QLatin1Char('/') + target;
        return true;
    };
    emit panel->changes()->cellDoubleClicked(0, 1);
    EXPECT_EQ(opened, QStringLiteral("changes/") + demo.change);
    emit panel->items()->cellDoubleClicked(rowOf(panel->items(), 0, QStringLiteral("DB-0001")), 1);
    EXPECT_EQ(opened, QStringLiteral("config/DB-0001"));

    // Edit items: only the database stays linked; the free text is kept as typed.
    test::whenModal(&page, [](QDialog *dialog) {
        auto *list = dialog->findChild<ConfigItemChecklist *>(QStringLiteral("incidentItems"));
        ASSERT_NE(list, nullptr);
        EXPECT_TRUE(list->setNumberChecked(QStringLiteral("APP-0001"), false));
        dialog->accept();
    });
    QTest::mouseClick(panel->editButton(), Qt::LeftButton);
    EXPECT_EQ(f.config.itemsOfIncident(demo.incident)->size(), 1);
    EXPECT_EQ(panel->items()->rowCount(), 1);
    EXPECT_EQ(panel->impact()->rowCount(), 2); // APP-0001, then APP-0002 through it
    EXPECT_EQ(f.backend->incidents().get(demo.incident)->affectedSystems,
              QStringLiteral("集中交易系统 / 交易网关"));
    f.context.navigate = nullptr;
}

TEST(IncidentAffectedItems, TheDeclarationLinksTheTickedItemsInTheSameStep)
{
    TestingUi f;
    f.item(QStringLiteral("APP-0001"), QStringLiteral("application"),
           QStringLiteral("集中交易系统"));
    DeclareDialog dialog(f.context, false);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("declareTitle"))
        ->setText(QStringLiteral("集中交易系统委托失败"));
    ASSERT_TRUE(dialog.items()->isVisibleTo(&dialog));
    ASSERT_TRUE(dialog.items()->setNumberChecked(QStringLiteral("APP-0001")));
    dialog.accept();
    ASSERT_GT(dialog.incidentId(), 0);
    auto linked = f.config.itemsOfIncident(dialog.incidentId());
    ASSERT_TRUE(linked.ok());
    ASSERT_EQ(linked->size(), 1);
    EXPECT_EQ(linked->first().number, QStringLiteral("APP-0001"));
}

class TestingScreenshots : public ::testing::TestWithParam<const char *> {};

TEST_P(TestingScreenshots, BothTabsAndTheWorkspacePanelDraw)
{
    const QString lang = QString::fromLatin1(GetParam());
    TestingUi f(lang);
    const auto demo = f.demoIncident();
    // A running production test, a completed simulation and a delivery in progress.
    TestPlan p = f.productionTest();
    p.backupRecord = QStringLiteral("全量数据库备份至磁带 T-0307");
    p.announcement = QStringLiteral("3 月 5 日向全体营业部发布测试公告");
    p.operationsStaff = QStringLiteral("运维部 李娜、周杰");
    auto running = f.tests.save(f.admin, p);
    ASSERT_TRUE(running.ok()) << running.error().toStdString();
    ASSERT_TRUE(f.tests.start(f.admin, *running).ok());
    TestPlan sim = f.productionTest();
    sim.title = QStringLiteral("网上交易系统功能回归");
    sim.environment = TestEnvironment::Simulation;
    sim.aspects = {TestAspect::Function, TestAspect::Stability};
    sim.windowStart = local(2026, 2, 26, 14);
    sim.windowEnd = local(2026, 2, 26, 17);
    auto done = f.tests.save(f.admin, sim);
    ASSERT_TRUE(done.ok());
    ASSERT_TRUE(f.tests.start(f.admin, *done).ok());
    ASSERT_TRUE(f.tests.complete(f.admin, *done, QStringLiteral("全部用例通过"), true).ok());
    Delivery d;
    d.title = QStringLiteral("新一代集中交易系统交付");
    d.supplier = QStringLiteral("某软件公司");
    d.responsibilities = QStringLiteral("供应商：部署与培训；运维部：验收");
    d.steps = QStringLiteral("1. 到货清点 2. 部署 3. 联调 4. 验收");
    d.plannedOn = QDate(2026, 3, 20);
    auto delivery = f.deliveries.save(f.admin, d);
    ASSERT_TRUE(delivery.ok()) << delivery.error().toStdString();
    Delivery stored = *f.deliveries.delivery(*delivery);
    for (int i = 0; i < 5; ++i) {
        stored.checklist[i].status = ChecklistStatus::Received;
        stored.checklist[i].detail = QStringLiteral("已到货");
    }
    ASSERT_TRUE(f.deliveries.save(f.admin, stored).ok());
    ASSERT_TRUE(f.deliveries.start(f.admin, *delivery).ok());
    ASSERT_TRUE(
        f.deliveries.addRecord(f.admin, *delivery, QStringLiteral("软硬件到货清点完成")).ok());

    TestingPage page(f.context);
    page.resize(1280, 820);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(page.navigateTo(QStringLiteral("tests/%1").arg(*running)));
    QApplication::processEvents();
    EXPECT_GT(
        test::distinctColours(test::saveScreenshot(page, QStringLiteral("testing_tests_") + lang)),
        20);
    ASSERT_TRUE(page.navigateTo(QStringLiteral("deliveries/%1").arg(*delivery)));
    EXPECT_EQ(page.deliveries()->table()->item(0, 3)->text(), QStringLiteral("5/7"));
    QApplication::processEvents();
    EXPECT_GT(test::distinctColours(
                  test::saveScreenshot(page, QStringLiteral("testing_deliveries_") + lang)),
              20);

    IncidentsPage incidents(f.context);
    incidents.resize(1280, 820);
    incidents.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&incidents));
    incidents.openIncident(demo.incident);
    incidents.workspace()->tabs()->setCurrentWidget(incidents.workspace()->affectedItems());
    QApplication::processEvents();
    EXPECT_GT(test::distinctColours(test::saveScreenshot(
                  incidents, QStringLiteral("incident_affected_items_") + lang)),
              20);
}

INSTANTIATE_TEST_SUITE_P(Languages, TestingScreenshots, ::testing::Values("zh_CN", "en"));
