// ConfigPage: add through the dialog (table and history), a duplicate number refused without
// writing, a relation in the graph and in the target's impact, the kind filter, navigation
// targets, read-only mode, retranslation and screenshots of every tab in zh_CN and en.
#include "audit/audit_log.h"
#include "changes/change_register.h"
#include "common/inline_message.h"
#include "config/config_audits_panel.h"
#include "config/config_detail.h"
#include "config/config_graph.h"
#include "config/config_item_dialog.h"
#include "config/config_item_model.h"
#include "config/config_page.h"
#include "config/config_registry.h"
#include "config/config_small_dialogs.h"
#include "incidents/incident_service.h"
#include "ui_fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

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

struct ConfigUi : test::UiFixture {
    Actor admin;
    ConfigRegistry config{backend->database(), backend->audit(), backend->clock()};
    QHash<QString, qint64> ids;
    qint64 owner = 0;

    explicit ConfigUi(const QString &lang = QStringLiteral("en"))
        : UiFixture(lang)
    {
        backend.clock().set(QDateTime(QDate(2026, 3, 2), QTime(2, 10), Qt::UTC));
        admin = signInAdmin();
        Contact c;
        c.name = QStringLiteral("李娜");
        c.position = QStringLiteral("系统管理员");
        auto saved = backend->contacts().saveContact(admin, c);
        EXPECT_TRUE(saved.ok()) << (saved ? "" : saved.error().toStdString());
        owner = saved ? *saved : 0;
    }

    qint64 add(const QString &number, const QString &kind, const QString &name)
    {
        ConfigItem i;
        i.number = number;
        i.kind = kind;
        i.name = name;
        i.systemClass = 4;
        i.location = QStringLiteral("主数据中心 A-03");
        i.ownerId = owner;
        auto id = config.add(admin, i);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        ids.insert(number, id ? *id : 0);
        return id ? *id : 0;
    }

    void seed()
    {
        add(QStringLiteral("SRV-0001"), QStringLiteral("server"), QStringLiteral("集中交易主机 A"));
        add(QStringLiteral("SRV-0002"), QStringLiteral("server"), QStringLiteral("行情主机 B"));
        add(QStringLiteral("OS-0001"), QStringLiteral("operating_system"),
            QStringLiteral("麒麟服务器操作系统 V10"));
        add(QStringLiteral("DB-0001"), QStringLiteral("database"),
            QStringLiteral("集中交易数据库"));
        add(QStringLiteral("APP-0001"), QStringLiteral("application"),
            QStringLiteral("集中交易系统"));
        add(QStringLiteral("APP-0002"), QStringLiteral("application"),
            QStringLiteral("网上交易系统"));
        auto rel = [&](const char *from, RelationKind kind, const char *to) {
            auto r = config.addRelation(admin, ids.value(QLatin1String(from)),
                                        ids.value(QLatin1String(to)), kind);
            EXPECT_TRUE(r.ok()) << (r ? "" : r.error().toStdString());
        };
        rel("OS-0001", RelationKind::RunsOn, "SRV-0001");
        rel("DB-0001", RelationKind::RunsOn, "OS-0001");
        rel("APP-0001", RelationKind::DependsOn, "DB-0001");
        rel("APP-0002", RelationKind::DependsOn, "APP-0001");
    }

    int visibleRows(ConfigPage &page) { return page.itemTable()->model()->rowCount(); }
};

