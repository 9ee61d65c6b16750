// ConfigRegistry: unique numbers, history of add/modify/replace/delete, relations and impact,
// incident links, configuration audits.
#include "audit/audit_log.h"
#include "changes_fixture.h"

namespace dd::test {
namespace {

using Config = ChangesFixture;

TEST_F(Config, NumbersAreUniqueAndNeverReusedAfterDelete)
{
    const qint64 id =
        addItem(QStringLiteral("SRV-0001"), QStringLiteral("server"), QStringLiteral("交易主机1"));
    auto dup = config.add(admin, makeItem(QStringLiteral("SRV-0001"), QStringLiteral("server"),
                                          QStringLiteral("另一台")));
    ASSERT_FALSE(dup.ok());
    EXPECT_TRUE(dup.error().contains(QStringLiteral("SRV-0001")));

    ASSERT_TRUE(config.remove(admin, id).ok());
    auto again = config.add(admin, makeItem(QStringLiteral(" SRV-0001 "), QStringLiteral("server"),
                                            QStringLiteral("新主机")));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("never"))) << again.error().toStdString();
    // The deleted item stays readable, but is not listed and cannot be modified.
    EXPECT_TRUE(config.item(id)->deleted());
    EXPECT_TRUE(config.items()->isEmpty());
    EXPECT_EQ(config.items(true)->size(), 1);
    ConfigItem dead = *config.item(id);
    dead.name = QStringLiteral("改名");
    EXPECT_FALSE(config.modify(admin, dead).ok());
}

TEST_F(Config, EveryActionIsInTheHistoryWithBeforeAndAfter)
{
    const qint64 id = addItem(QStringLiteral("DB-0001"), QStringLiteral("database"),
                              QStringLiteral("集中交易数据库"));
    ConfigItem i = *config.item(id);
    i.status = ConfigStatus::Degraded;
    i.location = QStringLiteral("灾备机房");
    ASSERT_TRUE(config.modify(admin, i, 0, QStringLiteral("迁移")).ok());

    auto successor = config.replace(admin, id,
                                    makeItem(QStringLiteral("DB-0002"), QStringLiteral("database"),
                                             QStringLiteral("集中交易数据库（新）")));
    ASSERT_TRUE(successor.ok()) << successor.error().toStdString();
    ASSERT_TRUE(config.remove(admin, *successor, 0, QStringLiteral("下线")).ok());

    auto h = config.history(id);
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h->size(), 3);
    EXPECT_EQ((*h)[0].action, HistoryAction::Add);
    EXPECT_TRUE((*h)[0].before.isEmpty());
    EXPECT_EQ((*h)[1].action, HistoryAction::Modify);
    EXPECT_EQ((*h)[1].before.value(QStringLiteral("status")).toString(),
              QStringLiteral("in_service"));
    EXPECT_EQ((*h)[1].after.value(QStringLiteral("status")).toString(), QStringLiteral("degraded"));
    EXPECT_EQ((*h)[1].note, QStringLiteral("迁移"));
    EXPECT_EQ((*h)[1].differences().size(), 2);
    EXPECT_TRUE((*h)[1].differences().contains(QStringLiteral("Status: In service → Degraded")))
        << (*h)[1].differences().join(QLatin1Char('|')).toStdString();
    // An add lists only the fields that have a value.
    EXPECT_FALSE((*h)[0].differences().join(QLatin1Char('|')).contains(QStringLiteral("Owner")));
    EXPECT_EQ((*h)[2].action, HistoryAction::Replace);
    EXPECT_EQ((*h)[2].after.value(QStringLiteral("replaced_by")).toString(),
              QStringLiteral("DB-0002"));
    EXPECT_EQ(config.item(id)->status, ConfigStatus::Retired);
    EXPECT_EQ(config.item(id)->replacedBy, *successor);

    auto hs = config.history(*successor);
    ASSERT_EQ(hs->size(), 2);
    EXPECT_EQ((*hs)[0].action, HistoryAction::Add);
    EXPECT_EQ((*hs)[1].action, HistoryAction::Delete);
    EXPECT_TRUE((*hs)[1].after.isEmpty());
    EXPECT_EQ(auditCount(QStringLiteral("config.item.add")), 2);
    EXPECT_EQ(auditCount(QStringLiteral("config.item.delete")), 1);
    EXPECT_TRUE(b->audit().verify()->intact);
}

