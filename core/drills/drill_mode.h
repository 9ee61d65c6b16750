#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "drills/drill.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

class Backend;

// What the drill database knows about the session it was made for. Stored in the drill
// database only (settings key "drill.session"), never in production.
struct DrillSession {
    qint64 drillId = 0;
    QString drillTitle;
    QString productionPath;   // absolute path of the production database file
    QDateTime startedAt;      // UTC
    QString startedBy;        // audit name of who started it
    int removedIncidents = 0; // production incidents left out of the drill database
    QDateTime carriedAt;      // UTC; invalid until the timeline was carried into the record
    int carriedEntries = 0;

    QJsonObject toJson() const;
    static std::optional<DrillSession> fromJson(const QJsonObject &json);
};

// Drill mode (演练模式): practice on a copy of the production database.
//
// - start() copies the production database (VACUUM INTO, a read) into a sibling file
//   "<name>.drill-<drill id>-<yyyyMMdd-HHmm>.sqlite3". Only the copy is then changed: its
//   production incidents are removed (with their timelines, attachments, reports and calls,
//   so no real incident escalates or is worked on from the drill console), the session marker
//   is stored, and the copy's own audit log records "drill_mode.start". Handbook, contacts,
//   roster, procedures, rule sets, drills and operators stay as they were. Production gets no
//   row at all, not even an audit row: the audit chain and every table stay byte-for-byte
//   the same logical content.
// - Every incident declared in a drill database is a drill incident (IncidentService asks
//   isDrillDatabase()).
// - collect() gathers the timelines of the drill database's incidents (all of them are drill
//   incidents, the copy starts without incidents) in time order; carryInto() appends them to
//   the drill record in production (DrillRepository::recordTimeline, one transaction, source
//   "drill_mode"): the one production write, made after the drill ends. markCarried() then
//   notes it in the drill database ("drill_mode.end") so the same session is not carried twice.
// - The drill database file is kept beside production as evidence.
class DrillMode {
    Q_DECLARE_TR_FUNCTIONS(dd::DrillMode)
public:
    static QString settingKey(); // "drill.session"

    // Where a drill database for this production file would go (not yet made).
    static QString clonePathFor(const QString &productionPath, qint64 drillId, const QDateTime &at);

    // Makes the drill database for an approved or in-progress drill; returns its path.
    // Needs Permission::EditDutyData. Refused for a read-only or a drill database.
    static Result<QString> start(Backend &production, const Actor &actor, qint64 drillId);

    // The session marker of a drill database; nullopt for production (or an unreadable marker).
    static std::optional<DrillSession> session(Backend &backend);
    static Result<std::optional<DrillSession>> readSession(Backend &backend);
    static Result<bool> isDrillDatabase(Backend &backend);

    // The drill database's incident timelines, oldest first; each text starts with
    // "[<incident number>]", actor is the person's name, source "drill_mode".
    static Result<QList<DrillTimelineEntry>> collect(Backend &drillDb);

    // Appends the entries to the drill's record in the production database (one transaction).
    // Refused when `production` is a drill database. Nothing to carry writes nothing.
    static Status carryInto(Backend &production, const Actor &actor, qint64 drillId,
                            const QList<DrillTimelineEntry> &entries);
    // Records in the drill database that its timeline was carried (audited there).
    static Status markCarried(Backend &drillDb, const Actor &actor, int entries);

    // The same operator in the other database of a drill pair (same id and login, active), with
    // the roles held there; so switching databases needs no second sign-in.
    static Result<Actor> samePerson(Backend &other, const Actor &actor);
};

} // namespace dd
