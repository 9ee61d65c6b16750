#include "storage/database.h"

#include "storage/sql_script.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>
#include <QTimer>

#include <map>

namespace dd {

namespace {

const QString MigrationsDir = QStringLiteral(":/dutydesk/migrations/sqlite");

// Migration files are named NNNN_description.sql; the number is the schema version they make.
std::map<int, QString> migrationFiles()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> files;
    const QStringList names = QDir(MigrationsDir).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto m = re.match(name);
        if (m.hasMatch())
            files[m.captured(1).toInt()] = MigrationsDir + u'/' + name;
    }
    return files;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("dutydesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString sqlError(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

struct FileIdentity {
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

// Reads the identity of an open SQLite connection without writing anything.
Result<FileIdentity> readIdentity(QSqlDatabase &db, const QString &path)
{
    FileIdentity id;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return fail(Database::tr("%1 is not a DutyDesk database: %2")
                        .arg(QDir::toNativeSeparators(path), sqlError(q.lastError())));
    id.objectCount = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return fail(Database::tr("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(path), sqlError(q.lastError())));
    id.applicationId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(Database::tr("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(path), sqlError(q.lastError())));
    id.userVersion = q.value(0).toInt();
    return id;
}

Status checkIdentity(const FileIdentity &id, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const bool empty = id.applicationId == 0 && id.objectCount == 0;
    if (!empty && id.applicationId != Database::ApplicationId)
        return fail(Database::tr("%1 is not a DutyDesk database (it is an SQLite file of "
                                 "another program). Nothing was changed.")
                        .arg(shown));
    if (id.userVersion > Database::latestSchemaVersion())
        return fail(Database::tr("%1 was written by a newer DutyDesk (schema version %2; this "
                                 "program knows up to %3). Nothing was changed: please update "
                                 "DutyDesk.")
                        .arg(shown)
                        .arg(id.userVersion)
                        .arg(Database::latestSchemaVersion()));
    return {};
}

} // namespace

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("dutydesk.sqlite3"));
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Database::Database(QString path, QString connectionName, OpenMode mode)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_mode(mode)
    , m_changes(std::make_unique<ChangeFeed>())
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return fail(tr("No database file was given."));
    const QFileInfo info(path);
    const bool readOnly = mode != OpenMode::ReadWrite;
    if (readOnly && !info.exists())
        return fail(tr("The database %1 does not exist.").arg(shown));
    if (info.exists() && info.isDir())
        return fail(tr("%1 is a folder, not a database file.").arg(shown));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return fail(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, mode));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return fail(tr("The Qt SQLite driver (QSQLITE) is not installed."));
    db.setDatabaseName(info.absoluteFilePath());
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    const bool created = !info.exists();
    if (!db.open())
        return fail(tr("Cannot open %1: %2").arg(shown, sqlError(db.lastError())));
    if (created) // the file holds the institution's contacts: keep it to its owner
        QFile(info.absoluteFilePath())
            .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Identity first, before anything could write to a file that is not ours.
    auto identity = readIdentity(db, path);
    if (!identity)
        return identity.takeError();
    if (Status s = checkIdentity(*identity, path); !s)
        return s.takeError();

    QSqlQuery q(db);
    if (mode == OpenMode::ReadWrite) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return fail(tr("Cannot switch %1 to WAL mode: %2").arg(shown, sqlError(q.lastError())));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));

    if (mode == OpenMode::ReadOnly) {
        if (identity->userVersion < latestSchemaVersion())
            return fail(tr("%1 has an older schema (version %2 of %3); open it once with "
                           "write access to upgrade it.")
                            .arg(shown)
                            .arg(identity->userVersion)
                            .arg(latestSchemaVersion()));
    } else if (mode == OpenMode::ReadWrite) {
        if (Status migrated = database->migrate(); !migrated)
            return migrated.takeError();
        if (Status feed = database->installChangeTriggers(); !feed)
            return feed.takeError();
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrate()
{
    const int current = schemaVersion();
    for (const auto &[version, file] : migrationFiles()) {
        if (version <= current)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("The migration %1 is missing from the program.").arg(file));
        const QStringList statements = splitSqlScript(QString::fromUtf8(f.readAll()));
        Status applied = write([&]() -> Status {
            QSqlQuery q(connection());
            for (const QString &statement : statements) {
                if (!q.exec(statement))
                    return fail(tr("Upgrading the database to schema version %1 failed: %2")
                                    .arg(version)
                                    .arg(sqlError(q.lastError())));
            }
            if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId))
                || !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)))
                return fail(tr("Upgrading the database to schema version %1 failed: %2")
                                .arg(version)
                                .arg(sqlError(q.lastError())));
            return {};
        });
        if (!applied)
            return applied;
    }
    return {};
}

Status Database::beginWrite()
{
    if (isReadOnly())
        return fail(tr("The database is open read-only; nothing can be saved."));
    QSqlQuery q(connection());
    // IMMEDIATE takes the write lock now, so two writers never deadlock on lock upgrade.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(
            tr("The database is busy or cannot be written: %1").arg(sqlError(q.lastError())));
    return {};
}

