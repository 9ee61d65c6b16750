#include "storage/database.h"

#include "storage/sql_script.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <map>

namespace dd {

namespace {

QString migrationsDir(SqlDialect dialect)
{
    return dialect == SqlDialect::PostgreSQL ? QStringLiteral(":/dutydesk/migrations/postgresql")
                                             : QStringLiteral(":/dutydesk/migrations/sqlite");
}

// Migration files are named NNNN_description.sql; the number is the schema version they make.
std::map<int, QString> migrationFiles(SqlDialect dialect)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> files;
    const QString dir = migrationsDir(dialect);
    const QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto m = re.match(name);
        if (m.hasMatch())
            files[m.captured(1).toInt()] = dir + u'/' + name;
    }
    return files;
}

// The channel every DutyDesk write NOTIFYs (payload: the table) and consoles LISTEN on.
const QString FeedChannel = QStringLiteral("dutydesk_changes");
// Transaction-local setting in which the feed trigger collects the tables a write changed.
const QString FeedSetting = QStringLiteral("dutydesk.changed");

// Passwords given for a server in this process (a prompt), so that a second connection to
// the same address (a worker thread, a reopen) needs no second prompt. Keyed by display().
QMutex passwordLock;
QHash<QString, QString> &knownPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
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

int Database::latestSchemaVersion(SqlDialect dialect)
{
    const auto files = migrationFiles(dialect);
    return files.empty() ? 0 : files.rbegin()->first;
}

Database::Database(DatabaseAddress address, QString connectionName, OpenMode mode)
    : m_address(std::move(address))
    , m_dialect(m_address.isPostgreSQL() ? SqlDialect::PostgreSQL : SqlDialect::SQLite)
    , m_path(m_address.isPostgreSQL() ? m_address.display() : m_address.file)
    , m_connectionName(std::move(connectionName))
    , m_mode(mode)
    , m_changes(std::make_unique<ChangeFeed>())
    , m_link(std::make_unique<ConnectionState>())
{}

Database::~Database()
{
    if (m_probe) {
        m_probe->wait();
        delete m_probe;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.isEmpty())
        return fail(tr("No database file was given."));
    auto address = DatabaseAddress::parse(path);
    if (!address)
        return address.takeError();
    return open(*address, mode);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseAddress &address, OpenMode mode)
{
    return address.isPostgreSQL() ? openServer(address, mode) : openFile(address, mode);
}

QString Database::groupConcat(const QString &expr, const QString &separator) const
{
    return m_dialect == SqlDialect::PostgreSQL
               ? QStringLiteral("string_agg(%1, %2)").arg(expr, separator)
               : QStringLiteral("group_concat(%1, %2)").arg(expr, separator);
}

QString Database::position(const QString &haystack, const QString &needle) const
{
    return m_dialect == SqlDialect::PostgreSQL
               ? QStringLiteral("strpos(%1, %2)").arg(haystack, needle)
               : QStringLiteral("instr(%1, %2)").arg(haystack, needle);
}

QString Database::millisecondsBetween(const QString &from, const QString &to) const
{
    return m_dialect == SqlDialect::PostgreSQL
               ? QStringLiteral("round(EXTRACT(EPOCH FROM (CAST(%2 AS timestamptz) - CAST(%1 AS "
                                "timestamptz))) * 1000)")
                     .arg(from, to)
               : QStringLiteral("round((julianday(%2) - julianday(%1)) * 86400000)").arg(from, to);
}

QString Database::forUpdate() const
{
    return m_dialect == SqlDialect::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString();
}

