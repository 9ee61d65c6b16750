#include "storage/database.h"
#include "temp_database.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

CliRun dutyctl(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    e.remove(QStringLiteral("DUTYDESK_PIN"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(DUTYCTL),
            QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

class Dutyctl : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite3"));
    CliRun run(QStringList args, const QMap<QString, QString> &env = {})
    {
        return dutyctl(QStringList{QStringLiteral("--db"), db} + args, env);
    }
};

} // namespace

TEST_F(Dutyctl, UsageErrorsExitTwoWithAMessageOnStderr)
{
    const QList<QStringList> cases = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--bogus"), QStringLiteral("db"), QStringLiteral("check")},
        {QStringLiteral("db")},
        {QStringLiteral("db"), QStringLiteral("explode")},
        {QStringLiteral("db"), QStringLiteral("backup")},
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--nope")},
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
         QStringLiteral("zero")},
        {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("huge")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("institution.type"),
         QStringLiteral("bank")},
    };
    for (const QStringList &args : cases) {
        const CliRun r = run(args);
        EXPECT_EQ(r.code, 2) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(r.err.trimmed().isEmpty()) << args.join(u' ').toStdString();
    }
}

TEST_F(Dutyctl, HelpExitsZeroForEveryCommand)
{
    const CliRun global = run({QStringLiteral("--help")});
    EXPECT_EQ(global.code, 0);
    EXPECT_TRUE(global.out.contains(QStringLiteral("demo")));
    for (const char *c :
         {"db", "audit", "demo", "settings", "calendar", "operator", "grade", "incident"}) {
        const CliRun r = run({QLatin1String(c), QStringLiteral("--help")});
        EXPECT_EQ(r.code, 0) << c;
        EXPECT_FALSE(r.out.isEmpty()) << c;
    }
}

TEST_F(Dutyctl, DemoThenCheckAndVerify)
{
    const CliRun demo = run({QStringLiteral("demo")});
    ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains(QStringLiteral("zhangwei")));
    EXPECT_EQ(run({QStringLiteral("demo")}).code, 1) << "a database with data is refused";
    const CliRun check = run({QStringLiteral("db"), QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    const CliRun verify = run({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verify.code, 0);
    EXPECT_TRUE(verify.out.contains(QStringLiteral("rows verified")));
    const CliRun json =
        run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_TRUE(json.out.contains(QStringLiteral("\"intact\": true")));
}

TEST_F(Dutyctl, VerifyNamesTheFirstTamperedRowAndExitsOne)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const CliRun verify = run({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verify.code, 1);
    EXPECT_TRUE(verify.err.contains(QStringLiteral("row 3"))) << verify.err.toStdString();
}

TEST_F(Dutyctl, BackupAndRestore)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QString backup = dir.filePath(QStringLiteral("b.sqlite3"));
    ASSERT_EQ(run({QStringLiteral("db"), QStringLiteral("backup"), backup}).code, 0);
    EXPECT_EQ(run({QStringLiteral("db"), QStringLiteral("backup"), backup}).code, 1)
        << "never overwrites";
    ASSERT_EQ(run({QStringLiteral("settings"), QStringLiteral("set"),
                   QStringLiteral("institution.name"), QStringLiteral("新名字")})
                  .code,
              0);
    const CliRun restored = run({QStringLiteral("db"), QStringLiteral("restore"), backup});
    ASSERT_EQ(restored.code, 0) << restored.err.toStdString();
    const CliRun shown = run({QStringLiteral("settings"), QStringLiteral("show")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("华景证券"))) << shown.out.toStdString();
    EXPECT_EQ(run({QStringLiteral("db"), QStringLiteral("restore"),
                   dir.filePath(QStringLiteral("missing"))})
                  .code,
              1);
}

TEST_F(Dutyctl, WritesNeedSignInOnceTheAdministratorSaysSo)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QStringList setName{QStringLiteral("settings"), QStringLiteral("set"),
                              QStringLiteral("institution.name"), QStringLiteral("甲")};
    EXPECT_EQ(run(setName).code, 0) << "a demo database lets the OS user write";
    ASSERT_EQ(run({QStringLiteral("settings"), QStringLiteral("set"),
                   QStringLiteral("cli.writes_without_sign_in"), QStringLiteral("off")})
                  .code,
              0);
    const CliRun refused = run(setName);
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--as")));
    const CliRun wrongPin =
        run(QStringList{QStringLiteral("--as"), QStringLiteral("admin")} + setName,
            {{QStringLiteral("DUTYDESK_PIN"), QStringLiteral("9999")}});
    EXPECT_EQ(wrongPin.code, 1);
    const CliRun viewer =
        run(QStringList{QStringLiteral("--as"), QStringLiteral("liuyang")} + setName,
            {{QStringLiteral("DUTYDESK_PIN"), QStringLiteral("5555")}});
    EXPECT_EQ(viewer.code, 1) << "a viewer may not change settings";
    const CliRun admin = run(QStringList{QStringLiteral("--as"), QStringLiteral("admin")} + setName,
                             {{QStringLiteral("DUTYDESK_PIN"), QStringLiteral("1000")}});
    EXPECT_EQ(admin.code, 0) << admin.err.toStdString();
    const CliRun list = run({QStringLiteral("audit"), QStringLiteral("list"),
                             QStringLiteral("--limit"), QStringLiteral("3")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("admin"))) << list.out.toStdString();
}

