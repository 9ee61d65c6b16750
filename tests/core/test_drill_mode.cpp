#include "demo/demo_generator.h"
#include "drills/drill_mode.h"
#include "drills/drill_repository.h"
#include "temp_database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMap>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <iostream>

using namespace dd;

namespace {

// The logical content of a database: every table's row count and a digest of all its rows,
// plus the audit chain head. Opening a file may touch its header (WAL), so bytes are not
// compared; the content is.
struct Snapshot {
    QMap<QString, qint64> counts;
    QMap<QString, QByteArray> digests;
    QString auditHead;
    qint64 auditRows = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(Backend &backend)
{
    Snapshot s;
    Database &db = backend.database();
    auto tables = db.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"));
    EXPECT_TRUE(tables.ok());
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString &table : names) {
        auto rows = db.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        EXPECT_TRUE(rows.ok()) << table.toStdString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 count = 0;
        while (rows->next()) {
            ++count;
            for (int c = 0; c < rows->record().count(); ++c) {
                hash.addData(rows->value(c).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
        s.counts.insert(table, count);
        s.digests.insert(table, hash.result());
    }
    auto head = db.exec(QStringLiteral("SELECT * FROM audit_head"));
    EXPECT_TRUE(head.ok());
    while (head->next())
        for (int c = 0; c < head->record().count(); ++c)
            s.auditHead += head->value(c).toString() + QLatin1Char('|');
    auto verified = backend.audit().verify();
    EXPECT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact) << verified->reason.toStdString();
    s.auditRows = verified->count;
    return s;
}

class DrillModeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (test::TempBackend::onPostgres())
            GTEST_SKIP() << "drill mode copies an SQLite file; refused on a shared server";
        // The demo company up to its incidents: handbook, roster, rule sets and real
        // incidents are what drill mode must copy (or leave out).
        for (const DemoGenerator::Step &step : DemoGenerator::steps()) {
            // A later feature's demo step may fail on its own; it writes nothing then.
            if (auto written = step.run(*prod, DemoScale::Small); !written)
                std::cerr << "demo step skipped: " << written.error().toStdString() << '\n';
            auto incidents = prod->incidents().list();
            ASSERT_TRUE(incidents.ok());
            if (!incidents->isEmpty())
                break;
        }
        ASSERT_FALSE(prod->incidents().list()->isEmpty());
        ASSERT_FALSE(prod->contacts().contacts()->isEmpty());
        auto signedIn = prod->operators().signIn(QStringLiteral("admin"), QStringLiteral("1000"));
        ASSERT_TRUE(signedIn.ok()) << signedIn.error().toStdString();
        admin = *signedIn;
        drillId = makeDrill(true);
    }

    qint64 makeDrill(bool approve)
    {
        DrillRepository drills(prod->database(), prod->audit(), prod->clock());
        auto contacts = prod->contacts().contacts();
        EXPECT_TRUE(contacts.ok() && !contacts->isEmpty());
        Drill plan;
        plan.title = QStringLiteral("集中交易系统切换演练");
        plan.purpose = QStringLiteral("检验主备切换");
        plan.scenario = QStringLiteral("主机房断电");
        plan.plannedStart = prod->clock().now().addDays(1);
        plan.plannedEnd = plan.plannedStart.addSecs(2 * 3600);
        plan.participants = {contacts->first().id};
        plan.method = DrillMethod::SwitchOver;
        plan.preparation = QStringLiteral("备机检查");
        plan.recordingRequirements = QStringLiteral("记录每一步的时间");
        plan.recoveryRequirements = QStringLiteral("30 分钟内恢复交易");
        plan.systems = {{QStringLiteral("集中交易"), 30, -1}};
        auto id = drills.savePlan(admin, plan);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        if (!id)
            return 0;
        if (approve) {
            auto saved = drills.drill(*id);
            EXPECT_TRUE(saved.ok());
            Status approved = drills.approve(admin, *id, saved->version);
            EXPECT_TRUE(approved.ok()) << approved.error().toStdString();
        }
        return *id;
    }

    std::unique_ptr<Backend> openDrill(const QString &path)
    {
        auto opened = Backend::open(path, OpenMode::ReadWrite, prod.clock());
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        return opened ? std::move(*opened) : nullptr;
    }

    test::TempBackend prod;
    Actor admin = Actor::nobody();
    qint64 drillId = 0;
};

} // namespace

