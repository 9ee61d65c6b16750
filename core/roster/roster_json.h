#pragma once

#include "common/result.h"
#include "roster/roster_types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace dd {

// What a roster file is read against: the roles and people of the database it goes into.
struct RosterJsonContext {
    QList<DutyRole> roles; // known roles: a key found here resolves to its id
    // Known people (id → name). A person is resolved by id (when the name, if given, matches),
    // else by exact name. Empty: ids are taken as written and names alone are refused.
    QHash<qint64, QString> contactNames;
    // True: people are always resolved against contactNames, even when it is empty.
    bool resolvePeople = false;
};

// The roster as a JSON file: roles, rotations, overrides and leave. Roles are referred to by
// key, people by id and name ({"id": 12, "name": "张伟"}), instants are ISO 8601 with offset
// (written in UTC+8), dates YYYY-MM-DD in the institution time zone:
//   {"format": "dutydesk-roster", "version": 1,
//    "roles": [{"key", "name", "name_en", "coverage", "backup_required", "swap_needs_approval",
//               "sort_order"}],
//    "rotations": [{"role", "slot", "layer", "name", "pattern", "start_date", "end_date",
//                   "members": [person…]}],
//    "overrides": [{"role", "slot", "person", "replaces", "start", "end", "reason", "swap"}],
//    "leave": [{"person", "start", "end", "kind", "note"}]}
class RosterJson {
    Q_DECLARE_TR_FUNCTIONS(dd::RosterJson)
public:
    static QByteArray write(const RosterData &data, const QHash<qint64, QString> &contactNames);

    // Every error names the file and the JSON path ("roster.json: rotations[2].pattern.shifts[0]
    // .start: expected a time HH:MM"). Roles of the file that the context knows (by key) get
    // their id; new roles get ids -1, -2, … in file order, and the rotations, overrides and
    // leave refer to roles by those ids.
    static Result<RosterData> parse(const QByteArray &json, const QString &fileName,
                                    const RosterJsonContext &context = {});

    static QString formatId() { return QStringLiteral("dutydesk-roster"); }
};

} // namespace dd
