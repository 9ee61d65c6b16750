// The database layer on a shared PostgreSQL server (issue 12): the address, migrations,
// identity, transactions, the change feed through NOTIFY/LISTEN and the audit chain under
// concurrent writers. The server comes from DUTYDESK_TEST_POSTGRESQL (a URL whose role may
// create databases; scripts/test starts a throw-away cluster and sets it); without it the
// server tests are skipped. Each test works in a database of its own, dropped at the end.
#include "app/backend.h"
#include "app/database_migration.h"
#include "audit/audit_log.h"
#include "demo/demo_generator.h"
#include "drills/drill_mode.h"
#include "storage/database.h"
#include "temp_database.h"
#include "time/clock.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace dd;

namespace {

TEST(DatabaseAddress, ParsesAPostgresqlUrlWithItsOptions)
{
    auto a = DatabaseAddress::parse(
        QStringLiteral("postgresql://duty:s3cr%40t@db.example.cn:6543/dutydesk?sslmode=verify-full&"
                       "sslrootcert=/etc/ssl/ca.pem&connect_timeout=5"));
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_TRUE(a->isPostgreSQL());
    EXPECT_EQ(a->user, QStringLiteral("duty"));
    EXPECT_EQ(a->password, QStringLiteral("s3cr@t"));
    EXPECT_EQ(a->host, QStringLiteral("db.example.cn"));
    EXPECT_EQ(a->port, 6543);
    EXPECT_EQ(a->database, QStringLiteral("dutydesk"));
    EXPECT_EQ(a->connectOptions(),
              QStringLiteral("sslmode=verify-full;sslrootcert=/etc/ssl/ca.pem;connect_timeout=5"));
    // Shown without the password.
    EXPECT_FALSE(a->display().contains(QStringLiteral("s3cr")));
    EXPECT_TRUE(a->display().startsWith(QStringLiteral("postgresql://duty@db.example.cn:6543/")));

    auto d = DatabaseAddress::parse(QStringLiteral("postgres://duty@localhost/dd"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->port, 5432);
    auto file = DatabaseAddress::parse(QStringLiteral("/var/lib/dutydesk/dd.sqlite3"));
    ASSERT_TRUE(file.ok());
    EXPECT_FALSE(file->isPostgreSQL());
    EXPECT_EQ(file->display(), QStringLiteral("/var/lib/dutydesk/dd.sqlite3"));
}

TEST(DatabaseAddress, RefusesAnIncompleteUrlNamingWhatIsMissing)
{
    struct Bad {
        const char *url;
        const char *expected;
    };
    for (const Bad &b :
         {Bad{"postgresql://localhost/dd", "user"}, Bad{"postgresql://duty@localhost", "database"},
          Bad{"postgresql://duty@localhost/", "database"}, Bad{"postgresql://duty@/dd", "server"},
          Bad{"postgresql://duty@localhost/dd?password_in=1", "password_in"},
          Bad{"postgresql://duty@localhost/dd?sslmode=a;b", "sslmode"}}) {
        auto a = DatabaseAddress::parse(QLatin1String(b.url));
        ASSERT_FALSE(a.ok()) << b.url;
        EXPECT_TRUE(a.error().contains(QLatin1String(b.expected)))
            << b.url << ": " << a.error().toStdString();
    }
}

// A database of its own on the test server, dropped when the test ends.
class PgScratch : public ::testing::Test {
protected:
    std::unique_ptr<test::ScratchPostgres> scratch;
    QString url;
    QString name;

    void SetUp() override
    {
        if (!test::ScratchPostgres::configured())
            GTEST_SKIP() << "DUTYDESK_TEST_POSTGRESQL is not set (scripts/test sets it)";
        scratch = std::make_unique<test::ScratchPostgres>();
        ASSERT_FALSE(scratch->url().isEmpty()) << scratch->error().toStdString();
        url = scratch->url();
        name = scratch->name();
    }

    // A plain connection to the scratch database, outside DutyDesk's Database.
    void rawExec(const QString &sql)
    {
        const QString connection = QStringLiteral("raw-") + name;
        {
            auto address = DatabaseAddress::parse(url);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(address->host);
            db.setPort(address->port);
            db.setUserName(address->user);
            db.setPassword(address->password);
            db.setDatabaseName(name);
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    std::unique_ptr<Database> openOrFail()
    {
        auto db = Database::open(url);
        EXPECT_TRUE(db.ok()) << (db ? "" : db.error().toStdString());
        return db ? std::move(*db) : nullptr;
    }

    static int count(Database &db, const QString &sql)
    {
        auto q = db.exec(sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    }
};

TEST_F(PgScratch, AnEmptyDatabaseIsMigratedOnceToTheLatestSchema)
{
    EXPECT_EQ(Database::latestSchemaVersion(SqlDialect::PostgreSQL),
              Database::latestSchemaVersion(SqlDialect::SQLite));
    {
        auto db = openOrFail();
        ASSERT_TRUE(db);
        EXPECT_EQ(db->dialect(), SqlDialect::PostgreSQL);
        EXPECT_TRUE(db->isShared());
        EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion(SqlDialect::PostgreSQL));
        EXPECT_FALSE(db->path().contains(QLatin1Char(':') + QStringLiteral("@")));
        EXPECT_TRUE(db->integrityCheck().ok());
        EXPECT_FALSE(db->backupTo(QStringLiteral("/tmp/never.sqlite3")).ok());
    }
    auto again = openOrFail();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->schemaVersion(), Database::latestSchemaVersion(SqlDialect::PostgreSQL));
    EXPECT_EQ(count(*again, QStringLiteral("SELECT count(*) FROM dd_schema")), 1);
    // Read-only sessions refuse writes before they reach the server.
    auto viewer = Database::open(url, OpenMode::ReadOnly);
    ASSERT_TRUE(viewer.ok()) << viewer.error().toStdString();
    EXPECT_FALSE((*viewer)->write([] { return Status{}; }).ok());
}

TEST_F(PgScratch, ADatabaseOfAnotherProgramIsRefusedAndLeftAlone)
{
    rawExec(QStringLiteral("CREATE TABLE payroll (id INTEGER)"));
    auto db = Database::open(url);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("not a DutyDesk database")))
        << db.error().toStdString();
    EXPECT_TRUE(db.error().contains(QStringLiteral("127.0.0.1"))
                || db.error().contains(QStringLiteral("/") + name))
        << "names the server";
}

TEST_F(PgScratch, BothDialectsHaveTheSameTablesColumnsAndSeedRows)
{
    auto pg = openOrFail();
    ASSERT_TRUE(pg);
    QTemporaryDir dir;
    auto lite = Database::open(dir.filePath(QStringLiteral("parity.sqlite3")));
    ASSERT_TRUE(lite.ok()) << lite.error().toStdString();
    auto tables = (*lite)->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                               "'table' AND name NOT LIKE 'sqlite%' ORDER BY "
                                               "name"));
    ASSERT_TRUE(tables.ok());
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    ASSERT_GT(names.size(), 50);
    for (const QString &table : std::as_const(names)) {
        // Columns in order, with whether they may be NULL.
        QStringList liteColumns, pgColumns;
        auto info = (*lite)->exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        ASSERT_TRUE(info.ok());
        while (info->next())
            liteColumns << info->value(1).toString()
                               + (info->value(3).toInt() || info->value(5).toInt()
                                      ? QStringLiteral(" not null")
                                      : QString());
        auto columns = pg->exec(QStringLiteral("SELECT column_name, is_nullable FROM "
                                               "information_schema.columns WHERE table_schema = "
                                               "current_schema() AND table_name = ? ORDER BY "
                                               "ordinal_position"),
                                {table});
        ASSERT_TRUE(columns.ok()) << columns.error().toStdString();
        while (columns->next())
            pgColumns << columns->value(0).toString()
                             + (columns->value(1).toString() == QLatin1String("NO")
                                    ? QStringLiteral(" not null")
                                    : QString());
        EXPECT_EQ(pgColumns, liteColumns) << table.toStdString();
        // The same seed rows (counts; the rows are the same statements).
        const QString countSql = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table);
        EXPECT_EQ(count(*pg, countSql), count(**lite, countSql)) << table.toStdString();
    }
}

