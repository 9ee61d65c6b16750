#pragma once

// Internal helpers shared by the DrillRepository source files (not part of the API).

#include "common/result.h"
#include "drills/drill.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace dd {

class Database;

namespace DrillStore {
class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::DrillRepository)
};

// Database::exec with null QStrings bound as "" (the text columns are NOT NULL).
Result<QSqlQuery> exec(Database &db, const QString &sql, QVariantList bound = {});

// "" for an invalid time, else toStoredTime().
QString stored(const QDateTime &t);
QDateTime time(const QVariant &v); // invalid for ""
QString storedDate(const QDate &d);
QDate date(const QVariant &v);
// "2026-03-15 09:30" in institution time (UTC+8); "" for an invalid time.
QString local(const QDateTime &t);
// Today's local date at `now`.
QDate localDate(const QDateTime &now);

// The refusal of a save with a stale version.
Error stale(const QString &what, const QString &by, const QDateTime &at, int yours, int now);
// The refusal of a deletion inside the retention period.
Error retained(const QString &what, const QDate &until);

// ok() when every id is an existing contact; the error names `field` and the id.
Status checkContacts(Database &db, const QList<qint64> &ids, const QString &field);
// The drill row alone (no children); error when missing.
Result<Drill> drillRow(Database &db, qint64 id);
Result<QList<DrillTimelineEntry>> timeline(Database &db, qint64 drillId);
QJsonObject toJson(const Drill &d);
QJsonObject toJson(const DrillFinding &f);
QJsonObject toJson(const ImprovementAction &a);
QJsonObject toJson(const TrainingSession &s);
} // namespace DrillStore

} // namespace dd
