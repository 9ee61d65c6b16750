#include "drills/drill_mode.h"

#include "app/backend.h"
#include "drills/drill_repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace dd {

namespace {

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Rows that break a foreign key now: "table:rowid".
Result<QSet<QString>> foreignKeyViolations(Database &db)
{
    auto q = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!q)
        return q.takeError();
    QSet<QString> rows;
    while (q->next())
        rows.insert(q->value(0).toString() + QLatin1Char(':') + q->value(1).toString());
    q->finish();
    return rows;
}

// Removes every incident of the fresh copy with what hangs on it (timeline, attachments,
// reports, waivers, escalation calls, and whatever later tables reference them), inside the
// caller's transaction. The append-only guards (RAISE triggers) of those tables are dropped
// for the moment and re-created from their stored SQL before the transaction ends; the audit
// log is never touched. Returns how many incidents were removed.
Result<int> removeIncidents(Database &db)
{
    auto counted = db.exec(QStringLiteral("SELECT count(*) FROM incidents"));
    if (!counted)
        return counted.takeError();
    const int count = counted->next() ? counted->value(0).toInt() : 0;
    counted->finish();
    if (count == 0)
        return 0;

    auto before = foreignKeyViolations(db);
    if (!before)
        return before.takeError();
    if (auto deferred = db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
        return deferred.takeError();

    auto triggers = db.exec(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                       "AND tbl_name NOT IN ('audit_log', 'audit_head') AND sql LIKE '%RAISE%'"));
    if (!triggers)
        return triggers.takeError();
    QList<std::pair<QString, QString>> guards;
    while (triggers->next())
        guards.append({triggers->value(0).toString(), triggers->value(1).toString()});
    triggers->finish(); // no statement may be pending while the schema changes
    for (const auto &[name, sql] : guards) {
        Q_UNUSED(sql)
        const QString drop = QStringLiteral("DROP TRIGGER \"%1\"").arg(name);
        if (auto dropped = db.exec(drop); !dropped)
            return dropped.takeError();
    }

    for (const QString &table : {QStringLiteral("timeline_entries"), QStringLiteral("incidents")})
        if (auto removed = db.exec(QStringLiteral("DELETE FROM %1").arg(table)); !removed)
            return removed.takeError();
    // Rows referencing what was removed go too, and rows referencing those, until none is left.
    for (int round = 0;; ++round) {
        auto now = foreignKeyViolations(db);
        if (!now)
            return now.takeError();
        const QSet<QString> orphaned = *now - *before;
        if (orphaned.isEmpty())
            break;
        if (round >= 8)
            return fail(DrillMode::tr("The drill database could not be cleared of production "
                                      "incidents: rows still refer to them (%1).")
                            .arg(QStringList(orphaned.values()).join(QStringLiteral(", "))));
        for (const QString &row : orphaned) {
            const qsizetype colon = row.lastIndexOf(QLatin1Char(':'));
            const QString table = row.left(colon);
            const QString rowid = row.mid(colon + 1);
            if (rowid.isEmpty())
                return fail(DrillMode::tr("The drill database could not be cleared of production "
                                          "incidents: table %1 has no row ids.")
                                .arg(table));
            auto removed = db.exec(QStringLiteral("DELETE FROM \"%1\" WHERE rowid = ?").arg(table),
                                   {rowid.toLongLong()});
            if (!removed)
                return removed.takeError();
        }
    }

    for (const auto &[name, sql] : guards) {
        Q_UNUSED(name)
        if (auto created = db.exec(sql); !created)
            return created.takeError();
    }
    return count;
}