Status Database::installChangeTriggers()
{
    // TEMP triggers belong to this connection only: they record, inside the transaction, the
    // names of the tables it changes; commitWrite() reads and clears them before COMMIT. Not
    // INSERT OR IGNORE: inside an UPSERT the outer statement's conflict policy overrides the
    // trigger's, and a second change to the same table would fail the user's write.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS dd_changed "
                               "(name TEXT PRIMARY KEY) WITHOUT ROWID")))
        return fail(tr("Cannot prepare change notifications: %1").arg(sqlError(q.lastError())));
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")))
        return fail(tr("Cannot prepare change notifications: %1").arg(sqlError(q.lastError())));
    while (q.next())
        tables << q.value(0).toString();
    static const char *const Events[] = {"INSERT", "UPDATE", "DELETE"};
    for (const QString &table : std::as_const(tables)) {
        const QString quoted = QString(table).replace(QLatin1Char('\''), QStringLiteral("''"));
        for (const char *event : Events) {
            const QString sql =
                QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS \"dd_feed_%1_%2\" AFTER %2 ON "
                               "main.\"%1\" BEGIN INSERT INTO dd_changed(name) SELECT '%3' "
                               "WHERE NOT EXISTS (SELECT 1 FROM dd_changed WHERE name = '%3'); END")
                    .arg(table, QLatin1String(event), quoted);
            if (!q.exec(sql))
                return fail(
                    tr("Cannot prepare change notifications: %1").arg(sqlError(q.lastError())));
        }
    }
    m_changeTriggers = true;
    return {};
}

QSet<QString> Database::takeChangedTables()
{
    QSet<QString> tables;
    if (!m_changeTriggers)
        return tables;
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT name FROM temp.dd_changed")))
        while (q.next())
            tables.insert(q.value(0).toString());
    if (!tables.isEmpty())
        q.exec(QStringLiteral("DELETE FROM temp.dd_changed"));
    return tables;
}

void Database::watchOtherConnections(int intervalMs)
{
    auto *timer = new QTimer(m_changes.get());
    QObject::connect(timer, &QTimer::timeout, m_changes.get(), [this] {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
            return;
        const qint64 version = q.value(0).toLongLong();
        const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
        m_dataVersion = version;
        if (changed && m_writeDepth == 0)
            m_changes->announce({});
    });
    timer->start(intervalMs);
}

Status Database::commitWrite()
{
    const QSet<QString> changed = takeChangedTables();
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(tr("Saving failed, nothing was changed: %1").arg(sqlError(q.lastError())));
    if (!changed.isEmpty())
        m_changes->announce(changed);
    return {};
}

void Database::rollbackWrite()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bound) const
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        return fail(tr("Database error: %1").arg(sqlError(q.lastError())));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    if (!q.exec())
        return fail(tr("Database error: %1").arg(sqlError(q.lastError())));
    return q;
}

Result<QStringList> Database::integrityCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(tr("The integrity check could not run: %1").arg(sqlError(q.lastError())));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fail(tr("The integrity check could not run: %1").arg(sqlError(q.lastError())));
    while (q.next())
        problems << tr("Row %1 of table %2 refers to a missing row of %3.")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    return problems;
}

Status Database::backupTo(const QString &target) const
{
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return fail(tr("%1 exists already; choose a new file name for the backup.").arg(shown));
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(info.absoluteFilePath());
    if (!q.exec())
        return fail(tr("The backup to %1 failed: %2").arg(shown, sqlError(q.lastError())));
    return {};
}

Result<QString> Database::restore(const QString &backup, const QString &target)
{
    const QString shownBackup = QDir::toNativeSeparators(backup);
    if (!QFileInfo(backup).isFile())
        return fail(tr("The backup %1 does not exist.").arg(shownBackup));
    {
        // An older schema is fine for a backup: it is migrated when next opened for writing.
        auto opened = open(backup, OpenMode::Inspect);
        if (!opened)
            return fail(
                tr("The backup %1 cannot be restored: %2").arg(shownBackup, opened.error()));
        if ((*opened)->schemaVersion() < 1)
            return fail(tr("The backup %1 is not a DutyDesk database.").arg(shownBackup));
        auto problems = (*opened)->integrityCheck();
        if (!problems)
            return problems.takeError();
        if (!problems->isEmpty())
            return fail(tr("The backup %1 is damaged and was not restored: %2")
                            .arg(shownBackup, problems->join(QStringLiteral("; "))));
    }

    const QFileInfo targetInfo(target);
    const QString staged = targetInfo.absoluteFilePath() + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(backup, staged))
        return fail(
            tr("Cannot copy %1 next to %2.").arg(shownBackup, QDir::toNativeSeparators(target)));
    QString kept;
    if (targetInfo.exists()) {
        kept = targetInfo.absoluteFilePath() + QStringLiteral(".before-restore-")
               + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
        if (!QFile::rename(target, kept)) {
            QFile::remove(staged);
            return fail(tr("Cannot set the current database %1 aside; nothing was changed.")
                            .arg(QDir::toNativeSeparators(target)));
        }
        // The WAL and shared-memory files belong to the file set aside, never to the backup.
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = targetInfo.absoluteFilePath() + QLatin1String(suffix);
            if (QFile::exists(side))
                QFile::rename(side, kept + QLatin1String(suffix));
        }
    }
    if (!QFile::rename(staged, targetInfo.absoluteFilePath())) {
        if (!kept.isEmpty())
            QFile::rename(kept, target);
        return fail(tr("Cannot move the restored file into place; the previous database is "
                       "unchanged."));
    }
    QFile(targetInfo.absoluteFilePath())
        .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return kept;
}

} // namespace dd
