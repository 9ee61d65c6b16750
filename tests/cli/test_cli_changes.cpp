// dutyctl ci list | show NUMBER, change list | show ID | check-window: output, JSON, exit codes.
#include "app/backend.h"
#include "audit/audit_log.h"
#include "changes/change_register.h"
#include "config/config_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace dd {
namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

class DutyctlChanges : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite3"));

    static QDateTime local(int y, int m, int d, int h, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
    }

    // Two items (the application depends on the database) and one approved change.
    void SetUp() override
    {
        FakeClock clock(local(2026, 3, 2, 10));
        auto backend = Backend::open(db, OpenMode::ReadWrite, clock);
        ASSERT_TRUE(backend.ok()) << backend.error().toStdString();
        Backend &b = **backend;
        InstitutionProfile profile;
        profile.name = QStringLiteral("测试证券");
        auto admin = b.operators().createFirstAdministrator(profile, {QStringLiteral("admin"),
                                                                      QStringLiteral("管理员"),
                                                                      QStringLiteral("1000"),
                                                                      {Role::Administrator}});
        ASSERT_TRUE(admin.ok());
        QList<Actor> people;
        for (const char *login : {"alice", "bobby", "carol"}) {
            auto id = b.operators().add(*admin, {QLatin1String(login),
                                                 QLatin1String(login),
                                                 QStringLiteral("1234"),
                                                 {Role::DutyLeader}});
            ASSERT_TRUE(id.ok()) << id.error().toStdString();
            people << Actor::operatorAccount(*id, QLatin1String(login), QLatin1String(login),
                                             {Role::DutyLeader});
        }
        ConfigRegistry config(b.database(), b.audit(), clock);
        ChangeRegister changes(b.database(), b.audit(), clock, b.calendar(), b.settings(), config);
        ConfigItem dbItem;
        dbItem.number = QStringLiteral("DB-1");
        dbItem.kind = QStringLiteral("database");
        dbItem.name = QStringLiteral("集中交易数据库");
        dbItem.systemClass = 4;
        auto dbId = config.add(*admin, dbItem);
        ConfigItem app = dbItem;
        app.number = QStringLiteral("APP-1");
        app.kind = QStringLiteral("application");
        app.name = QStringLiteral("集中交易系统");
        auto appId = config.add(*admin, app);
        ASSERT_TRUE(dbId.ok() && appId.ok());
        ASSERT_TRUE(config.addRelation(*admin, *appId, *dbId, RelationKind::DependsOn).ok());
        ChangeRequest r;
        r.title = QStringLiteral("数据库补丁");
        r.goal = r.steps = r.testPlan = r.implementationPlan = r.riskControls = r.emergencyPlan =
            r.rollbackPlan = QStringLiteral("见方案");
        r.itemIds = {*dbId};
        r.windowStart = local(2026, 3, 7, 20);
        r.windowEnd = local(2026, 3, 7, 22);
        r.implementerId = people[1].operatorId();
        r.reviewerId = people[2].operatorId();
        auto id = changes.saveDraft(people[0], r);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        ASSERT_TRUE(changes.submit(people[0], *id).ok());
        ASSERT_TRUE(changes
                        .approve(*admin, *id,
                                 {RiskLevel::Low, RiskLevel::Low, QStringLiteral("同意"), {}, {}})
                        .ok());
        // An emergency change inside trading hours (Tuesday 10:00–10:30).
        ChangeRequest urgent = r;
        urgent.title = QStringLiteral("紧急修复行情延迟");
        urgent.urgency = ChangeUrgency::Emergency;
        urgent.windowStart = local(2026, 3, 10, 10);
        urgent.windowEnd = local(2026, 3, 10, 10, 30);
        auto urgentId = changes.saveDraft(people[0], urgent);
        ASSERT_TRUE(urgentId.ok()) << urgentId.error().toStdString();
        ASSERT_TRUE(changes.submit(people[0], *urgentId).ok());
        ASSERT_TRUE(changes
                        .approve(*admin, *urgentId,
                                 {RiskLevel::High, RiskLevel::High, QStringLiteral("同意"), {}, {}})
                        .ok());
        // A problem found in a drill, linked to the database.
        const QString now = toStoredTime(clock.now());
        ASSERT_TRUE(
            b.database()
                .exec(QStringLiteral("INSERT INTO drills (id, title, status, planned_start, "
                                     "created_at, created_by, updated_at, updated_by) "
                                     "VALUES (7, '主备切换演练', 'completed', "
                                     "'2026-01-10T01:00:00.000Z', ?, 't', ?, 't')"),
                      {now, now})
                .ok());
        ASSERT_TRUE(b.database()
                        .exec(QStringLiteral("INSERT INTO drill_findings (id, drill_id, text, "
                                             "created_at, updated_at, updated_by) VALUES (70, 7, "
                                             "'切换脚本需人工确认', ?, ?, 't')"),
                              {now, now})
                        .ok());
        ASSERT_TRUE(config.linkFinding(*admin, *dbId, 70).ok());
    }

    CliRun dutyctl(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(DUTYCTL), QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                     QStringLiteral("--db"), db}
                                             + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
};

