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
#include "storage/attachment_files.h"
#include "storage/database.h"
#include "temp_database.h"
#include "time/clock.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
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

// A primary and its standby: libpq tries the servers in turn (the desk adds
// target_session_attrs=read-write, so it writes to whichever is the primary).
TEST(DatabaseAddress, TakesAListOfServersSharingOnePort)
{
    auto a = DatabaseAddress::parse(
        QStringLiteral("postgresql://duty@db1.example.cn,db2.example.cn:5432/dutydesk"));
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    EXPECT_EQ(a->host, QStringLiteral("db1.example.cn,db2.example.cn"));
    EXPECT_EQ(a->port, 5432);
    EXPECT_EQ(a->database, QStringLiteral("dutydesk"));
    auto again = DatabaseAddress::parse(a->text());
    ASSERT_TRUE(again.ok()) << a->text().toStdString();
    EXPECT_EQ(again->host, a->host);
    EXPECT_FALSE(DatabaseAddress::parse(QStringLiteral("postgresql://duty@db1,,db2/dd")).ok());
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

TEST_F(PgScratch, DesksDeclaringAtTheSameTimeGetDistinctIncidentNumbers)
{
    const int desks = 4, each = 25;
    FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 10), Qt::UTC));
    qint64 adminId = 0;
    {
        auto first = Backend::open(url, OpenMode::ReadWrite, clock);
        ASSERT_TRUE(first.ok()) << first.error().toStdString();
        InstitutionProfile profile;
        profile.name = QStringLiteral("测试证券");
        auto admin =
            (*first)->operators().createFirstAdministrator(profile, {QStringLiteral("admin"),
                                                                     QStringLiteral("管理员"),
                                                                     QStringLiteral("1000"),
                                                                     {Role::Administrator}});
        ASSERT_TRUE(admin.ok()) << admin.error().toStdString();
        adminId = admin->operatorId();
    }
    QAtomicInt failures;
    QString firstError;
    QMutex errorLock;
    std::vector<std::thread> threads;
    for (int d = 0; d < desks; ++d)
        threads.emplace_back([&, d] {
            FakeClock deskClock(QDateTime(QDate(2026, 3, 2), QTime(2, 10), Qt::UTC));
            auto desk = Backend::open(url, OpenMode::ReadWrite, deskClock);
            if (!desk) {
                failures.fetchAndAddRelaxed(each);
                return;
            }
            const Actor admin = Actor::operatorAccount(
                adminId, QStringLiteral("admin"), QStringLiteral("管理员"), {Role::Administrator});
            for (int i = 0; i < each; ++i) {
                NewIncident n;
                n.title = QStringLiteral("席位 %1 事件 %2").arg(d).arg(i);
                n.faultType = QStringLiteral("trading_outage");
                auto declared = (*desk)->incidents().declare(admin, n);
                if (!declared) {
                    failures.fetchAndAddRelaxed(1);
                    QMutexLocker lock(&errorLock);
                    if (firstError.isEmpty())
                        firstError = declared.error();
                }
            }
        });
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(failures.loadRelaxed(), 0) << firstError.toStdString();
    auto db = openOrFail();
    ASSERT_TRUE(db);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT count(DISTINCT number) FROM incidents")),
              desks * each);
    auto highest = db->exec(QStringLiteral("SELECT max(number) FROM incidents"));
    ASSERT_TRUE(highest.ok() && highest->next());
    EXPECT_EQ(highest->value(0).toString(),
              QStringLiteral("2026-%1").arg(desks * each, 4, 10, QLatin1Char('0')))
        << "no number skipped or given twice";
}

