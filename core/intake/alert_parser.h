#pragma once

#include "common/result.h"
#include "intake/alert.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace dd {

// Turns a webhook body into alerts. Pure (no database, no clock) and free of heavy
// dependencies: it is fuzzed on its own (tests/fuzz). All-or-nothing: any error refuses the
// whole body, the message names the JSON path and what was expected, e.g.
//   alerts[2].status: expected "firing" or "resolved"
// Never crashes, whatever the input.
//
// Formats:
// - Alertmanager webhook (version "4"): {"version","status","receiver","groupLabels",
//   "commonLabels","commonAnnotations","externalURL","alerts":[{"status","labels",
//   "annotations","startsAt","endsAt","generatorURL","fingerprint"}]}. Title: the annotation
//   "summary", else the label "alertname". System: label "system", else "service", else "job".
// - Zabbix webhook (an object of the media type's parameters, all strings or numbers):
//   event id    event_id | eventid | EVENT.ID             (the fingerprint; required)
//   name        event_name | alert_subject | subject | name | trigger_name (required)
//   severity    event_severity | severity | event_nseverity
//   host        host_name | host | hostname
//   status      event_value ("1" problem, "0" resolved) | status ("PROBLEM"/"RESOLVED"/"OK")
//               | event_update_status; a problem when none is given
//   time        event_date + event_time ("2026.03.02" "10:15:00", server time UTC+8 unless
//               event_timezone/offset given) | timestamp/clock (Unix seconds) | started_at (ISO)
//   recovery    event_recovery_date + event_recovery_time
//   tags        event_tags_json ([{"tag","value"}] or a JSON string of it) | tags (same, or an
//               object, or "a:b,c:d" text as in {EVENT.TAGS})
//   message     alert_message | message | event_opdata (→ annotation "message")
//   the problem event id of a recovery: event_recovery_id is not the fingerprint; event_id is.
// - Generic: one object or an array of objects (or {"alerts":[...]}) with
//   title (required), severity, system, started_at (ISO 8601 with offset), labels (object of
//   strings), annotations/description, fingerprint (optional), status ("firing"|"resolved").
class AlertParser {
    Q_DECLARE_TR_FUNCTIONS(dd::AlertParser)
public:
    // More alerts than this in one body are refused (413-like, but as a parse error).
    static constexpr int MaxAlertsPerBody = 1000;

    static Result<QList<Alert>> parse(AlertFormat format, const QByteArray &body);

    static Result<QList<Alert>> parseAlertmanager(const QByteArray &body);
    static Result<QList<Alert>> parseZabbix(const QByteArray &body);
    static Result<QList<Alert>> parseGeneric(const QByteArray &body);
};

} // namespace dd
