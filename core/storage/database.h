#pragma once

#include "common/result.h"
#include "storage/change_feed.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace dd {

enum class OpenMode {
    ReadWrite,
    ReadOnly,
    // Read-only, and an older schema is accepted (it is not migrated): for checking backups.
    Inspect,
};

// One SQLite database file of DutyDesk: opened with WAL, synchronous=FULL and foreign keys,
// created and migrated on first use. Every user action writes inside one write() call, so a
// crash never leaves half an action behind and an acknowledged write is on disk.
class Database {
    Q_DECLARE_TR_FUNCTIONS(dd::Database)
public:
    static constexpr int ApplicationId = 0x44447368; // "DDsh"

    // The default file: AppDataLocation/dutydesk.sqlite3.
    static QString defaultPath();
    static int latestSchemaVersion();

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode != OpenMode::ReadWrite; }
    int schemaVersion() const;

    // Runs fn (returning Result<T>) inside BEGIN IMMEDIATE ... COMMIT. A failed result or a
    // failed commit rolls everything back. Nested calls join the outer transaction.
    template <typename F> auto write(F &&fn) -> decltype(fn());

    bool inWriteTransaction() const { return m_writeDepth > 0; }

    // Which tables each committed write changed (see ChangeFeed). Views connect to it.
    ChangeFeed &changes() const { return *m_changes; }
    // Also announce commits made by other connections to this file, checked every
    // `intervalMs` (the console turns it on; tools and tests do not need it).
    void watchOtherConnections(int intervalMs);

    // Prepares and runs one statement; the error names the statement's purpose.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bound = {}) const;

    // PRAGMA integrity_check; ok() with an empty list when the file is sound.
    Result<QStringList> integrityCheck() const;
    // A consistent copy of the live database (VACUUM INTO); refuses to overwrite a file.
    Status backupTo(const QString &target) const;
    // Replaces the database file at `target` (which must not be open) by `backup` after
    // checking the backup's integrity and identity; the previous file is kept beside it as
    // `<target>.before-restore-<timestamp>`. Returns that file's path (empty if none).
    static Result<QString> restore(const QString &backup, const QString &target);

private:
    Database(QString path, QString connectionName, OpenMode mode);
    Status beginWrite();
    Status commitWrite();
    void rollbackWrite();
    Status migrate();
    Status installChangeTriggers();
    QSet<QString> takeChangedTables();

    QString m_path;
    QString m_connectionName;
    OpenMode m_mode;
    int m_writeDepth = 0;
    bool m_changeTriggers = false;
    qint64 m_dataVersion = -1;
    std::unique_ptr<ChangeFeed> m_changes;
};

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