TEST_F(DrillModeTest, ADrillSessionWritesNothingToProductionAndItsTimelineIsCarried)
{
    auto real = prod->incidents().list();
    ASSERT_TRUE(real.ok());
    ASSERT_FALSE(real->isEmpty()); // the demo has incidents: they must not reach the drill
    const Snapshot before = snapshot(*prod);
    qsizetype carriedCount = 0;

    auto path = DrillMode::start(*prod, admin, drillId);
    ASSERT_TRUE(path.ok()) << path.error().toStdString();
    EXPECT_TRUE(QFileInfo::exists(*path));
    EXPECT_TRUE(
        QFileInfo(*path).fileName().startsWith(QStringLiteral("test.drill-%1-").arg(drillId)))
        << path->toStdString();
    EXPECT_EQ(QFileInfo(*path).absolutePath(), QFileInfo(prod.path()).absolutePath());

    {
        auto drillDb = openDrill(*path);
        ASSERT_TRUE(drillDb);
        auto session = DrillMode::session(*drillDb);
        ASSERT_TRUE(session.has_value());
        EXPECT_EQ(session->drillId, drillId);
        EXPECT_EQ(session->drillTitle, QStringLiteral("集中交易系统切换演练"));
        EXPECT_EQ(session->productionPath, QFileInfo(prod.path()).absoluteFilePath());
        EXPECT_EQ(session->startedBy, QStringLiteral("admin"));
        EXPECT_EQ(session->removedIncidents, before.counts.value(QStringLiteral("incidents")));

        // The copy keeps handbook, roster, rule sets, drills and operators; not the incidents.
        const Snapshot copy = snapshot(*drillDb);
        for (const QString &table :
             {QStringLiteral("contacts"), QStringLiteral("units"), QStringLiteral("rotations"),
              QStringLiteral("rule_sets"), QStringLiteral("procedures"), QStringLiteral("drills"),
              QStringLiteral("operators")})
            EXPECT_EQ(copy.counts.value(table), before.counts.value(table)) << table.toStdString();
        EXPECT_EQ(copy.counts.value(QStringLiteral("incidents")), 0);
        EXPECT_EQ(copy.counts.value(QStringLiteral("timeline_entries")), 0);
        EXPECT_EQ(copy.auditRows, before.auditRows + 1); // chain continues: drill_mode.start
        auto latest = drillDb->audit().latest(1);
        ASSERT_TRUE(latest.ok());
        EXPECT_EQ(latest->first().action, QStringLiteral("drill_mode.start"));

        // The same person, no second PIN.
        auto person = DrillMode::samePerson(*drillDb, admin);
        ASSERT_TRUE(person.ok()) << person.error().toStdString();
        EXPECT_EQ(person->operatorId(), admin.operatorId());

        // Declared in the drill database: a drill incident, even when not asked for.
        NewIncident n;
        n.title = QStringLiteral("演练：集中交易主机宕机");
        n.faultType = QStringLiteral("trading_outage");
        auto id = drillDb->incidentService().declare(*person, n);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        auto incident = drillDb->incidents().get(*id);
        ASSERT_TRUE(incident.ok());
        EXPECT_TRUE(incident->drill);
        prod.clock().advanceSecs(300);
        ASSERT_TRUE(drillDb->incidents().addNote(*person, *id, QStringLiteral("切换到备机")).ok());
        prod.clock().advanceSecs(600);
        Status recovered = drillDb->incidents().changeState(*person, *id, IncidentState::Recovered,
                                                            QStringLiteral("交易恢复"));
        EXPECT_TRUE(recovered.ok()) << recovered.error().toStdString();

        auto entries = DrillMode::collect(*drillDb);
        ASSERT_TRUE(entries.ok()) << entries.error().toStdString();
        ASSERT_GE(entries->size(), 3);
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const DrillTimelineEntry &e = entries->at(i);
            EXPECT_TRUE(e.text.startsWith(QStringLiteral("[%1] ").arg(incident->number)))
                << e.text.toStdString();
            EXPECT_EQ(e.source, QStringLiteral("drill_mode"));
            EXPECT_FALSE(e.actor.isEmpty());
            if (i > 0) {
                EXPECT_LE(entries->at(i - 1).at, e.at);
            }
        }
        EXPECT_TRUE(std::any_of(entries->begin(), entries->end(), [](const DrillTimelineEntry &e) {
            return e.text.contains(QStringLiteral("切换到备机"));
        }));

        // Production is unchanged while the drill runs and after it.
        EXPECT_EQ(snapshot(*prod), before);

        // The drill timeline goes into the record in production: the one write that ends it.
        EXPECT_FALSE(DrillMode::carryInto(*drillDb, admin, drillId, *entries).ok());
        Status carried = DrillMode::carryInto(*prod, admin, drillId, *entries);
        ASSERT_TRUE(carried.ok()) << carried.error().toStdString();
        carriedCount = entries->size();
        ASSERT_TRUE(DrillMode::markCarried(*drillDb, *person, int(entries->size())).ok());
        EXPECT_TRUE(DrillMode::session(*drillDb)->carriedAt.isValid());
        EXPECT_EQ(DrillMode::session(*drillDb)->carriedEntries, entries->size());
        EXPECT_TRUE(drillDb->audit().verify()->intact);

        DrillRepository drills(prod->database(), prod->audit(), prod->clock());
        auto record = drills.drill(drillId);
        ASSERT_TRUE(record.ok());
        ASSERT_EQ(record->timeline.size(), entries->size());
        for (qsizetype i = 0; i < entries->size(); ++i) {
            EXPECT_EQ(record->timeline[i].text, entries->at(i).text);
            EXPECT_EQ(record->timeline[i].at, entries->at(i).at);
            EXPECT_EQ(record->timeline[i].source, QStringLiteral("drill_mode"));
        }
    }

    // The carry is one audited write; the rest of production is as it was.
    const Snapshot after = snapshot(*prod);
    EXPECT_EQ(after.auditRows, before.auditRows + 1);
    EXPECT_EQ(after.counts.value(QStringLiteral("drill_timeline")),
              before.counts.value(QStringLiteral("drill_timeline")) + carriedCount);
    for (auto it = before.digests.cbegin(); it != before.digests.cend(); ++it) {
        const bool carriedInto = it.key() == QStringLiteral("drill_timeline")
                                 || it.key().startsWith(QStringLiteral("audit"))
                                 || it.key() == QStringLiteral("drills");
        if (!carriedInto) {
            EXPECT_EQ(after.digests.value(it.key()), it.value()) << it.key().toStdString();
        }
    }
    EXPECT_TRUE(QFileInfo::exists(*path)); // kept as evidence
}