TEST_F(Config, ModifyWithAStaleVersionIsRefusedAndChangesNothing)
{
    const qint64 id =
        addItem(QStringLiteral("APP-1"), QStringLiteral("application"), QStringLiteral("网上交易"));
    ConfigItem first = *config.item(id);
    ConfigItem second = first;
    first.name = QStringLiteral("网上交易系统");
    ASSERT_TRUE(config.modify(admin, first).ok());
    second.name = QStringLiteral("网厅");
    Status s = config.modify(admin, second);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(config.item(id)->name, QStringLiteral("网上交易系统"));
}

TEST_F(Config, BadItemsAreRefusedNamingTheField)
{
    ConfigItem i = makeItem(QStringLiteral("X-1"), QStringLiteral("toaster"), QStringLiteral("x"));
    auto r = config.add(admin, i);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("toaster")));
    i.kind = QStringLiteral("server");
    i.systemClass = 7;
    r = config.add(admin, i);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("7")));
    i.systemClass = 3;
    i.name = QStringLiteral("  ");
    EXPECT_FALSE(config.add(admin, i).ok());
    EXPECT_TRUE(config.items(true)->isEmpty());
}

TEST_F(Config, UserKindsCanBeAdded)
{
    ASSERT_TRUE(config.addKind(admin, QStringLiteral("middleware"), QStringLiteral("中间件")).ok());
    EXPECT_FALSE(config.addKind(admin, QStringLiteral("middleware"), QStringLiteral("x")).ok());
    EXPECT_FALSE(config.addKind(admin, QStringLiteral("Bad Id"), QStringLiteral("x")).ok());
    auto kinds = config.kinds();
    ASSERT_EQ(kinds->size(), 8);
    EXPECT_EQ(kinds->first().id, QStringLiteral("server"));
    EXPECT_EQ(kinds->last().displayName(), QStringLiteral("中间件"));
    EXPECT_TRUE(config
                    .add(admin, makeItem(QStringLiteral("MW-1"), QStringLiteral("middleware"),
                                         QStringLiteral("消息总线")))
                    .ok());
}

TEST_F(Config, DependentsFollowTheGraphAndReplaceMovesRelations)
{
    const qint64 server =
        addItem(QStringLiteral("SRV-1"), QStringLiteral("server"), QStringLiteral("主机"));
    const qint64 os =
        addItem(QStringLiteral("OS-1"), QStringLiteral("operating_system"), QStringLiteral("麒麟"));
    const qint64 db =
        addItem(QStringLiteral("DB-1"), QStringLiteral("database"), QStringLiteral("数据库"));
    const qint64 app =
        addItem(QStringLiteral("APP-1"), QStringLiteral("application"), QStringLiteral("集中交易"));
    ASSERT_TRUE(config.addRelation(admin, os, server, RelationKind::RunsOn).ok());
    ASSERT_TRUE(config.addRelation(admin, db, os, RelationKind::RunsOn).ok());
    ASSERT_TRUE(config.addRelation(admin, app, db, RelationKind::DependsOn).ok());
    EXPECT_FALSE(config.addRelation(admin, app, db, RelationKind::DependsOn).ok());
    EXPECT_FALSE(config.addRelation(admin, app, app, RelationKind::PartOf).ok());
    // A cycle does not loop.
    ASSERT_TRUE(config.addRelation(admin, server, app, RelationKind::DependsOn).ok());

    auto deps = config.dependents(server);
    ASSERT_TRUE(deps.ok());
    ASSERT_EQ(deps->size(), 3);
    EXPECT_EQ((*deps)[0].item.number, QStringLiteral("OS-1"));
    EXPECT_EQ((*deps)[0].depth, 1);
    EXPECT_EQ((*deps)[1].item.number, QStringLiteral("DB-1"));
    EXPECT_EQ((*deps)[2].item.number, QStringLiteral("APP-1"));
    EXPECT_EQ((*deps)[2].depth, 3);

    auto fresh = config.replace(
        admin, server,
        makeItem(QStringLiteral("SRV-2"), QStringLiteral("server"), QStringLiteral("新主机")));
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ(config.dependents(*fresh)->size(), 3);
    EXPECT_TRUE(config.relations(server)->isEmpty());
}

