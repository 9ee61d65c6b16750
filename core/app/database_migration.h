#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace dd {

class Database;

// What a copy moved: rows per table (in the source's table order) and the audit chain as
// verified on the target afterwards.
struct DatabaseCopyReport {
    QList<std::pair<QString, qint64>> tables;
    qint64 auditRows = 0;
    // Attachment files moved into the server's attachment_contents, and those named by a row
    // whose file was not in the source's folder (the rows are copied all the same).
    qint64 attachmentFiles = 0;
    QStringList missingAttachments;
    qint64 totalRows() const;
};

// Copies a DutyDesk database into another one, for moving a desk's SQLite file to a shared
// PostgreSQL server (`dutyctl db migrate-to`). The target must be at the same schema version
// and hold nothing but its seed rows (no operator, contact, incident or audit row); its seed
// rows are replaced by the source's. One transaction on the target: every row of every table
// with its id, the identities continued after the highest id, then the row counts compared
// with the source and the audit chain verified; any difference rolls everything back and
// the target stays as it was.
class DatabaseMigration {
    Q_DECLARE_TR_FUNCTIONS(dd::DatabaseMigration)
public:
    // `attachmentFolder`: the source's attachment files (Backend::attachmentFolder()); on a
    // server target their bytes go into attachment_contents in the same transaction.
    static Result<DatabaseCopyReport> copy(Database &from, Database &to,
                                           const QString &attachmentFolder = {});
};

} // namespace dd