TEST(ConfigPage, AddsAnItemThroughTheDialog)
{
    ConfigUi f;
    f.seed();
    ConfigPage page(f.context);
    test::showActive(page);
    const int before = f.visibleRows(page);
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConfigItemDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->mode(), ConfigItemDialog::Mode::Add);
        dialog->findChild<QLineEdit *>(QStringLiteral("configItemNumber"))
            ->setText(QStringLiteral("STO-0001"));
        dialog->findChild<QLineEdit *>(QStringLiteral("configItemName"))
            ->setText(QStringLiteral("核心存储阵列"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("configItemKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("storage")));
        auto *ownerBox = dialog->findChild<QComboBox *>(QStringLiteral("configItemOwner"));
        ownerBox->setCurrentIndex(ownerBox->findData(f.owner));
        dialog->findChild<QLineEdit *>(QStringLiteral("configItemNote"))
            ->setText(QStringLiteral("新购"));
        EXPECT_TRUE(dialog->trySave());
    });
    QTest::keyClick(page.itemTable(), Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(f.visibleRows(page), before + 1);
    auto added = f.config.itemByNumber(QStringLiteral("STO-0001"));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->ownerId, f.owner);
    EXPECT_EQ(page.selectedItem(), added->id);
    const QModelIndex row = page.itemTable()->selectionModel()->selectedRows().first();
    EXPECT_EQ(row.siblingAtColumn(ConfigItemModel::NameCol).data().toString(),
              QStringLiteral("核心存储阵列"));
    EXPECT_EQ(row.siblingAtColumn(ConfigItemModel::OwnerCol).data().toString(),
              QStringLiteral("李娜"));
    QTableWidget *history = page.detail()->historyTable();
    ASSERT_EQ(history->rowCount(), 1);
    EXPECT_EQ(history->item(0, 1)->text(), historyActionName(HistoryAction::Add));
    EXPECT_EQ(history->item(0, 0)->text(), QStringLiteral("2026-03-02 10:10"));
    EXPECT_EQ(history->item(0, 4)->text(), QStringLiteral("新购"));
}

TEST(ConfigPage, DuplicateNumberIsRefusedAndWritesNothing)
{
    ConfigUi f;
    f.seed();
    ConfigPage page(f.context);
    test::showActive(page);
    const int before = f.visibleRows(page);
    const int historyBefore =
        int(f.config.history(f.ids.value(QStringLiteral("SRV-0001")))->size());
    QString shown;
    bool stillOpen = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConfigItemDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("configItemNumber"))
            ->setText(QStringLiteral("SRV-0001"));
        dialog->findChild<QLineEdit *>(QStringLiteral("configItemName"))
            ->setText(QStringLiteral("另一台主机"));
        EXPECT_FALSE(dialog->trySave());
        stillOpen = dialog->isVisible();
        shown = dialog->message()->text();
        dialog->reject();
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("configAddItem")),
                      Qt::LeftButton);
    EXPECT_TRUE(stillOpen);
    EXPECT_TRUE(shown.contains(QStringLiteral("SRV-0001"))) << shown.toStdString();
    EXPECT_EQ(f.visibleRows(page), before);
    EXPECT_EQ(f.config.items(true)->size(), before);
    EXPECT_EQ(f.config.history(f.ids.value(QStringLiteral("SRV-0001")))->size(), historyBefore);
}

TEST(ConfigPage, AddedRelationShowsInGraphAndImpact)
{
    ConfigUi f;
    f.seed();
    f.add(QStringLiteral("NET-0001"), QStringLiteral("network_device"),
          QStringLiteral("核心交换机"));
    ConfigPage page(f.context);
    test::showActive(page);
    const qint64 app = f.ids.value(QStringLiteral("APP-0001"));
    const qint64 net = f.ids.value(QStringLiteral("NET-0001"));
    ASSERT_TRUE(page.selectItem(app));
    RelationGraph *graph = page.detail()->graph();
    // APP-0001 depends on DB-0001, APP-0002 depends on it.
    EXPECT_EQ(graph->nodeCount(), 3);
    EXPECT_EQ(graph->edgeCount(), 2);
    const int sceneItems = int(graph->scene()->items().size());

    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<RelationDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        auto *other = dialog->findChild<QComboBox *>(QStringLiteral("configRelationOther"));
        other->setCurrentIndex(other->findData(net));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("configRelationKind"));
        kind->setCurrentIndex(kind->findData(relationKindId(RelationKind::DependsOn)));
        EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("configRelationPreview"))
                        ->text()
                        .contains(QStringLiteral("APP-0001")));
        EXPECT_TRUE(dialog->trySave());
    });
    QTest::mouseClick(page.detail()->addRelationButton(), Qt::LeftButton);
    EXPECT_EQ(graph->nodeCount(), 4);
    EXPECT_EQ(graph->edgeCount(), 3);
    EXPECT_GT(int(graph->scene()->items().size()), sceneItems);
    EXPECT_EQ(page.detail()->relationTable()->rowCount(), 3);

    // The impact of the switch: APP-0001 directly, APP-0002 through it.
    ASSERT_TRUE(page.selectItem(net));
    QTreeWidget *impact = page.detail()->impactTree();
    ASSERT_EQ(impact->topLevelItemCount(), 1);
    QTreeWidgetItem *direct = impact->topLevelItem(0);
    EXPECT_TRUE(direct->text(0).startsWith(QStringLiteral("APP-0001")));
    EXPECT_EQ(direct->text(2), QStringLiteral("1"));
    ASSERT_EQ(direct->childCount(), 1);
    EXPECT_TRUE(direct->child(0)->text(0).startsWith(QStringLiteral("APP-0002")));
    EXPECT_EQ(direct->child(0)->text(2), QStringLiteral("2"));
}