TEST_F(Config, IncidentsTakeAffectedItems)
{
    const qint64 a =
        addItem(QStringLiteral("APP-1"), QStringLiteral("application"), QStringLiteral("集中交易"));
    const qint64 d =
        addItem(QStringLiteral("DB-1"), QStringLiteral("database"), QStringLiteral("数据库"));
    NewIncident n;
    n.title = QStringLiteral("集中交易中断");
    n.facts = QJsonObject{{QStringLiteral("institution_type"), QStringLiteral("securities")},
                          {QStringLiteral("system"), QStringLiteral("centralized_trading")},
                          {QStringLiteral("started_at"), b.clock().now().toString(Qt::ISODate)}};
    auto incident = b->incidentService().declare(admin, n);
    ASSERT_TRUE(incident.ok()) << incident.error().toStdString();
    ASSERT_TRUE(config.setIncidentItems(admin, *incident, {a, d, a}).ok());
    auto items = config.itemsOfIncident(*incident);
    ASSERT_EQ(items->size(), 2);
    EXPECT_EQ(items->first().number, QStringLiteral("APP-1"));
    EXPECT_EQ(*config.incidentsOfItem(d), QList<qint64>{*incident});
    EXPECT_EQ(auditCount(QStringLiteral("incident.items.update")), 1);
    ASSERT_TRUE(config.setIncidentItems(admin, *incident, {d}).ok());
    EXPECT_EQ(config.itemsOfIncident(*incident)->size(), 1);
    EXPECT_FALSE(config.setIncidentItems(admin, 999, {d}).ok());
}

TEST_F(Config, AuditListsUnconfirmedItemsAndRecordsDiscrepancies)
{
    const qint64 a =
        addItem(QStringLiteral("SRV-1"), QStringLiteral("server"), QStringLiteral("主机1"));
    const qint64 c =
        addItem(QStringLiteral("SRV-2"), QStringLiteral("server"), QStringLiteral("主机2"));
    ASSERT_TRUE(config.confirmItem(admin, c).ok());
    b.clock().advanceSecs(100 * 86400);
    const qint64 fresh =
        addItem(QStringLiteral("SRV-3"), QStringLiteral("server"), QStringLiteral("主机3"));
    ASSERT_TRUE(config.confirmItem(admin, fresh).ok());

    auto audit = config.startAudit(admin, 90);
    ASSERT_TRUE(audit.ok()) << audit.error().toStdString();
    EXPECT_FALSE(config.startAudit(admin, 90).ok()); // one open audit at a time
    auto f = config.findings(*audit);
    ASSERT_EQ(f->size(), 2); // SRV-1 never confirmed, SRV-2 confirmed 100 days ago
    EXPECT_EQ((*f)[0].itemNumber, QStringLiteral("SRV-1"));
    EXPECT_EQ((*f)[1].itemNumber, QStringLiteral("SRV-2"));

    auto d = config.recordDiscrepancy(admin, *audit, a, QStringLiteral("实际内存 256G，记录 128G"));
    ASSERT_TRUE(d.ok());
    EXPECT_FALSE(config.closeAudit(admin, *audit).ok());
    ASSERT_TRUE(config.confirmItem(admin, a).ok());
    ASSERT_TRUE(config.confirmItem(admin, c).ok());
    EXPECT_FALSE(config.closeAudit(admin, *audit).ok()); // the discrepancy is not corrected
    EXPECT_FALSE(config.recordCorrection(admin, *d, QString()).ok());
    ASSERT_TRUE(config.recordCorrection(admin, *d, QStringLiteral("已更正记录")).ok());
    ASSERT_TRUE(config.closeAudit(admin, *audit).ok());
    EXPECT_FALSE(config.audits()->first().open());
    EXPECT_TRUE(config.unconfirmedItems(config.today(), 90)->isEmpty());
}

