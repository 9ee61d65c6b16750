#include "intake/alert_intake.h"

#include "app/backend.h"
#include "audit/audit_log.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace dd {

namespace {

const char *RowColumns =
    "a.id, a.source_id, COALESCE(s.name, ''), a.fingerprint, COALESCE(a.incident_id, 0), a.status, "
    "a.title, a.severity, a.system, a.first_seen, a.last_seen, COALESCE(a.resolved_at, ''), "
    "a.count";
const char *RowFrom = "intake_alerts a LEFT JOIN intake_sources s ON s.id = a.source_id";

QDateTime timeOf(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : fromStoredTime(s);
}

IntakeAlertRow rowFrom(const QSqlQuery &q)
{
    IntakeAlertRow r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.sourceId = q.value(i++).toLongLong();
    r.sourceName = q.value(i++).toString();
    r.fingerprint = q.value(i++).toString();
    r.incidentId = q.value(i++).toLongLong();
    r.status = alertStatusFromId(q.value(i++).toString()).value_or(AlertStatus::Firing);
    r.title = q.value(i++).toString();
    r.severity = q.value(i++).toString();
    r.system = q.value(i++).toString();
    r.firstSeen = timeOf(q.value(i++));
    r.lastSeen = timeOf(q.value(i++));
    r.resolvedAt = timeOf(q.value(i++));
    r.count = q.value(i++).toInt();
    return r;
}

// Text columns are NOT NULL: a null QString would bind as NULL.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString payload(const Alert &alert)
{
    return QString::fromUtf8(QJsonDocument(alert.raw).toJson(QJsonDocument::Compact));
}

QString listed(const QMap<QString, QString> &map, const QString &separator)
{
    QStringList lines;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        lines << QStringLiteral("  %1%2%3").arg(it.key(), separator, it.value());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

AlertIntake::AlertIntake(Backend &backend)
    : m_backend(backend)
{}

QString AlertIntake::systemKindFor(const Alert &alert) const
{
    const QString wanted = alert.system.trimmed();
    if (!wanted.isEmpty()) {
        if (auto rules = m_backend.ruleSets().inForce()) {
            if (rules->system(wanted))
                return wanted;
            if (rules->system(wanted.toLower()))
                return wanted.toLower();
        }
    }
    return QStringLiteral("other");
}

Result<IntakeOutcome> AlertIntake::receive(const IntakeSource &source, const QList<Alert> &alerts)
{
    Database &db = m_backend.database();
    const Actor actor = Actor::system();
    IntakeSourceRepository sources(db, m_backend.audit(), m_backend.clock());

    // A warning for a new (or returning) alert; returns the incident id.
    auto raise = [&](const Alert &alert, const QString &system) -> Result<qint64> {
        const QDateTime now = m_backend.clock().now();
        QDateTime started = alert.startedAt.isValid() ? alert.startedAt : now;
        if (started > now) // the monitoring system's clock runs ahead
            started = now;
        NewIncident n;
        n.warning = true;
        n.title = alert.title;
        n.detectedAt = now;
        n.facts.insert(QStringLiteral("system"), system);
        n.facts.insert(QStringLiteral("started_at"),
                       started.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate));
        const QString faultType = alert.labels.value(QStringLiteral("fault_type")).trimmed();
        if (!faultType.isEmpty()) {
            if (auto procedures = m_backend.procedures().list()) {
                for (const Procedure &p : *procedures)
                    if (p.faultType == faultType)
                        n.faultType = faultType;
            }
        }
        if (!alert.system.isEmpty())
            n.affectedSystems = alert.system;
        else if (!alert.host.isEmpty())
            n.affectedSystems = alert.host;
        QStringList description;
        description << tr("Raised by monitoring: %1 (%2), fingerprint %3.")
                           .arg(source.name, alertFormatName(source.format), alert.fingerprint);
        if (!alert.severity.isEmpty())
            description << tr("Severity: %1").arg(alert.severity);
        if (!alert.labels.isEmpty())
            description << tr("Labels:") << listed(alert.labels, QStringLiteral("="));
        if (!alert.annotations.isEmpty())
            description << tr("Annotations:") << listed(alert.annotations, QStringLiteral(": "));
        n.description = description.join(QLatin1Char('\n'));
        return m_backend.incidentService().declare(actor, n);
    };

    return db.write([&]() -> Result<IntakeOutcome> {
        IntakeOutcome out;
        out.received = int(alerts.size());
        if (Status used = sources.markUsed(source.id); !used)
            return used.takeError();
        auto touched = [&](qint64 id) {
            if (id > 0 && !out.incidentIds.contains(id))
                out.incidentIds << id;
        };
        for (const Alert &alert : alerts) {
            const QString now = toStoredTime(m_backend.clock().now());
            auto existing =
                db.exec(QStringLiteral("SELECT id, COALESCE(incident_id, 0), status, count FROM "
                                       "intake_alerts WHERE source_id = ? AND fingerprint = ?"),
                        {source.id, alert.fingerprint});
            if (!existing)
                return existing.takeError();
            if (!existing->next()) {
                if (alert.status == AlertStatus::Resolved) {
                    ++out.ignored; // never seen firing: nothing to resolve
                    continue;
                }
                const QString system = systemKindFor(alert);
                auto incident = raise(alert, system);
                if (!incident)
                    return incident.takeError();
                auto q =
                    db.exec(QStringLiteral(
                                "INSERT INTO intake_alerts (source_id, fingerprint, incident_id, "
                                "status, title, severity, system, first_seen, last_seen, count, "
                                "last_payload) VALUES (?, ?, ?, 'firing', ?, ?, ?, ?, ?, 1, ?)"),
                            {source.id, alert.fingerprint, *incident, nn(alert.title),
                             nn(alert.severity), nn(system), now, now, payload(alert)});
                if (!q)
                    return q.takeError();
                ++out.raised;
                touched(*incident);
                continue;
            }
            const qint64 rowId = existing->value(0).toLongLong();
            qint64 incidentId = existing->value(1).toLongLong();
            const bool wasResolved = existing->value(2).toString() == QLatin1String("resolved");
            const int count = existing->value(3).toInt();
            bool open = false;
            if (incidentId > 0) {
                auto incident = m_backend.incidents().get(incidentId);
                if (!incident)
                    return incident.takeError();
                open = isOpen(incident->state);
            }

            if (alert.status == AlertStatus::Firing) {
                if (!open) { // the warning was lifted or closed: this is a new occurrence
                    const QString system = systemKindFor(alert);
                    auto incident = raise(alert, system);
                    if (!incident)
                        return incident.takeError();
                    auto q =
                        db.exec(QStringLiteral(
                                    "UPDATE intake_alerts SET incident_id = ?, status = 'firing', "
                                    "title = ?, severity = ?, system = ?, last_seen = ?, "
                                    "resolved_at = NULL, count = ?, last_payload = ? WHERE id = ?"),
                                {*incident, nn(alert.title), nn(alert.severity), nn(system), now,
                                 count + 1, payload(alert), rowId});
                    if (!q)
                        return q.takeError();
                    ++out.raised;
                    touched(*incident);
                    continue;
                }
                auto q = db.exec(QStringLiteral("UPDATE intake_alerts SET status = 'firing', "
                                                "last_seen = ?, resolved_at = NULL, count = ?, "
                                                "last_payload = ? WHERE id = ?"),
                                 {now, count + 1, payload(alert), rowId});
                if (!q)
                    return q.takeError();
                const QString text =
                    wasResolved
                        ? tr("Alert fired again after it was resolved (count %1): %2")
                              .arg(count + 1)
                              .arg(alert.title)
                        : tr("Alert fired again (count %1): %2").arg(count + 1).arg(alert.title);
                auto entry = m_backend.incidents().addEntry(
                    actor, incidentId, QStringLiteral("intake"), text,
                    {{QStringLiteral("fingerprint"), alert.fingerprint},
                     {QStringLiteral("status"), QStringLiteral("firing")},
                     {QStringLiteral("count"), count + 1}});
                if (!entry)
                    return entry.takeError();
                ++out.repeated;
                touched(incidentId);
                continue;
            }

            // Resolved.
            if (wasResolved) {
                ++out.ignored;
                continue;
            }
            const QDateTime endsAt =
                alert.endsAt.isValid() ? alert.endsAt : m_backend.clock().now();
            auto q = db.exec(QStringLiteral("UPDATE intake_alerts SET status = 'resolved', "
                                            "last_seen = ?, resolved_at = ?, last_payload = ? "
                                            "WHERE id = ?"),
                             {now, toStoredTime(endsAt), payload(alert), rowId});
            if (!q)
                return q.takeError();
            if (open) {
                auto entry = m_backend.incidents().addEntry(
                    actor, incidentId, QStringLiteral("intake"),
                    tr("Resolved by monitoring: %1").arg(alert.title),
                    {{QStringLiteral("fingerprint"), alert.fingerprint},
                     {QStringLiteral("status"), QStringLiteral("resolved")},
                     {QStringLiteral("resolved_at"), toStoredTime(endsAt)}});
                if (!entry)
                    return entry.takeError();
            }
            ++out.resolved;
            touched(incidentId);
        }
        return out;
    });
}

Status AlertIntake::recordRefusal(const QString &route, const QString &remoteAddress,
                                  const QString &reason, qint64 sourceId)
{
    return m_backend.database().write([&]() -> Status {
        QJsonObject after{{QStringLiteral("route"), route},
                          {QStringLiteral("remote_address"), remoteAddress},
                          {QStringLiteral("reason"), reason}};
        if (sourceId > 0)
            after.insert(QStringLiteral("source_id"), sourceId);
        auto logged = m_backend.audit().append(Actor::system(), {QStringLiteral("intake.refused"),
                                                                 QStringLiteral("intake_request"),
                                                                 route, QJsonObject(), after});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<QList<IntakeAlertRow>> AlertIntake::alertsOfIncident(qint64 incidentId) const
{
    auto q = m_backend.database().exec(
        QStringLiteral(
            "SELECT %1 FROM %2 WHERE a.incident_id = ? ORDER BY a.last_seen DESC, a.id DESC")
            .arg(QLatin1String(RowColumns), QLatin1String(RowFrom)),
        {incidentId});
    if (!q)
        return q.takeError();
    QList<IntakeAlertRow> out;
    while (q->next())
        out << rowFrom(*q);
    return out;
}

Result<QList<IntakeAlertRow>> AlertIntake::recent(int limit) const
{
    auto q = m_backend.database().exec(
        QStringLiteral("SELECT %1 FROM %2 ORDER BY a.last_seen DESC, a.id DESC LIMIT ?")
            .arg(QLatin1String(RowColumns), QLatin1String(RowFrom)),
        {limit > 0 ? limit : -1});
    if (!q)
        return q.takeError();
    QList<IntakeAlertRow> out;
    while (q->next())
        out << rowFrom(*q);
    return out;
}

Result<bool> AlertIntake::resolvedByMonitoring(qint64 incidentId) const
{
    auto q = m_backend.database().exec(
        QStringLiteral("SELECT count(*), COALESCE(SUM(CASE WHEN status = 'firing' THEN 1 ELSE 0 "
                       "END), 0) FROM intake_alerts "
                       "WHERE incident_id = ?"),
        {incidentId});
    if (!q)
        return q.takeError();
    if (!q->next())
        return false;
    return q->value(0).toLongLong() > 0 && q->value(1).toLongLong() == 0;
}

} // namespace dd