TEST_F(Dutyctl, ForeignFileIsRefusedWithItsName)
{
    QFile f(db);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a database at all, just some text that is long enough to look like a header....");
    f.close();
    const CliRun r = run({QStringLiteral("db"), QStringLiteral("check")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cli.sqlite3"))) << r.err.toStdString();
}

TEST_F(Dutyctl, OperatorsAreAddedByAnAdministratorAndCanSignIn)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QMap<QString, QString> env{{QStringLiteral("DUTYDESK_PIN"), QStringLiteral("1000")},
                                     {QStringLiteral("DUTYDESK_NEW_PIN"), QStringLiteral("8642")}};
    EXPECT_EQ(run({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("zhaolei"),
                   QStringLiteral("赵磊"), QStringLiteral("pilot")},
                  env)
                  .code,
              2)
        << "unknown role";
    const CliRun added =
        run({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("operator"),
             QStringLiteral("add"), QStringLiteral("zhaolei"), QStringLiteral("赵磊"),
             QStringLiteral("duty_officer,approver")},
            env);
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const CliRun listed = run({QStringLiteral("operator"), QStringLiteral("list")});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("赵磊")));
    const CliRun asNew =
        run({QStringLiteral("--as"), QStringLiteral("zhaolei"), QStringLiteral("operator"),
             QStringLiteral("deactivate"), QStringLiteral("lina")},
            {{QStringLiteral("DUTYDESK_PIN"), QStringLiteral("8642")}});
    EXPECT_EQ(asNew.code, 1) << "a duty officer may not manage operators";
}

TEST_F(Dutyctl, CalendarAnswersAndRefusesBadInput)
{
    const CliRun day =
        run({QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("2026-10-10")});
    EXPECT_EQ(day.code, 0);
    EXPECT_TRUE(day.out.contains(QStringLiteral("working day"))
                && day.out.contains(QStringLiteral("not a trading day")))
        << day.out.toStdString();
    const CliRun minutes = run({QStringLiteral("calendar"), QStringLiteral("minutes"),
                                QStringLiteral("2026-03-02T11:00:00+08:00"),
                                QStringLiteral("2026-03-02T13:30:00+08:00")});
    EXPECT_EQ(minutes.out.trimmed(), QStringLiteral("60"));
    EXPECT_EQ(run({QStringLiteral("calendar"), QStringLiteral("add-working-days"),
                   QStringLiteral("2025-09-30"), QStringLiteral("1")})
                  .out.trimmed(),
              QStringLiteral("2025-10-09"));
    EXPECT_EQ(
        run({QStringLiteral("calendar"), QStringLiteral("day"), QStringLiteral("2026-13-01")}).code,
        2);
    EXPECT_EQ(run({QStringLiteral("calendar"), QStringLiteral("minutes"), QStringLiteral("a"),
                   QStringLiteral("b"), QStringLiteral("--market"), QStringLiteral("moon")})
                  .code,
              2);
    const QString bad = dir.filePath(QStringLiteral("2027.json"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"year": 2027, "source": "test", "holidays": [{"name": "x", "from": "2027-02-30", "to": "2027-03-01"}]})");
    f.close();
    const CliRun refused = run({QStringLiteral("calendar"), QStringLiteral("import"), bad});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("2027.json"))
                && refused.err.contains(QStringLiteral("holidays[0].from")))
        << refused.err.toStdString();
}