TEST_F(Config, ViewersCannotWrite)
{
    Actor viewer = operatorAs(QStringLiteral("liuyang"), QStringLiteral("刘洋"), {Role::Viewer});
    EXPECT_FALSE(config
                     .add(viewer, makeItem(QStringLiteral("S"), QStringLiteral("server"),
                                           QStringLiteral("s")))
                     .ok());
}

TEST_F(Config, DrillFindingsAreLinkedAsProblemsOfAnItem)
{
    const qint64 db =
        addItem(QStringLiteral("DB-0001"), QStringLiteral("database"), QStringLiteral("数据库"));
    // Two drills with a finding each (written directly: the drill life is tested elsewhere).
    Database &d = b->database();
    const QString now = toStoredTime(b->clock().now());
    for (const auto &[id, title, start] :
         {std::tuple{1, "主备切换演练", "2026-03-14T01:00:00.000Z"},
          std::tuple{2, "网络中断演练", "2026-09-12T01:00:00.000Z"}}) {
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO drills (id, title, status, planned_start, "
                                          "created_at, created_by, updated_at, updated_by) "
                                          "VALUES (?, ?, 'completed', ?, ?, 'test', ?, 'test')"),
                           {id, QString::fromUtf8(title), QLatin1String(start), now, now})
                        .ok());
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO drill_findings (id, drill_id, text, "
                                          "created_at, updated_at, updated_by) VALUES (?, ?, ?, "
                                          "?, ?, 'test')"),
                           {id * 10, id, QStringLiteral("切换脚本需人工确认 %1").arg(id), now, now})
                        .ok());
    }
    auto all = config.allFindings();
    ASSERT_TRUE(all.ok()) << all.error().toStdString();
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->first().drillTitle, QStringLiteral("网络中断演练")); // newest drill first
    EXPECT_EQ(all->first().drillDate, QDate(2026, 9, 12));

    ASSERT_TRUE(config.linkFinding(admin, db, 10).ok());
    ASSERT_TRUE(config.linkFinding(admin, db, 20).ok());
    Status twice = config.linkFinding(admin, db, 10);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().contains(QStringLiteral("DB-0001"))) << twice.error().toStdString();
    EXPECT_FALSE(config.linkFinding(admin, db, 99).ok());
    Actor viewer = operatorAs(QStringLiteral("liuyang"), QStringLiteral("刘洋"), {Role::Viewer});
    EXPECT_FALSE(config.linkFinding(viewer, db, 10).ok());

    auto linked = config.findingsOfItem(db);
    ASSERT_TRUE(linked.ok());
    ASSERT_EQ(linked->size(), 2);
    EXPECT_EQ(linked->at(0).findingId, 20);
    EXPECT_EQ(linked->at(1).text, QStringLiteral("切换脚本需人工确认 1"));

    ASSERT_TRUE(config.unlinkFinding(admin, db, 20).ok());
    EXPECT_FALSE(config.unlinkFinding(admin, db, 20).ok());
    EXPECT_EQ(config.findingsOfItem(db)->size(), 1);
    EXPECT_EQ(auditCount(QStringLiteral("config.item.finding")), 2);
    EXPECT_EQ(auditCount(QStringLiteral("config.item.finding.unlink")), 1);

    // A deleted item takes no new links.
    ASSERT_TRUE(config.remove(admin, db).ok());
    EXPECT_FALSE(config.linkFinding(admin, db, 20).ok());
    EXPECT_TRUE(b->audit().verify()->intact);
}

} // namespace
} // namespace dd::test
