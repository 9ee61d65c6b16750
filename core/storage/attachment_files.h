#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace dd {

class Database;

// The bytes of attachments (incidents, drills), content-addressed: each is named
// "<scope>/<sha256>" (its stored_as). A desk on an SQLite file keeps them as files in the
// folder beside the database (Backend::attachmentFolder()); on a shared PostgreSQL server they
// are in the table attachment_contents, so that every desk has them, and the folder is a local
// cache that localFile() fills.
class AttachmentFiles {
    Q_DECLARE_TR_FUNCTIONS(dd::AttachmentFiles)
public:
    // Larger files are refused on a server (they travel in one statement).
    static constexpr qint64 MaxServerBytes = 256LL * 1024 * 1024;

    // Keeps the bytes of `sourcePath` as `storedAs`; call it inside the write() that adds the
    // row naming it, so that on a server both are saved or neither. Nothing happens when the
    // content is there already (same scope, same hash).
    static Status store(Database &db, const QString &folder, const QString &storedAs,
                        const QString &sourcePath);
    // A local file with the bytes of `storedAs`: the stored file, or on a server a copy in the
    // cache folder, written on first use and checked against the hash in its name.
    static Result<QString> localFile(Database &db, const QString &folder, const QString &storedAs);
    // After the rows naming `storedAs` are gone: removes the bytes unless `table` (with a
    // stored_as column) still names them. Best effort: a leftover is harmless.
    static void forgetUnused(Database &db, const QString &folder, const QString &storedAs,
                             const QString &table);
};

} // namespace dd
