#pragma once

// Internal helpers shared by PlanRegister and InventoryRegister (not part of the API).

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace dd {

class Database;

namespace RegisterStore {
class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::PlanRegister)
};

QTimeZone zone(); // institution time, UTC+8
// Database::exec with null QStrings bound as "" (the text columns are NOT NULL).
Result<QSqlQuery> exec(Database &db, const QString &sql, QVariantList bound = {});
QString storedDate(const QDate &d); // "" for an invalid date
QDate date(const QVariant &v);      // invalid for ""
QDateTime time(const QVariant &v);  // invalid for ""
QDate localDate(const QDateTime &now);
// The refusal of a save with a stale version.
Error stale(const QString &what, const QString &by, const QDateTime &at, int yours, int now);
// Loads (updated_by, updated_at, version) of row `id` of `table` and refuses when `yours`
// differs; an error naming `what` when the row does not exist.
Status checkVersion(Database &db, const QString &table, qint64 id, int yours, const QString &what);
// "yyyy-MM-dd" or "—" for an invalid date (for messages and JSON).
QString dateText(const QDate &d);
} // namespace RegisterStore

} // namespace dd
