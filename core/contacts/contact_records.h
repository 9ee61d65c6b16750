#pragma once

// Internal to the contact repository: reading rows, JSON for the audit log, stored dates and
// the handbook change log. Not part of the public API.

#include "access/actor.h"
#include "common/result.h"
#include "contacts/contact.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace dd {

class Clock;
class Database;

namespace records {

class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::ContactRepository)
};

QString cleanText(const QString &text);  // trimmed, never null (NOT NULL text columns)
QString toStoredDate(const QDate &date); // "" for a null date
QDate fromStoredDate(const QString &text);
QVariant idOrNull(qint64 id);    // NULL for 0
QDate today(const Clock &clock); // in the institution time zone (UTC+8)

extern const QString SelectUnit;    // columns for unitFrom()
extern const QString SelectContact; // columns for contactFrom()
extern const QString SelectAgreement;
Unit unitFrom(const QSqlQuery &q);
Contact contactFrom(const QSqlQuery &q);
Agreement agreementFrom(const QSqlQuery &q);

QJsonObject toJson(const Unit &u);
QJsonObject toJson(const Contact &c);
QJsonObject toJson(const OrgPosition &p);
QJsonObject toJson(const Agreement &a);

// "name (unit)" for summaries; "#id" when the contact does not exist.
Result<QString> contactLabel(const Database &db, qint64 id);
Result<QString> unitName(const Database &db, qint64 id);

// Appends a row to handbook_changes inside the caller's write transaction. The change is
// stamped after the latest distribution even if the clock has not moved past it, so it is
// always counted as "since the last distribution".
Status recordChange(Database &db, const Clock &clock, const Actor &actor, const QString &entity,
                    qint64 entityId, qint64 unitId, const QString &summary);

// "old → new" for summaries.
QString arrow(const QString &before, const QString &after);

} // namespace records
} // namespace dd
