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
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(DUTYCTL),
                QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                            db, QStringLiteral("readiness")}
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

} // namespace
} // namespace dd