TEST(ConfigPage, LinksShowChangeMarksAndLinkDrillFindings)
{
    ConfigUi f;
    f.seed();
    const qint64 db = f.ids.value(QStringLiteral("DB-0001"));
    ChangeRegister changes{f.backend->database(), f.backend->audit(),    f.backend->clock(),
                           f.backend->calendar(), f.backend->settings(), f.config};
    ChangeRequest r;
    r.title = QStringLiteral("紧急修复数据库");
    r.urgency = ChangeUrgency::Emergency;
    r.itemIds = {db};
    r.windowStart = QDateTime(QDate(2026, 3, 3), QTime(2, 0), Qt::UTC); // Tue 10:00 UTC+8
    r.windowEnd = r.windowStart.addSecs(1800);
    auto urgent = changes.saveDraft(f.admin, r);
    ASSERT_TRUE(urgent.ok()) << urgent.error().toStdString();
    // Drafts are not listed with the item: the urgent one as approved inside trading hours
    // (approval itself is tested elsewhere), the normal one as submitted.
    ASSERT_TRUE(f.backend->database()
                    .exec(QStringLiteral("UPDATE changes SET state = 'approved', "
                                         "in_trading_hours = 1 WHERE id = ?"),
                          {*urgent})
                    .ok());
    r.title = QStringLiteral("常规补丁");
    r.urgency = ChangeUrgency::Normal;
    r.windowStart = QDateTime(QDate(2026, 3, 8), QTime(12, 0), Qt::UTC);
    r.windowEnd = r.windowStart.addSecs(3600);
    auto normal = changes.saveDraft(f.admin, r);
    ASSERT_TRUE(normal.ok());
    ASSERT_TRUE(
        f.backend->database()
            .exec(QStringLiteral("UPDATE changes SET state = 'submitted' WHERE id = ?"), {*normal})
            .ok());
    // Two drills with a finding each.
    Database &d = f.backend->database();
    const QString now = toStoredTime(f.backend->clock().now());
    for (int id : {1, 2}) {
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO drills (id, title, status, planned_start, "
                                          "created_at, created_by, updated_at, updated_by) "
                                          "VALUES (?, ?, 'completed', ?, ?, 't', ?, 't')"),
                           {id, QStringLiteral("演练 %1").arg(id),
                            QStringLiteral("2026-0%1-10T01:00:00.000Z").arg(id), now, now})
                        .ok());
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO drill_findings (id, drill_id, text, "
                                          "created_at, updated_at, updated_by) VALUES (?, ?, ?, "
                                          "?, ?, 't')"),
                           {id * 10, id, QStringLiteral("问题 %1").arg(id), now, now})
                        .ok());
    }

    ConfigPage page(f.context);
    test::showActive(page);
    ASSERT_TRUE(page.navigateTo(QStringLiteral("DB-0001/links")));
    QApplication::processEvents();
    QTableWidget *changeTable = page.detail()->changeTable();
    ASSERT_EQ(changeTable->rowCount(), 2);
    int marked = 0;
    for (int row = 0; row < changeTable->rowCount(); ++row) {
        const QString marks = changeTable->item(row, 1)->text();
        if (changeTable->item(row, 2)->text() == QStringLiteral("紧急修复数据库")) {
            EXPECT_TRUE(marks.contains(QStringLiteral("Emergency change"))) << marks.toStdString();
            EXPECT_TRUE(marks.contains(QStringLiteral("In trading hours")));
            ++marked;
        } else {
            EXPECT_TRUE(marks.isEmpty()) << marks.toStdString();
        }
    }
    EXPECT_EQ(marked, 1);

    // Link the newest drill's finding through the dialog; it is no longer offered after.
    QTableWidget *problems = page.detail()->problemTable();
    EXPECT_EQ(problems->rowCount(), 0);
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<LinkFindingDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        ASSERT_EQ(dialog->findingBox()->count(), 2);
        EXPECT_EQ(dialog->findingBox()->itemData(0).toLongLong(), 20);
        EXPECT_EQ(dialog->findingBox()->itemText(0), QStringLiteral("2026-02-10 · 演练 2: 问题 2"));
        EXPECT_TRUE(dialog->trySave());
    });
    QTest::mouseClick(page.detail()->linkFindingButton(), Qt::LeftButton);
    ASSERT_EQ(problems->rowCount(), 1);
    EXPECT_EQ(problems->item(0, 2)->text(), QStringLiteral("问题 2"));
    EXPECT_EQ(f.config.findingsOfItem(db)->size(), 1);
    LinkFindingDialog again(f.config, f.admin, *f.config.item(db));
    EXPECT_EQ(again.findingBox()->count(), 1);

    // Unlink after confirming.
    problems->selectRow(0);
    onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        ASSERT_NE(box, nullptr);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(
        page.detail()->findChild<QPushButton *>(QStringLiteral("configUnlinkFinding")),
        Qt::LeftButton);
    EXPECT_EQ(problems->rowCount(), 0);
    EXPECT_TRUE(f.config.findingsOfItem(db)->isEmpty());
}

