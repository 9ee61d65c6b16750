#pragma once

#include "common/result.h"
#include "roster/roster_types.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace dd {

// Internal to RosterRepository: the SELECT column lists, row readers and audit snapshots of the
// roster tables.
namespace rosterrows {

extern const QString SelectRole;     // ... FROM duty_roles
extern const QString SelectRotation; // ... FROM rotations
extern const QString SelectOverride; // ... FROM roster_overrides
extern const QString SelectLeave;    // ... FROM roster_leave
extern const QString SelectSwap;     // ... FROM roster_swaps
extern const QString SelectHandover; // ... FROM roster_handovers

DutyRole roleFrom(const QSqlQuery &q);
Result<Rotation> rotationFrom(const QSqlQuery &q);
RosterOverride overrideFrom(const QSqlQuery &q);
Leave leaveFrom(const QSqlQuery &q);
Swap swapFrom(const QSqlQuery &q);
Handover handoverFrom(const QSqlQuery &q);

QJsonObject toJson(const DutyRole &role);
QJsonObject toJson(const Rotation &rotation);
QJsonObject toJson(const RosterOverride &o);
QJsonObject toJson(const Leave &leave);
QJsonObject toJson(const Swap &swap);
QJsonObject toJson(const Handover &handover);

QString membersText(const QList<qint64> &members); // JSON array
QString patternText(const ShiftPattern &pattern);  // JSON object
QVariant nullableId(qint64 id);                    // NULL for 0
QString storedOrEmpty(const QDateTime &t);         // "" for an invalid time

} // namespace rosterrows
} // namespace dd