TEST_F(DrillModeTest, ProductionIsUnchangedAfterReopeningFromDisk)
{
    const Snapshot before = snapshot(*prod);
    auto path = DrillMode::start(*prod, admin, drillId);
    ASSERT_TRUE(path.ok()) << path.error().toStdString();
    prod.close(); // as the console does: production is closed during the drill
    {
        auto drillDb = openDrill(*path);
        ASSERT_TRUE(drillDb);
        NewIncident n;
        n.title = QStringLiteral("演练：行情中断");
        ASSERT_TRUE(drillDb->incidentService().declare(admin, n).ok());
        ASSERT_TRUE(DrillMode::collect(*drillDb).ok());
    }
    prod.reopen();
    EXPECT_EQ(snapshot(*prod), before);
    EXPECT_FALSE(DrillMode::session(*prod).has_value());
    EXPECT_FALSE(*DrillMode::isDrillDatabase(*prod));
    // In production, incidents stay as declared.
    NewIncident real;
    real.title = QStringLiteral("真实故障");
    auto id = prod->incidentService().declare(admin, real);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_FALSE(prod->incidents().get(*id)->drill);
}

TEST_F(DrillModeTest, RefusesDraftsViewersNestingAndReadOnly)
{
    const qint64 draft = makeDrill(false);
    auto refused = DrillMode::start(*prod, admin, draft);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("集中交易系统切换演练")));

    auto viewerId = prod->operators().add(admin, {QStringLiteral("viewer"),
                                                  QStringLiteral("观察员"),
                                                  QStringLiteral("9999"),
                                                  {Role::Viewer}});
    ASSERT_TRUE(viewerId.ok());
    auto viewer = prod->operators().signIn(QStringLiteral("viewer"), QStringLiteral("9999"));
    ASSERT_TRUE(viewer.ok());
    EXPECT_FALSE(DrillMode::start(*prod, *viewer, drillId).ok());

    auto path = DrillMode::start(*prod, admin, drillId);
    ASSERT_TRUE(path.ok()) << path.error().toStdString();
    auto drillDb = openDrill(*path);
    ASSERT_TRUE(drillDb);
    EXPECT_FALSE(DrillMode::start(*drillDb, admin, drillId).ok()); // no drill in a drill

    // A second start in the same minute gets its own file.
    auto second = DrillMode::start(*prod, admin, drillId);
    ASSERT_TRUE(second.ok()) << second.error().toStdString();
    EXPECT_NE(*second, *path);

    auto readOnly = Backend::open(prod.path(), OpenMode::ReadOnly, prod.clock());
    ASSERT_TRUE(readOnly.ok());
    EXPECT_FALSE(DrillMode::start(**readOnly, admin, drillId).ok());
}

TEST(DrillModePaths, CloneNameCarriesDrillAndLocalTime)
{
    const QString path =
        DrillMode::clonePathFor(QStringLiteral("/data/dutydesk.sqlite3"), 7,
                                QDateTime(QDate(2026, 1, 5), QTime(2, 10), Qt::UTC));
    EXPECT_EQ(path, QStringLiteral("/data/dutydesk.drill-7-20260105-1010.sqlite3"));
}

TEST(DrillModeSession, JsonRoundTripsAndRejectsDamage)
{
    DrillSession s;
    s.drillId = 3;
    s.drillTitle = QStringLiteral("演练");
    s.productionPath = QStringLiteral("/data/dutydesk.sqlite3");
    s.startedAt = QDateTime(QDate(2026, 1, 5), QTime(2, 10), Qt::UTC);
    s.startedBy = QStringLiteral("admin");
    auto back = DrillSession::fromJson(s.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->drillId, 3);
    EXPECT_EQ(back->startedAt, s.startedAt);
    EXPECT_FALSE(back->carriedAt.isValid());
    EXPECT_FALSE(DrillSession::fromJson(QJsonObject{}).has_value());
}