TEST(ConfigPage, FiltersByKindSearchAndDeleted)
{
    ConfigUi f;
    f.seed();
    ASSERT_TRUE(f.config.remove(f.admin, f.ids.value(QStringLiteral("SRV-0002"))).ok());
    ConfigPage page(f.context);
    test::showActive(page);
    EXPECT_EQ(f.visibleRows(page), 5);
    EXPECT_TRUE(page.kindTree()->topLevelItem(0)->text(0).contains(QStringLiteral("5")));
    page.showKind(QStringLiteral("server"));
    EXPECT_EQ(f.visibleRows(page), 1);
    page.showDeleted()->setChecked(true);
    EXPECT_EQ(f.visibleRows(page), 2);
    const QModelIndex deleted = page.itemTable()->model()->index(1, ConfigItemModel::StatusCol);
    EXPECT_TRUE(deleted.data().toString().contains(QStringLiteral("Deleted")))
        << deleted.data().toString().toStdString();
    page.showKind(QStringLiteral("application"));
    EXPECT_EQ(f.visibleRows(page), 2);
    page.showKind({});
    page.search()->setText(QStringLiteral("交易主机"));
    EXPECT_EQ(f.visibleRows(page), 1);
    page.search()->setText(QStringLiteral("李娜")); // owner
    EXPECT_EQ(f.visibleRows(page), 6);              // every item, the deleted one included
}

TEST(ConfigPage, NavigatesToAnItemNumber)
{
    ConfigUi f;
    f.seed();
    ConfigPage page(f.context);
    NavigationTarget &target = page;
    page.showKind(QStringLiteral("server"));
    EXPECT_TRUE(target.navigateTo(QStringLiteral("DB-0001/impact")));
    EXPECT_EQ(page.selectedItem(), f.ids.value(QStringLiteral("DB-0001")));
    EXPECT_EQ(page.detail()->currentIndex(), int(ConfigDetail::ImpactTab));
    EXPECT_TRUE(target.navigateTo(QStringLiteral("audits")));
    EXPECT_EQ(page.tabs()->currentIndex(), int(ConfigPage::AuditsTab));
    EXPECT_TRUE(target.navigateTo(QStringLiteral("APP-0002")));
    EXPECT_EQ(page.tabs()->currentIndex(), int(ConfigPage::ItemsTab));
    EXPECT_EQ(page.selectedItem(), f.ids.value(QStringLiteral("APP-0002")));
    EXPECT_FALSE(target.navigateTo(QStringLiteral("XYZ-9999")));
}