Status storeSession(Backend &backend, const Actor &actor, const QString &action,
                    const std::optional<DrillSession> &before, const DrillSession &after)
{
    const QString value =
        QString::fromUtf8(QJsonDocument(after.toJson()).toJson(QJsonDocument::Compact));
    auto stored = backend.database().exec(
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {DrillMode::settingKey(), value});
    if (!stored)
        return stored.takeError();
    auto logged = backend.audit().append(
        actor, {action, QStringLiteral("drill"), QString::number(after.drillId),
                before ? before->toJson() : QJsonObject{}, after.toJson()});
    if (!logged)
        return logged.takeError();
    return {};
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

QJsonObject DrillSession::toJson() const
{
    QJsonObject json{{QStringLiteral("drill_id"), drillId},
                     {QStringLiteral("drill_title"), text(drillTitle)},
                     {QStringLiteral("production_path"), text(productionPath)},
                     {QStringLiteral("started_at"), toStoredTime(startedAt)},
                     {QStringLiteral("started_by"), text(startedBy)},
                     {QStringLiteral("removed_incidents"), removedIncidents}};
    if (carriedAt.isValid()) {
        json.insert(QStringLiteral("carried_at"), toStoredTime(carriedAt));
        json.insert(QStringLiteral("carried_entries"), carriedEntries);
    }
    return json;
}

std::optional<DrillSession> DrillSession::fromJson(const QJsonObject &json)
{
    DrillSession s;
    s.drillId = json.value(QStringLiteral("drill_id")).toInteger();
    s.drillTitle = json.value(QStringLiteral("drill_title")).toString();
    s.productionPath = json.value(QStringLiteral("production_path")).toString();
    s.startedAt = fromStoredTime(json.value(QStringLiteral("started_at")).toString());
    s.startedBy = json.value(QStringLiteral("started_by")).toString();
    s.removedIncidents = json.value(QStringLiteral("removed_incidents")).toInt();
    if (json.contains(QStringLiteral("carried_at"))) {
        s.carriedAt = fromStoredTime(json.value(QStringLiteral("carried_at")).toString());
        s.carriedEntries = json.value(QStringLiteral("carried_entries")).toInt();
    }
    if (s.drillId <= 0 || s.productionPath.isEmpty())
        return std::nullopt;
    return s;
}

QString DrillMode::settingKey()
{
    return QStringLiteral("drill.session");
}

QString DrillMode::clonePathFor(const QString &productionPath, qint64 drillId, const QDateTime &at)
{
    const QFileInfo info(productionPath);
    const QString stamp =
        at.toTimeZone(DrillRules::zone()).toString(QStringLiteral("yyyyMMdd-HHmm"));
    return info.absoluteDir().filePath(QStringLiteral("%1.drill-%2-%3.sqlite3")
                                           .arg(info.completeBaseName())
                                           .arg(drillId)
                                           .arg(stamp));
}

Result<QString> DrillMode::start(Backend &production, const Actor &actor, qint64 drillId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    Database &db = production.database();
    if (db.isReadOnly())
        return fail(tr("The database %1 is open read-only; drill mode needs it open normally.")
                        .arg(QDir::toNativeSeparators(db.path())));
    if (db.isShared())
        return fail(tr("Drill mode works on a copy of an SQLite database; on the shared server "
                       "%1 it is not available yet. Run the drill on a desk with its own "
                       "database file.")
                        .arg(db.path()));
    auto already = readSession(production);
    if (!already)
        return already.takeError();
    if (*already)
        return fail(tr("This is already a drill database (drill \"%1\"); leave drill mode first.")
                        .arg((*already)->drillTitle));

    const DrillRepository drills(db, production.audit(), production.clock());
    auto drill = drills.drill(drillId);
    if (!drill)
        return drill.takeError();
    if (drill->status != DrillStatus::Approved && drill->status != DrillStatus::InProgress)
        return fail(tr("Drill \"%1\" is %2; drill mode needs an approved or in-progress drill.")
                        .arg(drill->title, drillStatusName(drill->status)));

    const QDateTime now = production.clock().now().toUTC();
    QString target = clonePathFor(db.path(), drillId, now);
    for (int n = 2; QFileInfo::exists(target); ++n) {
        QString numbered = target;
        numbered.replace(QStringLiteral(".sqlite3"), QStringLiteral("-%1.sqlite3").arg(n));
        target = numbered;
    }
    // VACUUM INTO only reads the production file.
    if (Status copied = db.backupTo(target); !copied)
        return copied.takeError();

    DrillSession session;
    session.drillId = drillId;
    session.drillTitle = drill->title;
    session.productionPath = QFileInfo(db.path()).absoluteFilePath();
    session.startedAt = now;
    session.startedBy = actor.auditName();

    Status prepared = [&]() -> Status {
        auto clone = Backend::open(target, OpenMode::ReadWrite, production.clock());
        if (!clone)
            return clone.takeError();
        return (*clone)->database().write([&]() -> Status {
            auto removed = removeIncidents((*clone)->database());
            if (!removed)
                return removed.takeError();
            session.removedIncidents = *removed;
            return storeSession(**clone, actor, QStringLiteral("drill_mode.start"), std::nullopt,
                                session);
        });
    }();
    if (!prepared) {
        removeDatabaseFiles(target);
        return fail(tr("The drill database %1 could not be prepared (it was removed again): %2")
                        .arg(QDir::toNativeSeparators(target), prepared.error()));
    }
    return target;
}

Result<std::optional<DrillSession>> DrillMode::readSession(Backend &backend)
{
    auto value = backend.settings().value(settingKey());
    if (!value)
        return value.takeError();
    if (value->isEmpty())
        return std::optional<DrillSession>();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(value->toUtf8(), &error);
    std::optional<DrillSession> session =
        doc.isObject() ? DrillSession::fromJson(doc.object()) : std::nullopt;
    if (!session)
        return fail(tr("The drill session marker (setting \"%1\") of %2 is damaged: expected a "
                       "JSON object with drill_id and production_path.")
                        .arg(settingKey(), QDir::toNativeSeparators(backend.database().path())));
    return session;
}

std::optional<DrillSession> DrillMode::session(Backend &backend)
{
    auto s = readSession(backend);
    return s ? *s : std::nullopt;
}

Result<bool> DrillMode::isDrillDatabase(Backend &backend)
{
    // A damaged marker still means a drill database: never let it pass for production.
    auto value = backend.settings().value(settingKey());
    if (!value)
        return value.takeError();
    return !value->isEmpty();
}

Result<QList<DrillTimelineEntry>> DrillMode::collect(Backend &drillDb)
{
    auto session = readSession(drillDb);
    if (!session)
        return session.takeError();
    if (!*session)
        return fail(tr("%1 is not a drill database; there is no drill timeline to collect.")
                        .arg(QDir::toNativeSeparators(drillDb.database().path())));
    auto incidents = drillDb.incidents().list();
    if (!incidents)
        return incidents.takeError();
    std::sort(incidents->begin(), incidents->end(),
              [](const IncidentSummary &a, const IncidentSummary &b) { return a.id < b.id; });
    QList<DrillTimelineEntry> entries;
    for (const IncidentSummary &incident : *incidents) {
        auto timeline = drillDb.incidents().timeline(incident.id);
        if (!timeline)
            return timeline.takeError();
        for (const TimelineEntry &e : *timeline) {
            DrillTimelineEntry d;
            d.at = e.at;
            d.actor = e.actorName.isEmpty() ? e.actor : e.actorName;
            d.text = QStringLiteral("[%1] %2").arg(incident.number, e.text);
            d.source = QStringLiteral("drill_mode");
            entries.append(d);
        }
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const DrillTimelineEntry &a, const DrillTimelineEntry &b) { return a.at < b.at; });
    return entries;
}