TEST_F(PgScratch, AFailedWriteRollsBackAndInsertReturnsTheId)
{
    auto db = openOrFail();
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec(QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS "
                                        "IDENTITY PRIMARY KEY, v TEXT NOT NULL)"))
                    .ok());
    Status failed = db->write([&]() -> Status {
        auto q = db->exec(QStringLiteral("INSERT INTO t (v) VALUES (?) RETURNING id"),
                          {QStringLiteral("gone")});
        if (!q)
            return q.takeError();
        return fail(QStringLiteral("second step failed"));
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM t")), 0);
    auto id = db->write([&]() -> Result<qint64> {
        auto q = db->exec(QStringLiteral("INSERT INTO t (v) VALUES (?) RETURNING id"),
                          {QStringLiteral("kept")});
        if (!q)
            return q.takeError();
        return insertedId(*q);
    });
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_EQ(*id, 2); // the rolled-back insert used 1: identities are never reused
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM t")), 1);
}

TEST_F(PgScratch, CommitsAreAnnouncedHereAtOnceAndToOtherDesksThroughNotify)
{
    auto here = openOrFail();
    auto there = openOrFail();
    ASSERT_TRUE(here && there);
    there->watchOtherConnections(1000);
    QList<QSet<QString>> own;
    QObject::connect(&here->changes(), &ChangeFeed::committed,
                     [&](const QSet<QString> &tables) { own << tables; });
    QSignalSpy others(&there->changes(), &ChangeFeed::committed);
    ASSERT_TRUE(here->write([&]() -> Status {
        for (const char *key : {"feed.a", "feed.b"}) {
            auto q = here->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1')"),
                                {QLatin1String(key)});
            if (!q)
                return q.takeError();
        }
        return {};
    }));
    ASSERT_EQ(own.size(), 1); // synchronously, right after COMMIT
    EXPECT_EQ(own.first(), QSet<QString>{QStringLiteral("settings")});
    ASSERT_TRUE(others.wait(1000)) << "the other desk hears it within a second";
    EXPECT_EQ(others.first().first().value<QSet<QString>>(),
              QSet<QString>{QStringLiteral("settings")});
    // A rolled-back write announces nothing anywhere.
    (void)here->write([&]() -> Status {
        (void)here->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', '1')"));
        return fail(QStringLiteral("refused"));
    });
    EXPECT_EQ(own.size(), 1);
    EXPECT_FALSE(others.wait(300));
}