TEST(ConfigPage, ReadOnlyAndViewersDoNotEdit)
{
    ConfigUi f;
    f.seed();
    const Actor viewer = f.addOperator(QStringLiteral("liuyang"), QStringLiteral("刘洋"),
                                       QStringLiteral("5555"), {Role::Viewer});
    for (int mode = 0; mode < 2; ++mode) {
        f.context.readOnly = mode == 0;
        f.session.setActor(mode == 0 ? f.admin : viewer);
        ConfigPage page(f.context);
        test::showActive(page);
        ASSERT_TRUE(page.navigateTo(QStringLiteral("DB-0001")));
        EXPECT_FALSE(page.findChild<QPushButton *>(QStringLiteral("configAddItem"))->isVisible());
        EXPECT_FALSE(page.detail()->addRelationButton()->isVisible());
        EXPECT_FALSE(
            page.findChild<QPushButton *>(QStringLiteral("configStartAudit"))->isEnabled());
        QTest::keyClick(page.itemTable(), Qt::Key_N, Qt::ControlModifier); // no dialog
        QTest::keyClick(page.itemTable(), Qt::Key_Delete);
        EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
        EXPECT_FALSE(f.config.item(f.ids.value(QStringLiteral("DB-0001")))->deleted());
    }
}

TEST(ConfigPage, AuditFindingsAndRefusedClose)
{
    ConfigUi f;
    f.seed();
    ConfigPage page(f.context);
    test::showActive(page);
    ASSERT_TRUE(page.navigateTo(QStringLiteral("audits")));
    ConfigAuditsPanel *audits = page.audits();
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<StartAuditDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->findChild<QSpinBox *>(QStringLiteral("configAuditPeriod"))->value(), 180);
        EXPECT_TRUE(dialog->trySave());
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("configStartAudit")),
                      Qt::LeftButton);
    ASSERT_EQ(audits->auditTable()->rowCount(), 1);
    ASSERT_EQ(audits->findingTable()->rowCount(), 6); // never confirmed
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("configCloseAudit")),
                      Qt::LeftButton);
    EXPECT_TRUE(audits->message()->isError());
    EXPECT_FALSE(audits->message()->text().isEmpty());
    EXPECT_TRUE(f.config.audits()->first().open());

    audits->findingTable()->selectRow(0);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("configConfirmItem")),
                      Qt::LeftButton);
    int settled = 0;
    for (const ConfigAuditFinding &x : *f.config.findings(f.config.audits()->first().id))
        settled += x.settled();
    EXPECT_EQ(settled, 1);
}