Status DrillMode::carryInto(Backend &production, const Actor &actor, qint64 drillId,
                            const QList<DrillTimelineEntry> &entries)
{
    auto drill = isDrillDatabase(production);
    if (!drill)
        return drill.takeError();
    if (*drill)
        return fail(tr("%1 is a drill database; the drill timeline goes into the production "
                       "database.")
                        .arg(QDir::toNativeSeparators(production.database().path())));
    if (entries.isEmpty())
        return {};
    DrillRepository drills(production.database(), production.audit(), production.clock());
    return drills.recordTimeline(actor, drillId, entries);
}

Status DrillMode::markCarried(Backend &drillDb, const Actor &actor, int entries)
{
    auto session = readSession(drillDb);
    if (!session)
        return session.takeError();
    if (!*session)
        return fail(tr("%1 is not a drill database.")
                        .arg(QDir::toNativeSeparators(drillDb.database().path())));
    DrillSession after = **session;
    after.carriedAt = drillDb.clock().now().toUTC();
    after.carriedEntries = entries;
    return drillDb.database().write([&]() -> Status {
        return storeSession(drillDb, actor, QStringLiteral("drill_mode.end"), *session, after);
    });
}

Result<Actor> DrillMode::samePerson(Backend &other, const Actor &actor)
{
    if (actor.kind() != Actor::Kind::Operator)
        return fail(tr("Nobody is signed in."));
    auto found = other.operators().find(actor.login());
    if (!found)
        return found.takeError();
    if (found->id != actor.operatorId())
        return fail(tr("The account \"%1\" is a different person in %2.")
                        .arg(actor.login(), QDir::toNativeSeparators(other.database().path())));
    if (!found->active)
        return fail(tr("The account \"%1\" is deactivated in %2.")
                        .arg(actor.login(), QDir::toNativeSeparators(other.database().path())));
    return Actor::operatorAccount(found->id, found->login, found->displayName, found->roles);
}

} // namespace dd
