#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace dd {

// The monitoring systems whose webhooks the intake understands. Each has its own route
// (POST /alerts/<id>) and each intake source (token) is for one format.
enum class AlertFormat { Alertmanager, Zabbix, Generic };

QList<AlertFormat> allAlertFormats();
QString alertFormatId(AlertFormat format); // "alertmanager", "zabbix", "generic"
std::optional<AlertFormat> alertFormatFromId(const QString &id);
QString alertFormatName(AlertFormat format); // translated: "Prometheus Alertmanager", ...

enum class AlertStatus { Firing, Resolved };

QString alertStatusId(AlertStatus status); // "firing", "resolved"
std::optional<AlertStatus> alertStatusFromId(const QString &id);
QString alertStatusName(AlertStatus status); // translated

class AlertText {
    Q_DECLARE_TR_FUNCTIONS(dd::Alert)
};

// One alert as a monitoring system sent it, normalised over the formats. Nothing here is
// interpreted against the rule set yet (AlertIntake maps `system` to a system kind).
struct Alert {
    AlertStatus status = AlertStatus::Firing;
    // Identifies "the same alert" across requests: Alertmanager's fingerprint, Zabbix's
    // problem event id, the generic form's fingerprint; else a stable hash of the sorted labels
    // (labelFingerprint()). Never empty after parsing.
    QString fingerprint;
    QString title;       // alertname / summary / event name; never empty after parsing
    QString severity;    // as sent ("critical", "High", ...); may be empty
    QString system;      // the label "system" (or "service"/"job"/host) as sent; may be empty
    QString host;        // instance / host name as sent; may be empty
    QDateTime startedAt; // UTC; invalid when the sender gave none
    QDateTime endsAt;    // UTC; invalid when not given (or Alertmanager's zero time)
    QMap<QString, QString> labels;      // Zabbix tags become labels
    QMap<QString, QString> annotations; // description, summary, runbook_url, message, ...
    QJsonObject raw; // the alert's own JSON object as received (stored as last_payload)

    bool operator==(const Alert &) const = default;
};

// A stable fingerprint of a label set: SHA-256 hex (first 16 bytes) over the labels sorted by
// name, "name=value" joined by newlines.
QString labelFingerprint(const QMap<QString, QString> &labels);

} // namespace dd