TEST(ConfigPage, RetranslatesOnLanguageChange)
{
    ConfigUi f;
    f.seed();
    ConfigPage page(f.context);
    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_TRUE(page.tabs()->tabText(ConfigPage::AuditsTab).startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(page.detail()->tabText(ConfigDetail::ImpactTab).startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(page.itemTable()
                    ->model()
                    ->headerData(ConfigItemModel::OwnerCol, Qt::Horizontal)
                    .toString()
                    .startsWith(QStringLiteral("⟦")));
    QCoreApplication::removeTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_EQ(page.tabs()->tabText(ConfigPage::AuditsTab), QStringLiteral("Audits"));
}

class ConfigScreens : public ::testing::TestWithParam<const char *> {};

TEST_P(ConfigScreens, EveryTab)
{
    const QString lang = QString::fromLatin1(GetParam());
    ConfigUi f(lang);
    f.seed();
    ConfigItem db = *f.config.item(f.ids.value(QStringLiteral("DB-0001")));
    db.status = ConfigStatus::Degraded;
    db.location = QStringLiteral("灾备机房 C-02");
    EXPECT_TRUE(f.config.modify(f.admin, db, 0, QStringLiteral("迁移到灾备机房")).ok());
    ASSERT_TRUE(f.config.remove(f.admin, f.ids.value(QStringLiteral("SRV-0002"))).ok());
    ASSERT_TRUE(f.config.addKind(f.admin, QStringLiteral("ups"), QStringLiteral("UPS 电源")).ok());
    // A draft change on the database and an incident that affected it (Links).
    ChangeRegister changes{f.backend->database(), f.backend->audit(),    f.backend->clock(),
                           f.backend->calendar(), f.backend->settings(), f.config};
    ChangeRequest r;
    r.title = QStringLiteral("集中交易数据库补丁升级");
    r.itemIds = {db.id};
    r.windowStart = QDateTime(QDate(2026, 3, 8), QTime(12, 0), Qt::UTC);
    r.windowEnd = r.windowStart.addSecs(3 * 3600);
    r.urgency = ChangeUrgency::Emergency;
    auto change = changes.saveDraft(f.admin, r);
    ASSERT_TRUE(change.ok());
    // Listed with the item once submitted (drafts are not).
    EXPECT_TRUE(f.backend->database()
                    .exec(QStringLiteral("UPDATE changes SET state = 'submitted' WHERE id = ?"),
                          {*change})
                    .ok());
    NewIncident n;
    n.title = QStringLiteral("集中交易系统委托延迟");
    n.faultType = QStringLiteral("trading_outage");
    n.facts = {{QStringLiteral("institution_type"), QStringLiteral("securities")},
               {QStringLiteral("system"), QStringLiteral("centralized_trading")},
               {QStringLiteral("started_at"), QStringLiteral("2026-03-02T10:05:00+08:00")}};
    if (auto incident = f.backend->incidentService().declare(f.admin, n)) {
        EXPECT_TRUE(f.config.setIncidentItems(f.admin, *incident, {db.id}).ok());
    }
    const QString now = toStoredTime(f.backend->clock().now());
    EXPECT_TRUE(f.backend->database()
                    .exec(QStringLiteral("INSERT INTO drills (id, title, status, planned_start, "
                                         "created_at, created_by, updated_at, updated_by) VALUES "
                                         "(1, '数据库主备切换演练', 'completed', "
                                         "'2026-01-10T01:00:00.000Z', ?, 't', ?, 't')"),
                          {now, now})
                    .ok());
    EXPECT_TRUE(f.backend->database()
                    .exec(QStringLiteral("INSERT INTO drill_findings (id, drill_id, text, "
                                         "created_at, updated_at, updated_by) VALUES (1, 1, "
                                         "'切换后数据库连接池未自动重连', ?, ?, 't')"),
                          {now, now})
                    .ok());
    EXPECT_TRUE(f.config.linkFinding(f.admin, db.id, 1).ok());
    auto audit = f.config.startAudit(f.admin, 180);
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(f.config.confirmItem(f.admin, f.ids.value(QStringLiteral("SRV-0001"))).ok());
    EXPECT_TRUE(f.config
                    .recordDiscrepancy(f.admin, *audit, f.ids.value(QStringLiteral("APP-0001")),
                                       QStringLiteral("实际版本 V5.2，记录为 V5.1"))
                    .ok());

    ConfigPage page(f.context);
    page.resize(1400, 860);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    const QList<std::pair<const char *, const char *>> shots = {
        {"DB-0001/relations", "config-relations"},
        {"SRV-0001/impact", "config-impact"},
        {"DB-0001/history", "config-history"},
        {"DB-0001/links", "config-links"},
        {"audits", "config-audits"},
    };
    for (const auto &[target, name] : shots) {
        ASSERT_TRUE(page.navigateTo(QString::fromLatin1(target))) << target;
        QApplication::processEvents();
        const QImage shot =
            test::saveScreenshot(page, lang + QLatin1Char('-') + QLatin1String(name));
        EXPECT_GT(test::distinctColours(shot), 12) << name;
    }
    EXPECT_GT(page.detail()->incidentTable()->rowCount() + page.detail()->changeTable()->rowCount(),
              0);

    // The item editor and the replace dialog.
    auto directory = ContactDirectory::load(f.backend->contacts());
    ASSERT_TRUE(directory.ok());
    for (auto mode : {ConfigItemDialog::Mode::Edit, ConfigItemDialog::Mode::Replace}) {
        ConfigItemDialog dialog(mode, f.config, f.admin, *directory, db, &page);
        dialog.show();
        QApplication::processEvents();
        test::saveScreenshot(dialog, lang
                                         + (mode == ConfigItemDialog::Mode::Edit
                                                ? QStringLiteral("-config-edit-dialog")
                                                : QStringLiteral("-config-replace-dialog")));
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, ConfigScreens, ::testing::Values("zh_CN", "en"));

} // namespace
