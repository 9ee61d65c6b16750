// dutyctl readiness [--json] [--at DATE]: exit codes, JSON and --at over period boundaries.
#include "../core/readiness_fixture.h"
#include "app/backend.h"

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

class DutyctlReadiness : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite3"));

    void makeReady()
    {
        FakeClock clock(QDateTime(QDate(2026, 1, 5), QTime(2, 10), Qt::UTC));
        auto backend = Backend::open(db, OpenMode::ReadWrite, clock);
        ASSERT_TRUE(backend.ok()) << backend.error().toStdString();
        InstitutionProfile profile;
        profile.name = QStringLiteral("测试证券");
        auto admin =
            (*backend)->operators().createFirstAdministrator(profile, {QStringLiteral("admin"),
                                                                       QStringLiteral("管理员"),
                                                                       QStringLiteral("1000"),
                                                                       {Role::Administrator}});
        ASSERT_TRUE(admin.ok()) << admin.error().toStdString();
        test::ReadyInstitution ready(**backend, *admin);
        ready.build();
    }

    CliRun run(const QStringList &args)
    {
        return dutyctl(QStringList{QStringLiteral("readiness")} + args);
    }

    CliRun dutyctl(const QStringList &args, const QString &pin = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (!pin.isEmpty())
            e.insert(QStringLiteral("DUTYDESK_PIN"), pin);
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

TEST_F(DutyctlReadiness, ReadyInstitutionExitsZeroWithEveryField)
{
    makeReady();
    const CliRun r =
        run({QStringLiteral("--json"), QStringLiteral("--at"), QStringLiteral("2026-01-05")});
    ASSERT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-01-05"));
    EXPECT_EQ(o.value(QStringLiteral("score")).toInt(), 100);
    EXPECT_EQ(o.value(QStringLiteral("failing")).toInt(), 0);
    const QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
    ASSERT_GE(checks.size(), 19);
    for (const QJsonValue &v : checks) {
        const QJsonObject c = v.toObject();
        for (const char *key :
             {"id", "status", "status_name", "group", "title", "clause", "clause_ref", "summary",
              "evidence", "due_by", "fix_page", "fix_target"})
            EXPECT_TRUE(c.contains(QString::fromLatin1(key))) << key;
        EXPECT_EQ(c.value(QStringLiteral("status")).toString(), QStringLiteral("ok"))
            << c.value(QStringLiteral("id")).toString().toStdString();
    }
}

TEST_F(DutyctlReadiness, AtMovesOverPeriodBoundaries)
{
    makeReady();
    // Handbook verified 2026-01-02 for 90 days: due soon on 2026-03-20, failing on 2026-04-03.
    CliRun r =
        run({QStringLiteral("--json"), QStringLiteral("--at"), QStringLiteral("2026-03-20")});
    ASSERT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_GE(o.value(QStringLiteral("due_soon")).toInt(), 1);
    r = run({QStringLiteral("--at"), QStringLiteral("2026-04-03")});
    EXPECT_EQ(r.code, 1) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("contacts.verified"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("FAILING"))) << r.out.toStdString();
}

TEST_F(DutyctlReadiness, EmptyDatabaseFailsAndBadDateIsUsage)
{
    makeReady();
    EXPECT_EQ(run({QStringLiteral("--at"), QStringLiteral("2026-13-01")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("extra")}).code, 2);
    QTemporaryDir other;
    db = other.filePath(QStringLiteral("empty.sqlite3"));
    {
        FakeClock clock(QDateTime(QDate(2026, 1, 5), QTime(2, 10), Qt::UTC));
        auto backend = Backend::open(db, OpenMode::ReadWrite, clock);
        ASSERT_TRUE(backend.ok());
    }
    const CliRun r = run({QStringLiteral("--json")});
    EXPECT_EQ(r.code, 1) << r.err.toStdString();
    EXPECT_GT(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("failing")).toInt(),
        5);
}

// dutyctl settings: every readiness period is shown, settable by an administrator, validated
// (the refusal names the key and what is expected), and changes what the checks measure.
TEST_F(DutyctlReadiness, SettingsSetAndShowReadinessPeriods)
{
    makeReady();
    const QStringList as{QStringLiteral("--as"), QStringLiteral("admin")};
    CliRun r = dutyctl({QStringLiteral("settings"), QStringLiteral("show")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    for (const char *key : {"readiness.period.handbook_days", "readiness.period.plan_review_months",
                            "readiness.period.roster_days", "readiness.period.documents_check_days",
                            "readiness.period.stocktake_days", "readiness.period.training_months",
                            "readiness.period.drill_retention_years", "readiness.due_soon_days"})
        EXPECT_TRUE(r.out.contains(QString::fromLatin1(key))) << key << r.out.toStdString();

    r = dutyctl(as
                    + QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                  QStringLiteral("readiness.period.handbook_days"),
                                  QStringLiteral("2")},
                QStringLiteral("1000"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = dutyctl({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("show")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("readiness.period.handbook_days")).toInt(), 2);
    EXPECT_EQ(o.value(QStringLiteral("readiness.due_soon_days")).toInt(), 30);
    // Verified 2026-01-02: with a period of two days the handbook check fails on 2026-01-05.
    r = run({QStringLiteral("--at"), QStringLiteral("2026-01-05")});
    EXPECT_EQ(r.code, 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("contacts.verified"))) << r.out.toStdString();

    for (const char *bad : {"0", "abc", "100000", "3.5"}) {
        r = dutyctl(as
                        + QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                      QStringLiteral("readiness.period.stocktake_days"),
                                      QString::fromLatin1(bad)},
                    QStringLiteral("1000"));
        EXPECT_EQ(r.code, 2) << bad;
        EXPECT_TRUE(r.err.contains(QStringLiteral("readiness.period.stocktake_days")))
            << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("whole number of days"))) << r.err.toStdString();
    }
    r = dutyctl({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("show")});
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8())
                  .object()
                  .value(QStringLiteral("readiness.period.stocktake_days"))
                  .toInt(),
              180);
}

// The shift reminder lead time (issue 4) is a setting of the same command.
TEST_F(DutyctlReadiness, SettingsSetTheShiftReminderLeadTime)
{
    makeReady();
    const QStringList as{QStringLiteral("--as"), QStringLiteral("admin")};
    const QString key = QStringLiteral("notify.shift_reminder_minutes");
    CliRun r =
        dutyctl({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("show")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object().value(key).toInt(), 30);
    r = dutyctl(as
                    + QStringList{QStringLiteral("settings"), QStringLiteral("set"), key,
                                  QStringLiteral("45")},
                QStringLiteral("1000"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    for (const char *bad : {"soon", "1441", "2.5"}) {
        r = dutyctl(as
                        + QStringList{QStringLiteral("settings"), QStringLiteral("set"), key,
                                      QString::fromLatin1(bad)},
                    QStringLiteral("1000"));
        EXPECT_EQ(r.code, 2) << bad;
        EXPECT_TRUE(r.err.contains(key)) << r.err.toStdString();
    }
    r = dutyctl({QStringLiteral("settings"), QStringLiteral("show")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(key)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("45"))) << r.out.toStdString();
}

} // namespace
} // namespace dd