TEST_F(PgScratch, TheAuditChainStaysOneChainUnderConcurrentWriters)
{
    const int writers = 4;
    const int each = qEnvironmentVariableIntValue("DUTYDESK_PG_AUDIT_WRITES") > 0
                         ? qEnvironmentVariableIntValue("DUTYDESK_PG_AUDIT_WRITES")
                         : 1000;
    {
        auto db = openOrFail(); // migrated before the writers start
        ASSERT_TRUE(db);
    }
    QAtomicInt failures;
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w)
        threads.emplace_back([&, w] {
            auto db = Database::open(url);
            if (!db) {
                failures.fetchAndAddRelaxed(1);
                return;
            }
            SystemClock clock;
            AuditLog audit(**db, clock);
            const Actor actor = Actor::osUser(QStringLiteral("writer-%1").arg(w));
            for (int i = 0; i < each; ++i) {
                auto written = (*db)->write([&]() -> Result<qint64> {
                    return audit.append(actor,
                                        {QStringLiteral("test.write"), QStringLiteral("settings"),
                                         QString::number(i), QJsonObject(), QJsonObject()});
                });
                if (!written)
                    failures.fetchAndAddRelaxed(1);
            }
        });
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(failures.loadRelaxed(), 0);
    auto db = openOrFail();
    ASSERT_TRUE(db);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'test.write'")),
              writers * each);
    SystemClock clock;
    auto verified = AuditLog(*db, clock).verify();
    ASSERT_TRUE(verified.ok()) << verified.error().toStdString();
    EXPECT_TRUE(verified->intact);
}

TEST_F(PgScratch, MigrateToCopiesEveryRowAndTheAuditChainOfAnSqliteDesk)
{
    QTemporaryDir dir;
    FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 10), Qt::UTC));
    auto desk =
        Backend::open(dir.filePath(QStringLiteral("desk.sqlite3")), OpenMode::ReadWrite, clock);
    ASSERT_TRUE(desk.ok()) << desk.error().toStdString();
    for (const DemoGenerator::Step &step : DemoGenerator::steps())
        ASSERT_TRUE(step.run(**desk, DemoScale::Small).ok());
    auto sourceAudit = (*desk)->audit().verify();
    ASSERT_TRUE(sourceAudit.ok() && sourceAudit->intact);
    auto sourceIncidents = (*desk)->incidents().list();
    ASSERT_TRUE(sourceIncidents.ok());

    auto target = openOrFail();
    ASSERT_TRUE(target);
    auto report = DatabaseMigration::copy((*desk)->database(), *target);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_GT(report->totalRows(), 500);
    EXPECT_EQ(report->auditRows, sourceAudit->count);

    // A second copy into the now filled database is refused and changes nothing.
    auto again = DatabaseMigration::copy((*desk)->database(), *target);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("not empty"))) << again.error().toStdString();
    target.reset();

    // The server database works as the desk did: same incidents, the same people sign in,
    // new rows get new ids.
    auto shared = Backend::open(url, OpenMode::ReadWrite, clock);
    ASSERT_TRUE(shared.ok()) << shared.error().toStdString();
    auto incidents = (*shared)->incidents().list();
    ASSERT_TRUE(incidents.ok()) << incidents.error().toStdString();
    EXPECT_EQ(incidents->size(), sourceIncidents->size());
    auto admin = (*shared)->operators().signIn(QStringLiteral("admin"), QStringLiteral("1000"));
    ASSERT_TRUE(admin.ok()) << admin.error().toStdString();
    NewIncident n;
    n.title = QStringLiteral("迁移后的第一个事件");
    n.faultType = QStringLiteral("trading_outage");
    auto declared = (*shared)->incidents().declare(*admin, n);
    ASSERT_TRUE(declared.ok()) << declared.error().toStdString();
    for (const IncidentSummary &i : *sourceIncidents)
        EXPECT_NE(i.id, *declared);
    EXPECT_TRUE((*shared)->audit().verify()->intact);
    // Drill mode copies an SQLite file: refused on the shared server, with the reason.
    auto drill = DrillMode::start(**shared, *admin, 1);
    ASSERT_FALSE(drill.ok());
    EXPECT_TRUE(drill.error().contains(QStringLiteral("shared server")))
        << drill.error().toStdString();
}

} // namespace