// Attachments on a server: the bytes are in the database, so a desk that did not attach the
// file opens it too; a changed content is noticed by its hash; unused content goes.
TEST_F(PgScratch, AttachedFilesAreInTheServerAndEveryDeskOpensThem)
{
    auto here = openOrFail();
    auto there = openOrFail();
    ASSERT_TRUE(here && there);
    QTemporaryDir files, hereCache, thereCache;
    const QByteArray bytes("机房温度曲线 02:00–03:00\n");
    const QString source = files.filePath(QStringLiteral("温度.csv"));
    {
        QFile f(source);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString storedAs =
        QStringLiteral("drills/1/")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    ASSERT_TRUE(here->write([&]() -> Status {
        return AttachmentFiles::store(*here, hereCache.path(), storedAs, source);
    }));
    // Twice is once.
    ASSERT_TRUE(here->write([&]() -> Status {
        return AttachmentFiles::store(*here, hereCache.path(), storedAs, source);
    }));
    EXPECT_EQ(count(*here, QStringLiteral("SELECT count(*) FROM attachment_contents")), 1);

    auto opened = AttachmentFiles::localFile(*there, thereCache.path(), storedAs);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_TRUE(opened->startsWith(thereCache.path()));
    QFile f(*opened);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), bytes);

    rawExec(QStringLiteral("UPDATE attachment_contents SET content = 'x'::bytea"));
    QTemporaryDir fresh;
    auto changed = AttachmentFiles::localFile(*there, fresh.path(), storedAs);
    ASSERT_FALSE(changed.ok());
    EXPECT_TRUE(changed.error().contains(QStringLiteral("SHA-256")))
        << changed.error().toStdString();

    // No drill attachment names it: forgetting removes the bytes and the cached copy.
    AttachmentFiles::forgetUnused(*there, thereCache.path(), storedAs,
                                  QStringLiteral("drill_attachments"));
    EXPECT_EQ(count(*here, QStringLiteral("SELECT count(*) FROM attachment_contents")), 0);
    EXPECT_FALSE(QFileInfo::exists(*opened));
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
    Result<AuditVerification> sourceAudit = (*desk)->audit().verify();
    ASSERT_TRUE(sourceAudit.ok() && sourceAudit->intact);
    auto sourceIncidents = (*desk)->incidents().list();
    ASSERT_TRUE(sourceIncidents.ok());

    // An attached file: kept beside the SQLite file, its bytes move into the server.
    auto deskAdmin = (*desk)->operators().signIn(QStringLiteral("admin"), QStringLiteral("1000"));
    ASSERT_TRUE(deskAdmin.ok()) << deskAdmin.error().toStdString();
    ASSERT_FALSE(sourceIncidents->isEmpty());
    const QString evidence = dir.filePath(QStringLiteral("交易日志.txt"));
    {
        QFile f(evidence);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("02:10 撮合主机无响应\n");
    }
    const qint64 withFile = sourceIncidents->first().id;
    ASSERT_TRUE((*desk)->incidents().attachFile(*deskAdmin, withFile, evidence,
                                                (*desk)->attachmentFolder()));
    auto deskFiles = (*desk)->incidents().attachments(withFile);
    ASSERT_TRUE(deskFiles.ok() && deskFiles->size() == 1);
    sourceAudit = (*desk)->audit().verify();

    auto target = openOrFail();
    ASSERT_TRUE(target);
    auto report =
        DatabaseMigration::copy((*desk)->database(), *target, (*desk)->attachmentFolder());
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_GT(report->totalRows(), 500);
    EXPECT_EQ(report->auditRows, sourceAudit->count);
    EXPECT_EQ(report->attachmentFiles, 1);
    EXPECT_TRUE(report->missingAttachments.isEmpty());
    QTemporaryDir cache;
    auto opened = AttachmentFiles::localFile(*target, cache.path(), deskFiles->first().storedAs);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    QFile copied(*opened);
    ASSERT_TRUE(copied.open(QIODevice::ReadOnly));
    EXPECT_EQ(copied.readAll(), QByteArray("02:10 撮合主机无响应\n"));

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

namespace {

// A server of the test's own (scripts/pg-cluster), which it stops and starts again: the shared
// test server must keep running for the other tests.
class OwnCluster {
public:
    OwnCluster()
    {
        // As root the cluster belongs to an unprivileged system user, who must reach DIR.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                                | QFileDevice::ExeOther);
        m_url = run({QStringLiteral("start"), m_dir.path() + QStringLiteral("/pg")});
    }
    ~OwnCluster()
    {
        if (!m_url.isEmpty())
            run({QStringLiteral("stop"), m_dir.path() + QStringLiteral("/pg")});
    }
    OwnCluster(const OwnCluster &) = delete;
    OwnCluster &operator=(const OwnCluster &) = delete;