TEST_F(Dutyctl, GradeExplainsAndNamesTheNextThreshold)
{
    const QString facts = dir.filePath(QStringLiteral("facts.json"));
    QFile f(facts);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"institution_type": "securities", "system": "centralized_trading",
               "started_at": "2026-03-02T11:28:00+08:00"})");
    f.close();
    const CliRun before =
        run({QStringLiteral("grade"), QStringLiteral("--facts"), facts, QStringLiteral("--rules"),
             QStringLiteral("csrc-2012"), QStringLiteral("--at"),
             QStringLiteral("2026-03-02T11:31:00+08:00")});
    ASSERT_EQ(before.code, 0) << before.err.toStdString();
    EXPECT_TRUE(before.out.contains(QStringLiteral("13:03")))
        << "lunch break does not count: " << before.out.toStdString();
    const CliRun json =
        run({QStringLiteral("--json"), QStringLiteral("grade"), QStringLiteral("--facts"), facts,
             QStringLiteral("--rules"), QStringLiteral("csrc-2012"), QStringLiteral("--at"),
             QStringLiteral("2026-03-02T13:05:00+08:00")});
    ASSERT_EQ(json.code, 0);
    EXPECT_TRUE(json.out.contains(QStringLiteral("\"grade\": \"III\""))) << json.out.toStdString();
    EXPECT_TRUE(json.out.contains(QStringLiteral("outage_minutes=")));

    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"institution_type": "securities", "system": "centralized_trading",
                 "started_at": "2026-03-02T11:28:00+08:00", "colour": "red"})");
    bad.close();
    const CliRun refused =
        run({QStringLiteral("grade"), QStringLiteral("--facts"), bad.fileName()});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("bad.json"))
                && refused.err.contains(QStringLiteral("colour")))
        << refused.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("grade")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("grade"), QStringLiteral("--facts"), facts,
                   QStringLiteral("--at"), QStringLiteral("soon")})
                  .code,
              2);
}

TEST_F(Dutyctl, IncidentDeclareShowAndObligations)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QString facts = dir.filePath(QStringLiteral("facts.json"));
    QFile f(facts);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"institution_type": "securities", "system": "online_trading",
               "started_at": "2026-03-02T10:00:00+08:00", "affected_customers": 3000})");
    f.close();
    const CliRun declared = run({QStringLiteral("--json"), QStringLiteral("incident"),
                                 QStringLiteral("declare"), QStringLiteral("--facts"), facts,
                                 QStringLiteral("--title"), QStringLiteral("网上交易中断")});
    ASSERT_EQ(declared.code, 0) << declared.err.toStdString();
    EXPECT_TRUE(declared.out.contains(QStringLiteral("\"grade\": \"III\"")))
        << declared.out.toStdString();
    const CliRun list = run({QStringLiteral("incident"), QStringLiteral("list"),
                             QStringLiteral("--state"), QStringLiteral("open")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("网上交易中断")));
    const CliRun obligations = run({QStringLiteral("--json"), QStringLiteral("incident"),
                                    QStringLiteral("obligations"), QStringLiteral("1")});
    EXPECT_EQ(obligations.code, 0);
    const CliRun show =
        run({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("nosuch")});
    EXPECT_EQ(show.code, 1);
    EXPECT_EQ(run({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--facts"),
                   facts})
                  .code,
              2)
        << "needs a title";
    EXPECT_EQ(run({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--state"),
                   QStringLiteral("asleep")})
                  .code,
              2);
}

// A desk's database moved to a shared server, then a write of one process reaching another
// through NOTIFY. Needs the PostgreSQL test server (DUTYDESK_TEST_POSTGRESQL; scripts/test).
TEST_F(Dutyctl, MigrateToMovesTheDeskToAServerAndWritesReachTheOtherDesks)
{
    if (!dd::test::ScratchPostgres::configured())
        GTEST_SKIP() << "DUTYDESK_TEST_POSTGRESQL is not set (scripts/test sets it)";
    dd::test::ScratchPostgres server;
    ASSERT_FALSE(server.url().isEmpty()) << server.error().toStdString();
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    EXPECT_EQ(
        run({QStringLiteral("db"), QStringLiteral("migrate-to"), QStringLiteral("nowhere")}).code,
        2);
    CliRun moved = run({QStringLiteral("db"), QStringLiteral("migrate-to"), server.url()});
    ASSERT_EQ(moved.code, 0) << moved.err.toStdString();
    EXPECT_TRUE(moved.out.contains(QStringLiteral("the audit chain"))) << moved.out.toStdString();
    CliRun twice = run({QStringLiteral("db"), QStringLiteral("migrate-to"), server.url()});
    EXPECT_EQ(twice.code, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("not empty"))) << twice.err.toStdString();
    CliRun verify = dutyctl(
        {QStringLiteral("--db"), server.url(), QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verify.code, 0) << verify.err.toStdString();

    // This process is the second desk: it hears the dutyctl process's write.
    auto desk = dd::Database::open(server.url());
    ASSERT_TRUE(desk.ok()) << desk.error().toStdString();
    (*desk)->watchOtherConnections(1000);
    QSignalSpy heard(&(*desk)->changes(), &dd::ChangeFeed::committed);
    CliRun set = dutyctl({QStringLiteral("--db"), server.url(), QStringLiteral("settings"),
                          QStringLiteral("set"), QStringLiteral("notify.shift_reminder_minutes"),
                          QStringLiteral("15")});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    ASSERT_TRUE(heard.wait(2000));
    EXPECT_TRUE(heard.first().first().value<QSet<QString>>().contains(QStringLiteral("settings")));
}
