#pragma once

#include "common/result.h"
#include "storage/change_feed.h"
#include "storage/connection_state.h"
#include "storage/database_address.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QThread>
#include <QVariant>

#include <memory>

namespace dd {

enum class SqlDialect { SQLite, PostgreSQL };

enum class OpenMode {
    ReadWrite,
    ReadOnly,
    // Read-only, and an older schema is accepted (it is not migrated): for checking backups.
    Inspect,
};

// The database of DutyDesk: one SQLite file (opened with WAL, synchronous=FULL and foreign
// keys) or a shared PostgreSQL database (issue 12), created and migrated on first use with the
// migrations of its dialect. Every user action writes inside one write() call, so a crash never
// leaves half an action behind and an acknowledged write is on disk (PostgreSQL commits are
// durable with the server's default synchronous_commit=on).
//
// SQL differences stay here: repositories write statements both dialects run (COALESCE,
// ON CONFLICT, INSERT ... RETURNING id with insertedId()) and ask dialect() where they differ.
class Database {
    Q_DECLARE_TR_FUNCTIONS(dd::Database)
public:
    static constexpr int ApplicationId = 0x44447368; // "DDsh"

    // The default file: AppDataLocation/dutydesk.sqlite3.
    static QString defaultPath();
    static int latestSchemaVersion(SqlDialect dialect = SqlDialect::SQLite);

    // `path` is an SQLite file or a postgresql:// URL (DatabaseAddress).
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::ReadWrite);
    static Result<std::unique_ptr<Database>> open(const DatabaseAddress &address,
                                                  OpenMode mode = OpenMode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    // The SQLite file, or the PostgreSQL URL without its password (for messages; open() with
    // it again finds a password given before in this process).
    QString path() const { return m_path; }
    const DatabaseAddress &address() const { return m_address; }
    SqlDialect dialect() const { return m_dialect; }
    bool isShared() const { return m_dialect == SqlDialect::PostgreSQL; }
    // " FOR UPDATE" on PostgreSQL (a row lock until commit), "" on SQLite, whose write
    // transactions hold the whole database.
    QString forUpdate() const;
    // SQL expressions that differ between the dialects (arguments are SQL expressions):
    // the values of `expr` joined by `separator` (a quoted literal), the 1-based position of
    // `needle` in `haystack` (0: absent), and the milliseconds from one stored UTC time to
    // another.
    QString groupConcat(const QString &expr, const QString &separator) const;
    QString position(const QString &haystack, const QString &needle) const;
    QString millisecondsBetween(const QString &from, const QString &to) const;
    bool isReadOnly() const { return m_mode != OpenMode::ReadWrite; }
    int schemaVersion() const;

    // Runs fn (returning Result<T>) inside BEGIN IMMEDIATE ... COMMIT (BEGIN ... COMMIT on
    // PostgreSQL). A failed result or a failed commit rolls everything back. Nested calls join
    // the outer transaction.
    template <typename F> auto write(F &&fn) -> decltype(fn());

    bool inWriteTransaction() const { return m_writeDepth > 0; }
    // PostgreSQL: every identity column continues after the highest id in its table (after
    // rows were written with explicit ids); nothing on SQLite.
    Status continueIdentities();
    // Inside write(): concurrent writers of `what` (for example "incident numbers") take turns
    // until this transaction ends, so two desks never compute the same next number.
    // PostgreSQL: a transaction-level advisory lock; SQLite: nothing to do (BEGIN IMMEDIATE
    // lets one writer in at a time already).
    Status serialize(const QString &what);

    // Which tables each committed write changed (see ChangeFeed). Views connect to it.
    ChangeFeed &changes() const { return *m_changes; }
    // Whether the server can be reached (always, for an SQLite file). While the connection is
    // lost every statement is refused with unreachable()'s message: nothing is queued.
    ConnectionState &connectionState() const { return *m_link; }
    // Also announce commits made by other connections to this database (the console turns it
    // on; tools and tests do not need it): an SQLite file is checked every `intervalMs`; a
    // PostgreSQL database LISTENs and announces the tables other desks changed as their
    // notifications arrive, asks the server for a sign of life every `intervalMs` (so a lost
    // connection shows even while nobody writes) and, once it is lost, reconnects as soon as
    // the server answers again (then announces "everything changed", as notifications sent
    // meanwhile were missed).
    void watchOtherConnections(int intervalMs);

    // Prepares and runs one statement; the error names the statement's purpose.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bound = {}) const;

    // PRAGMA integrity_check; ok() with an empty list when the file is sound. PostgreSQL: the
    // server keeps its own consistency; the check only confirms the connection answers.
    Result<QStringList> integrityCheck() const;
    // A consistent copy of the live database (VACUUM INTO); refuses to overwrite a file.
    // Refused for PostgreSQL (pg_dump backs up a shared database).
    Status backupTo(const QString &target) const;
    // Replaces the database file at `target` (which must not be open) by `backup` after
    // checking the backup's integrity and identity; the previous file is kept beside it as
    // `<target>.before-restore-<timestamp>`. Returns that file's path (empty if none).
    static Result<QString> restore(const QString &backup, const QString &target);

private:
    Database(DatabaseAddress address, QString connectionName, OpenMode mode);
    static Result<std::unique_ptr<Database>> openFile(const DatabaseAddress &address,
                                                      OpenMode mode);
    static Result<std::unique_ptr<Database>> openServer(const DatabaseAddress &address,
                                                        OpenMode mode);
    Status migrateServer();
    Status installServerFeed();
    // PostgreSQL: the session settings every new connection gets.
    Status prepareSession();
    // PostgreSQL: whether `error` means the server cannot be reached (then the connection is
    // marked lost); false for a statement the server refused.
    bool lostConnection(const QSqlError &error) const;
    Error unreachable() const;
    void heartbeat();
    bool reconnect();
    void subscribe();
    void notified(const QString &name, const QVariant &payload, bool self);
    void flushOthers();
    Status beginWrite();
    Status commitWrite();
    void rollbackWrite();
    Status migrate();
    Status installChangeTriggers();
    QSet<QString> takeChangedTables();

    DatabaseAddress m_address;
    SqlDialect m_dialect = SqlDialect::SQLite;
    QString m_path;
    QString m_connectionName;
    OpenMode m_mode;
    int m_writeDepth = 0;
    bool m_changeTriggers = false;
    qint64 m_dataVersion = -1;
    QSet<QString> m_othersChanged; // PostgreSQL: tables other desks changed, not announced yet
    bool m_watching = false;
    QThread *m_probe = nullptr; // asks a lost server whether it answers again
    std::unique_ptr<ChangeFeed> m_changes;
    std::unique_ptr<ConnectionState> m_link;
};

// The id of the row an "INSERT ... RETURNING id" statement wrote (both SQLite and PostgreSQL
// return it that way; QSqlQuery::lastInsertId() does not work with PostgreSQL). Finishes the
// query, so the statement does not stay open inside the transaction.
Result<qint64> insertedId(QSqlQuery &query);

template <typename F> auto Database::write(F &&fn) -> decltype(fn())
{
    if (m_writeDepth > 0) {
        ++m_writeDepth;
        auto result = fn();
        --m_writeDepth;
        return result;
    }
    if (Status begun = beginWrite(); !begun)
        return begun.takeError();
    ++m_writeDepth;
    auto result = fn();
    --m_writeDepth;
    if (!result) {
        rollbackWrite();
        return result;
    }
    if (Status committed = commitWrite(); !committed) {
        rollbackWrite();
        return committed.takeError();
    }
    return result;
}

} // namespace dd