TEST_F(DutyctlChanges, CiListAndShowWithDependentsAndHistory)
{
    CliRun r = dutyctl({QStringLiteral("ci"), QStringLiteral("list")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("DB-1")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("APP-1")));

    r = dutyctl({QStringLiteral("--json"), QStringLiteral("ci"), QStringLiteral("show"),
                 QStringLiteral("DB-1")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("name")).toString(), QStringLiteral("集中交易数据库"));
    const QJsonArray deps = o.value(QStringLiteral("dependents")).toArray();
    ASSERT_EQ(deps.size(), 1);
    EXPECT_EQ(deps.first().toObject().value(QStringLiteral("number")).toString(),
              QStringLiteral("APP-1"));
    EXPECT_EQ(o.value(QStringLiteral("history")).toArray().size(), 1);
    const QJsonArray found = o.value(QStringLiteral("drill_findings")).toArray();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().toObject().value(QStringLiteral("drill")).toString(),
              QStringLiteral("主备切换演练"));
    EXPECT_EQ(found.first().toObject().value(QStringLiteral("drill_date")).toString(),
              QStringLiteral("2026-01-10"));
    r = dutyctl({QStringLiteral("ci"), QStringLiteral("show"), QStringLiteral("DB-1")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Problems found in drills:")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026-01-10  主备切换演练: 切换脚本需人工确认")))
        << r.out.toStdString();

    r = dutyctl({QStringLiteral("ci"), QStringLiteral("show"), QStringLiteral("NOPE-9")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("NOPE-9")));
    EXPECT_EQ(dutyctl({QStringLiteral("ci"), QStringLiteral("show")}).code, 2);
}

TEST_F(DutyctlChanges, ChangeListAndShow)
{
    CliRun r = dutyctl({QStringLiteral("change"), QStringLiteral("list")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("CHG-2026-0001")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Approved")));
    // The emergency change carries both marks; the normal one neither.
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const bool urgent = line.contains(QStringLiteral("CHG-2026-0002"));
        if (!urgent && !line.contains(QStringLiteral("CHG-2026-0001")))
            continue;
        EXPECT_EQ(line.contains(QStringLiteral("[emergency change]")), urgent)
            << line.toStdString();
        EXPECT_EQ(line.contains(QStringLiteral("[in trading hours]")), urgent)
            << line.toStdString();
    }
    r = dutyctl({QStringLiteral("--json"), QStringLiteral("change"), QStringLiteral("show"),
                 QStringLiteral("CHG-2026-0002")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject urgent = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(urgent.value(QStringLiteral("urgency")).toString(), QStringLiteral("emergency"));
    EXPECT_TRUE(urgent.value(QStringLiteral("in_trading_hours")).toBool());
    r = dutyctl({QStringLiteral("--json"), QStringLiteral("change"), QStringLiteral("show"),
                 QStringLiteral("CHG-2026-0001")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    EXPECT_EQ(o.value(QStringLiteral("items")).toArray().first().toString(),
              QStringLiteral("DB-1"));
    EXPECT_EQ(o.value(QStringLiteral("approver")).toString(), QStringLiteral("管理员"));
    EXPECT_EQ(
        dutyctl({QStringLiteral("change"), QStringLiteral("show"), QStringLiteral("99")}).code, 1);
}

TEST_F(DutyctlChanges, CheckWindowExitsOneInsideTradingHoursWithTheReason)
{
    CliRun r = dutyctl({QStringLiteral("change"), QStringLiteral("check-window"),
                        QStringLiteral("--start"), QStringLiteral("2026-03-10T09:20"),
                        QStringLiteral("--end"), QStringLiteral("2026-03-10T10:00")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("trading hours"))) << r.err.toStdString();
    // 2026-02-28 is a Saturday make-up workday: working, not trading.
    r = dutyctl({QStringLiteral("change"), QStringLiteral("check-window"),
                 QStringLiteral("--start"), QStringLiteral("2026-02-28T09:20"),
                 QStringLiteral("--end"), QStringLiteral("2026-02-28T11:00")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    // The futures night session is refused for the futures market only.
    const QStringList night{QStringLiteral("change"),  QStringLiteral("check-window"),
                            QStringLiteral("--start"), QStringLiteral("2026-03-10T21:30"),
                            QStringLiteral("--end"),   QStringLiteral("2026-03-10T22:30")};
    EXPECT_EQ(dutyctl(night).code, 0);
    r = dutyctl(night + QStringList{QStringLiteral("--market"), QStringLiteral("futures")});
    EXPECT_EQ(r.code, 1);
    r = dutyctl({QStringLiteral("--json"), QStringLiteral("change"), QStringLiteral("check-window"),
                 QStringLiteral("--start"), QStringLiteral("2026-03-10T09:20"),
                 QStringLiteral("--end"), QStringLiteral("2026-03-10T10:00")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(QJsonDocument::fromJson(r.out.toUtf8())
                    .object()
                    .value(QStringLiteral("in_trading_hours"))
                    .toBool());
    r = dutyctl({QStringLiteral("change"), QStringLiteral("check-window"),
                 QStringLiteral("--start"), QStringLiteral("soon"), QStringLiteral("--end"),
                 QStringLiteral("2026-03-10T10:00")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--start")));
}

} // namespace
} // namespace dd