Result<std::unique_ptr<Database>> Database::openFile(const DatabaseAddress &address, OpenMode mode)
{
    const QString path = address.file;
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
    DatabaseAddress absolute = address;
    absolute.file = info.absoluteFilePath();
    std::unique_ptr<Database> database(new Database(absolute, name, mode));
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

Result<std::unique_ptr<Database>> Database::openServer(const DatabaseAddress &address,
                                                       OpenMode mode)
{
    const QString shown = address.display();
    const QString name = nextConnectionName();
    DatabaseAddress given = address;
    {
        QMutexLocker lock(&passwordLock);
        if (given.password.isEmpty())
            given.password = knownPasswords().value(shown);
    }
    std::unique_ptr<Database> database(new Database(given, name, mode));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return fail(tr("The Qt PostgreSQL driver (QPSQL) is not installed: install the Debian "
                       "package libqt6sql6-psql."));
    db.setHostName(given.host);
    db.setPort(given.port);
    db.setDatabaseName(given.database);
    db.setUserName(given.user);
    if (!given.password.isEmpty())
        db.setPassword(given.password);
    QString options = given.connectOptions();
    bool timeout = false, appName = false, userTimeout = false, sessionAttrs = false;
    for (const auto &[key, value] : given.options) {
        timeout = timeout || key == QLatin1String("connect_timeout");
        appName = appName || key == QLatin1String("application_name");
        userTimeout = userTimeout || key == QLatin1String("tcp_user_timeout");
        sessionAttrs = sessionAttrs || key == QLatin1String("target_session_attrs");
    }
    // A console must notice an unreachable server, not hang on it: connecting gives up after
    // 10 s, and a statement whose data the server does not acknowledge within 10 s (a cut
    // network) breaks the connection instead of waiting for TCP's minutes.
    if (!timeout)
        options += (options.isEmpty() ? QString() : QStringLiteral(";"))
                   + QStringLiteral("connect_timeout=10");
    if (!userTimeout)
        options += QStringLiteral(";tcp_user_timeout=10000");
    // Several servers (a primary and its standbys, "host1,host2"): a writing desk connects to
    // the one that accepts writes, also when it reconnects after a failover.
    if (given.host.contains(QLatin1Char(',')) && !sessionAttrs && mode == OpenMode::ReadWrite)
        options += QStringLiteral(";target_session_attrs=read-write");
    if (!appName)
        options += QStringLiteral(";application_name=DutyDesk");
    db.setConnectOptions(options);
    if (!db.open())
        return fail(tr("Cannot connect to %1: %2").arg(shown, sqlError(db.lastError())));
    if (!given.password.isEmpty()) {
        QMutexLocker lock(&passwordLock);
        knownPasswords().insert(shown, given.password);
    }
    if (Status session = database->prepareSession(); !session)
        return session.takeError();
    QSqlQuery q(db);

    // Identity: a database with tables but without DutyDesk's schema row is someone else's.
    if (!q.exec(QStringLiteral("SELECT CASE WHEN to_regclass('dd_schema') IS NULL THEN 0 ELSE 1 "
                               "END, (SELECT count(*) FROM information_schema.tables WHERE "
                               "table_schema = current_schema())"))
        || !q.next())
        return fail(tr("Cannot read %1: %2").arg(shown, sqlError(q.lastError())));
    const bool ours = q.value(0).toInt() == 1;
    const int tables = q.value(1).toInt();
    if (!ours && tables > 0)
        return fail(tr("%1 is not a DutyDesk database (it has tables of another program). "
                       "Nothing was changed: point DutyDesk at an empty database.")
                        .arg(shown));
    if (ours) {
        if (!q.exec(QStringLiteral("SELECT application_id, version FROM dd_schema WHERE id = 1"))
            || !q.next())
            return fail(tr("Cannot read %1: %2").arg(shown, sqlError(q.lastError())));
        if (q.value(0).toInt() != ApplicationId)
            return fail(tr("%1 is not a DutyDesk database. Nothing was changed.").arg(shown));
        const int version = q.value(1).toInt();
        const int latest = latestSchemaVersion(SqlDialect::PostgreSQL);
        if (version > latest)
            return fail(tr("%1 was written by a newer DutyDesk (schema version %2; this program "
                           "knows up to %3). Nothing was changed: please update DutyDesk.")
                            .arg(shown)
                            .arg(version)
                            .arg(latest));
        if (mode == OpenMode::ReadOnly && version < latest)
            return fail(tr("%1 has an older schema (version %2 of %3); open it once with write "
                           "access to upgrade it.")
                            .arg(shown)
                            .arg(version)
                            .arg(latest));
    } else if (mode != OpenMode::ReadWrite) {
        return fail(tr("The database %1 is empty: open it once with write access to create "
                       "DutyDesk's tables.")
                        .arg(shown));
    }
    if (mode == OpenMode::ReadWrite) {
        if (Status migrated = database->migrateServer(); !migrated)
            return migrated.takeError();
        if (Status feed = database->installServerFeed(); !feed)
            return feed.takeError();
    } else {
        database->m_changeTriggers = true; // written by the feed triggers of writing desks
    }
    return database;
}

Status Database::prepareSession()
{
    QSqlQuery q(connection());
    // Times are stored as UTC text by the program; the session's own settings stay quiet.
    QStringList statements = {QStringLiteral("SET client_min_messages = warning"),
                              QStringLiteral("SET TIME ZONE 'UTC'")};
    if (m_mode != OpenMode::ReadWrite)
        statements << QStringLiteral("SET default_transaction_read_only = on");
    for (const QString &sql : std::as_const(statements))
        if (!q.exec(sql))
            return fail(
                tr("Cannot prepare the session on %1: %2").arg(m_path, sqlError(q.lastError())));
    return {};
}

namespace {

// SQLSTATEs that say the connection itself failed: class 08 (connection exception) and the
// server shutting down (admin_shutdown, crash_shutdown, cannot_connect_now).
bool connectionCode(const QString &code)
{
    return code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
           || code == QLatin1String("57P02") || code == QLatin1String("57P03");
}

} // namespace

bool Database::lostConnection(const QSqlError &error) const
{
    if (m_dialect != SqlDialect::PostgreSQL)
        return false;
    if (m_link->isLost())
        return true;
    // The driver reports a connection libpq found broken as not open (PQstatus; Qt then
    // refuses statements without an error of their own); a server that shuts down says so
    // with its SQLSTATE first.
    const bool lost =
        !connection().isOpen()
        || (error.type() != QSqlError::NoError && connectionCode(error.nativeErrorCode()));
    if (lost) {
        QString reason = sqlError(error);
        if (reason.isEmpty())
            reason = sqlError(connection().lastError());
        if (reason.isEmpty())
            reason = tr("the server closed the connection");
        m_link->markLost(QDateTime::currentDateTimeUtc(), reason);
    }
    return lost;
}

Error Database::unreachable() const
{
    const QString since =
        m_link->lostAt().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return fail(tr("The shared database %1 cannot be reached (since %2: %3). Nothing was "
                   "saved. DutyDesk reconnects by itself; make the change again when it is "
                   "back.")
                    .arg(m_path, since, m_link->reason()));
}

void Database::subscribe()
{
    QSqlDriver *driver = connection().driver();
    // After a reconnect the driver still lists the channel of the broken connection (Qt 6.4
    // cannot close a connection libpq found broken): listen again on the new one.
    if (driver->subscribedToNotifications().contains(FeedChannel))
        driver->unsubscribeFromNotification(FeedChannel);
    driver->subscribeToNotification(FeedChannel);
}

void Database::heartbeat()
{
    if (m_writeDepth > 0 || m_probe)
        return;
    if (!m_link->isLost()) {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SELECT 1")))
            lostConnection(q.lastError());
        return;
    }
    // Whether the server answers again is asked from a worker thread on a connection of its
    // own, so that a server that does not answer (a cut network: connect_timeout) never
    // freezes the console; the console's connection is reopened once it does.
    const QSqlDatabase db = connection();
    auto answered = std::make_shared<bool>(false);
    const QString name = nextConnectionName();
    m_probe = QThread::create([=, host = db.hostName(), port = db.port(),
                               database = db.databaseName(), user = db.userName(),
                               password = db.password(), options = db.connectOptions()] {
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            probe.setHostName(host);
            probe.setPort(port);
            probe.setDatabaseName(database);
            probe.setUserName(user);
            probe.setPassword(password);
            probe.setConnectOptions(options);
            *answered = probe.open();
            probe.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    QObject::connect(m_probe, &QThread::finished, m_link.get(), [this, answered] {
        m_probe->deleteLater();
        m_probe = nullptr;
        if (*answered)
            reconnect();
    });
    m_probe->start();
}

bool Database::reconnect()
{
    if (m_writeDepth > 0)
        return false;
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return false;
    if (Status session = prepareSession(); !session) {
        db.close();
        return false;
    }
    subscribe();
    m_link->markRestored();
    // Notifications sent while this desk was away are lost: every view reloads.
    m_changes->announce({});
    return true;
}

Status Database::migrateServer()
{
    for (const auto &[version, file] : migrationFiles(SqlDialect::PostgreSQL)) {
        if (version <= schemaVersion())
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("The migration %1 is missing from the program.").arg(file));
        const QString script = QString::fromUtf8(f.readAll());
        Status applied = write([&]() -> Status {
            QSqlQuery q(connection());
            auto failed = [&] {
                return fail(tr("Upgrading the database to schema version %1 failed: %2")
                                .arg(version)
                                .arg(sqlError(q.lastError())));
            };
            // Two desks starting at once: the second waits here, then finds the work done.
            if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ApplicationId)))
                return failed();
            if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS dd_schema (id INTEGER PRIMARY "
                                       "KEY CHECK (id = 1), application_id INTEGER NOT NULL, "
                                       "version INTEGER NOT NULL)")))
                return failed();
            if (!q.exec(QStringLiteral("SELECT version FROM dd_schema WHERE id = 1")))
                return failed();
            if (q.next() && q.value(0).toInt() >= version)
                return {};
            // One file, one transaction: PostgreSQL runs the whole script (DDL included)
            // atomically, so a failed upgrade leaves the previous version intact.
            if (!q.exec(script))
                return failed();
            // Seed rows with explicit ids: the identities continue after the highest id.
            if (Status continued = continueIdentities(); !continued)
                return continued;
            if (!q.exec(QStringLiteral("INSERT INTO dd_schema (id, application_id, version) "
                                       "VALUES (1, %1, %2) ON CONFLICT (id) DO UPDATE SET "
                                       "application_id = excluded.application_id, version = "
                                       "excluded.version")
                            .arg(ApplicationId)
                            .arg(version)))
                return failed();
            return {};
        });
        if (!applied)
            return applied;
    }
    return {};
}