    QString url() const { return m_url; }
    QString error() const { return m_error; }
    bool halt()
    {
        return !run({QStringLiteral("halt"), m_dir.path() + QStringLiteral("/pg")}).isNull();
    }
    bool resume()
    {
        return !run({QStringLiteral("resume"), m_dir.path() + QStringLiteral("/pg")}).isNull();
    }

private:
    // The script's output (trimmed; "" when it printed nothing), or a null string on failure.
    QString run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(DUTYDESK_PG_CLUSTER), args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            m_error = QString::fromUtf8(p.readAllStandardError());
            return {};
        }
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        return out.isNull() ? QStringLiteral("") : out;
    }

    QTemporaryDir m_dir{QStringLiteral("/tmp/dd-own-pg-XXXXXX")};
    QString m_url;
    QString m_error;
};

Status putSetting(Database &db, const QString &value)
{
    return db.write([&]() -> Status {
        auto q = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('probe', ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {value});
        if (!q)
            return q.takeError();
        return {};
    });
}

} // namespace

TEST(PgOwnServer, AStoppedServerIsNoticedWritesAreRefusedAndTheDeskReconnects)
{
    if (!test::ScratchPostgres::configured())
        GTEST_SKIP() << "DUTYDESK_TEST_POSTGRESQL is not set (scripts/test sets it)";
    OwnCluster cluster;
    ASSERT_FALSE(cluster.url().isEmpty()) << cluster.error().toStdString();
    auto opened = Database::open(cluster.url());
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    Database &db = **opened;
    db.watchOtherConnections(100);
    ConnectionState &link = db.connectionState();
    QSignalSpy lost(&link, &ConnectionState::lost);
    QSignalSpy restored(&link, &ConnectionState::restored);
    QSignalSpy committed(&db.changes(), &ChangeFeed::committed);
    ASSERT_TRUE(putSetting(db, QStringLiteral("before")));
    EXPECT_FALSE(link.isLost());

    ASSERT_TRUE(cluster.halt()) << cluster.error().toStdString();
    // The heartbeat notices it while nobody writes.
    ASSERT_TRUE(lost.wait(10000)) << "a stopped server is noticed within the heartbeat";
    EXPECT_TRUE(link.isLost());
    EXPECT_TRUE(link.lostAt().isValid());
    EXPECT_FALSE(link.reason().isEmpty());
    // Writes and reads are refused with a message that says what happened; nothing queued.
    Status refused = putSetting(db, QStringLiteral("while away"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("cannot be reached")))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(db.path())) << refused.error().toStdString();
    EXPECT_FALSE(db.exec(QStringLiteral("SELECT 1")).ok());
    EXPECT_EQ(lost.size(), 1) << "lost once, not at every refused statement";

    committed.clear();
    ASSERT_TRUE(cluster.resume()) << cluster.error().toStdString();
    ASSERT_TRUE(restored.wait(20000)) << "the desk reconnects when the server is back";
    EXPECT_FALSE(link.isLost());
    // Notifications sent meanwhile were missed: every view is told to reload.
    ASSERT_FALSE(committed.isEmpty());
    EXPECT_TRUE(committed.first().first().value<QSet<QString>>().isEmpty());

    ASSERT_TRUE(putSetting(db, QStringLiteral("after")));
    auto q = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'probe'"));
    ASSERT_TRUE(q && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("after"));

    // The change feed listens again on the new connection: another desk's commit arrives.
    auto other = Database::open(cluster.url());
    ASSERT_TRUE(other.ok()) << other.error().toStdString();
    committed.clear();
    ASSERT_TRUE(putSetting(**other, QStringLiteral("from the other desk")));
    ASSERT_TRUE(committed.wait(2000)) << "notifications arrive after the reconnect";
}
