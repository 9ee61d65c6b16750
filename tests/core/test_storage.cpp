#include "storage/database.h"
#include "temp_database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dd;

namespace {

int pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    q.next();
    return q.value(0).toInt();
}

QString journalMode(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA journal_mode"));
    q.next();
    return q.value(0).toString();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

TEST(Database, NewFileIsMigratedToLatestSchemaWithDurableSettings)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("sub/folder/new.sqlite3")));
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_GE(Database::latestSchemaVersion(), 1);
    EXPECT_EQ(journalMode(**db), QStringLiteral("wal"));
    EXPECT_EQ(pragma(**db, "synchronous"), 2); // FULL
    EXPECT_EQ(pragma(**db, "foreign_keys"), 1);
    EXPECT_EQ(pragma(**db, "application_id"), Database::ApplicationId);
}

TEST(Database, ReopenKeepsDataAndRunsNoMigrationTwice)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite3"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        auto w = (*db)->write([&]() -> Status {
            auto q = (*db)->exec(
                QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'kept')"));
            if (!q)
                return q.takeError();
            return {};
        });
        ASSERT_TRUE(w.ok()) << w.error().toStdString();
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    auto q = (*db)->exec(QStringLiteral("SELECT value FROM settings WHERE key = 'x'"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("kept"));
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
}

TEST(Database, RefusesNewerSchemaWithoutChangingTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite3"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(
            QStringLiteral("PRAGMA user_version=%1").arg(Database::latestSchemaVersion() + 5)));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("newer"))) << db.error().toStdString();
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Database, RefusesForeignSqliteFileWithoutChangingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite3"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("not a DutyDesk database")))
        << db.error().toStdString();
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, RefusesAFileThatIsNotSqlite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("These are not the tables you are looking for.\n").repeated(200));
    f.close();
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("notes.txt"))) << db.error().toStdString();
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Database, ReadOnlyRefusesWrites)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite3"));
    ASSERT_TRUE(Database::open(path).ok());
    auto db = Database::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    Status w = (*db)->write([]() -> Status { return {}; });
    EXPECT_FALSE(w.ok());
    EXPECT_FALSE(
        Database::open(dir.filePath(QStringLiteral("missing.sqlite3")), OpenMode::ReadOnly).ok());
}

TEST(Database, FailedWriteRollsBackEverything)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("rb.sqlite3")));
    ASSERT_TRUE(db.ok());
    Status w = (*db)->write([&]() -> Status {
        auto q =
            (*db)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('gone', '1')"));
        if (!q)
            return q.takeError();
        return fail(QStringLiteral("second step failed"));
    });
    EXPECT_FALSE(w.ok());
    auto q = (*db)->exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'gone'"));
    ASSERT_TRUE(q.ok());
    q->next();
    EXPECT_EQ(q->value(0).toInt(), 0);
}

TEST(Database, BackupAndRestoreRoundTrip)
{
    if (test::TempBackend::onPostgres())
        GTEST_SKIP() << "a shared server is backed up with pg_dump";
    test::TempBackend backend;
    const Actor admin = backend.admin();
    const QString backupPath = backend.dirPath(QStringLiteral("backup.sqlite3"));
    ASSERT_TRUE(backend->database().backupTo(backupPath).ok());
    EXPECT_FALSE(backend->database().backupTo(backupPath).ok()) << "never overwrites a file";

    // A change after the backup is undone by the restore.
    InstitutionProfile changed = *backend->settings().institution();
    changed.name = QStringLiteral("改名以后");
    ASSERT_TRUE(backend->settings().saveInstitution(admin, changed).ok());
    const qint64 auditAfterChange = *backend->audit().count();
    backend.close();

    auto kept = Database::restore(backupPath, backend.path());
    ASSERT_TRUE(kept.ok()) << kept.error().toStdString();
    EXPECT_TRUE(QFile::exists(*kept));
    backend.reopen();
    EXPECT_EQ(backend->settings().institution()->name, QStringLiteral("测试证券"));
    EXPECT_EQ(*backend->audit().count(), auditAfterChange - 1);
    EXPECT_TRUE(backend->audit().verify()->intact);
    EXPECT_TRUE(backend->database().integrityCheck()->isEmpty());
}

TEST(Database, RestoreRefusesADamagedBackupAndChangesNothing)
{
    test::TempBackend backend;
    backend.admin();
    const QString bad = backend.dirPath(QStringLiteral("bad.sqlite3"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("garbage garbage garbage");
    f.close();
    backend.close();
    const QByteArray before = fileBytes(backend.path());
    auto kept = Database::restore(bad, backend.path());
    EXPECT_FALSE(kept.ok());
    EXPECT_EQ(fileBytes(backend.path()), before);
}

TEST(Database, InsertReturningIdGivesTheNewRowsIdAndCommits)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("ids.sqlite3")));
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(
        (*db)->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")).ok());
    auto ids = (*db)->write([&]() -> Result<QList<qint64>> {
        QList<qint64> got;
        for (const char *v : {"a", "b"}) {
            auto q = (*db)->exec(QStringLiteral("INSERT INTO t (v) VALUES (?) RETURNING id"),
                                 {QLatin1String(v)});
            if (!q)
                return q.takeError();
            auto id = insertedId(*q);
            if (!id)
                return id.takeError();
            got << *id;
        }
        return got;
    });
    ASSERT_TRUE(ids.ok()) << ids.error().toStdString();
    EXPECT_EQ(*ids, (QList<qint64>{1, 2}));
    auto q = (*db)->exec(QStringLiteral("SELECT count(*) FROM t"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toInt(), 2);
    // No row returned is an error, never id 0.
    auto none = (*db)->exec(QStringLiteral("SELECT id FROM t WHERE 0"));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(insertedId(*none).ok());
}