Status Database::serialize(const QString &what)
{
    if (m_dialect != SqlDialect::PostgreSQL)
        return {};
    if (m_writeDepth == 0)
        return fail(QStringLiteral("Database::serialize called outside write()"));
    auto q = exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"), {what});
    if (!q)
        return q.takeError();
    return {};
}

Status Database::continueIdentities()
{
    if (m_dialect != SqlDialect::PostgreSQL)
        return {};
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral(
            "DO $sync$ DECLARE r record; BEGIN FOR r IN SELECT c.relname, a.attname "
            "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN "
            "pg_namespace n ON n.oid = c.relnamespace WHERE a.attidentity <> '' AND "
            "n.nspname = current_schema() LOOP EXECUTE format('SELECT setval("
            "pg_get_serial_sequence(%L, %L), COALESCE((SELECT max(%I) FROM %I), 0) + 1, "
            "false)', r.relname, r.attname, r.attname, r.relname); END LOOP; END "
            "$sync$")))
        return fail(tr("Database error: %1").arg(sqlError(q.lastError())));
    return {};
}

Status Database::installServerFeed()
{
    // One row-level trigger per table (like SQLite's: a statement that changes no row announces
    // nothing): it adds the table to a transaction-local setting
    // (read by commitWrite() for this desk's own announcement) and NOTIFYs the other desks,
    // which PostgreSQL delivers at COMMIT only, once per table and transaction.
    Status installed = write([&]() -> Status {
        QSqlQuery q(connection());
        auto failed = [&] {
            return fail(tr("Cannot prepare change notifications: %1").arg(sqlError(q.lastError())));
        };
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ApplicationId)))
            return failed();
        const QString function =
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION dd_feed() RETURNS trigger LANGUAGE plpgsql AS $feed$\n"
                "DECLARE seen text := coalesce(current_setting('%1', true), '');\n"
                "BEGIN\n"
                "  IF position(',' || TG_TABLE_NAME || ',' IN ',' || seen) = 0 THEN\n"
                "    PERFORM set_config('%1', seen || TG_TABLE_NAME || ',', true);\n"
                "  END IF;\n"
                "  PERFORM pg_notify('%2', TG_TABLE_NAME);\n"
                "  RETURN NULL;\n"
                "END\n"
                "$feed$")
                .arg(FeedSetting, FeedChannel);
        if (!q.exec(function))
            return failed();
        if (!q.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid "
                                   "= c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname "
                                   "= current_schema() AND c.relname <> 'dd_schema' AND NOT "
                                   "EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid "
                                   "AND t.tgname = 'dd_feed')")))
            return failed();
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            const QString quoted = QString(table).replace(u'"', QStringLiteral("\"\""));
            if (!q.exec(QStringLiteral("CREATE TRIGGER dd_feed AFTER INSERT OR UPDATE OR DELETE "
                                       "ON \"%1\" FOR EACH ROW EXECUTE FUNCTION dd_feed()")
                            .arg(quoted)))
                return failed();
        }
        return {};
    });
    if (!installed)
        return installed;
    m_changeTriggers = true;
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (m_dialect == SqlDialect::PostgreSQL) {
        if (q.exec(QStringLiteral("SELECT CASE WHEN to_regclass('dd_schema') IS NULL THEN 0 ELSE "
                                  "1 END"))
            && q.next() && q.value(0).toInt() == 0)
            return 0;
        if (q.exec(QStringLiteral("SELECT version FROM dd_schema WHERE id = 1")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrate()
{
    if (m_dialect == SqlDialect::PostgreSQL)
        return migrateServer();
    const int current = schemaVersion();
    for (const auto &[version, file] : migrationFiles(SqlDialect::SQLite)) {
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
    if (m_link->isLost())
        return unreachable();
    QSqlQuery q(connection());
    // IMMEDIATE takes the write lock now, so two writers never deadlock on lock upgrade.
    // PostgreSQL locks rows as they are written (READ COMMITTED).
    if (!q.exec(m_dialect == SqlDialect::PostgreSQL ? QStringLiteral("BEGIN")
                                                    : QStringLiteral("BEGIN IMMEDIATE"))) {
        if (lostConnection(q.lastError()))
            return unreachable();
        return fail(
            tr("The database is busy or cannot be written: %1").arg(sqlError(q.lastError())));
    }
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
    if (m_dialect == SqlDialect::PostgreSQL) {
        // Collected by the feed trigger in a transaction-local setting; gone after COMMIT.
        if (q.exec(QStringLiteral("SELECT current_setting('%1', true)").arg(FeedSetting))
            && q.next())
            for (const QString &t : q.value(0).toString().split(u',', Qt::SkipEmptyParts))
                tables.insert(t);
        return tables;
    }
    if (q.exec(QStringLiteral("SELECT name FROM temp.dd_changed")))
        while (q.next())
            tables.insert(q.value(0).toString());
    if (!tables.isEmpty())
        q.exec(QStringLiteral("DELETE FROM temp.dd_changed"));
    return tables;
}

void Database::watchOtherConnections(int intervalMs)
{
    if (m_dialect == SqlDialect::PostgreSQL) {
        if (m_watching)
            return;
        m_watching = true;
        QSqlDriver *driver = connection().driver();
        QObject::connect(driver, &QSqlDriver::notification, m_changes.get(),
                         [this](const QString &name, QSqlDriver::NotificationSource source,
                                const QVariant &payload) {
                             notified(name, payload, source == QSqlDriver::SelfSource);
                         });
        subscribe();
        auto *timer = new QTimer(m_link.get());
        QObject::connect(timer, &QTimer::timeout, m_link.get(), [this] { heartbeat(); });
        timer->start(intervalMs);
        return;
    }
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
    if (!q.exec(QStringLiteral("COMMIT"))) {
        // The server may have committed before the connection broke; the user is told to
        // look rather than told that nothing was changed.
        if (lostConnection(q.lastError()))
            return fail(tr("The connection to %1 broke while saving (%2): the change may or may "
                           "not have been saved. Check it when DutyDesk has reconnected.")
                            .arg(m_path, m_link->reason()));
        return fail(tr("Saving failed, nothing was changed: %1").arg(sqlError(q.lastError())));
    }
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
    if (m_link->isLost())
        return unreachable();
    QSqlQuery q(connection());
    const auto failed = [&]() -> Error {
        if (lostConnection(q.lastError()))
            return unreachable();
        return fail(tr("Database error: %1").arg(sqlError(q.lastError())));
    };
    // PostgreSQL prepares only queries and data changes (PREPARE refuses DDL); a statement
    // without parameters runs as it is.
    if (bound.isEmpty() && m_dialect == SqlDialect::PostgreSQL) {
        if (!q.exec(sql))
            return failed();
        return q;
    }
    if (!q.prepare(sql))
        return failed();
    for (const QVariant &v : bound) {
        // The schema keeps flags as integers 0/1 on both dialects; PostgreSQL does not turn a
        // boolean into one by itself.
        if (m_dialect == SqlDialect::PostgreSQL && v.typeId() == QMetaType::Bool)
            q.addBindValue(v.toBool() ? 1 : 0);
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return failed();
    return q;
}

Result<qint64> insertedId(QSqlQuery &query)
{
    const bool row = query.next();
    const qint64 id = row ? query.value(0).toLongLong() : 0;
    query.finish();
    if (!row || id <= 0)
        return fail(Database::tr("Database error: the new row's id was not returned."));
    return id;
}

void Database::notified(const QString &name, const QVariant &payload, bool self)
{
    // Own commits were announced right after COMMIT, table by table.
    if (self || name != FeedChannel)
        return;
    const QString table = payload.toString();
    const bool first = m_othersChanged.isEmpty();
    m_othersChanged.insert(table.isEmpty() ? QStringLiteral("*") : table);
    if (!first)
        return;
    // One announcement for the notifications of one burst (a transaction of another desk
    // sends one per table), and none in the middle of this console's own write.
    QTimer::singleShot(50, m_changes.get(), [this] { flushOthers(); });
}

void Database::flushOthers()
{
    if (m_writeDepth > 0) {
        QTimer::singleShot(50, m_changes.get(), [this] { flushOthers(); });
        return;
    }
    QSet<QString> tables = std::exchange(m_othersChanged, {});
    if (tables.contains(QStringLiteral("*")))
        tables.clear(); // unknown: everything
    m_changes->announce(tables);
}

Result<QStringList> Database::integrityCheck() const
{
    QSqlQuery q(connection());
    if (m_dialect == SqlDialect::PostgreSQL) {
        if (!q.exec(QStringLiteral("SELECT 1")))
            return fail(tr("The database server does not answer: %1").arg(sqlError(q.lastError())));
        return QStringList();
    }
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
    if (m_dialect == SqlDialect::PostgreSQL)
        return fail(tr("A shared PostgreSQL database is backed up on the server with pg_dump "
                       "(see the README); DutyDesk copies SQLite files only."));
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
