#include "intake/alert_parser.h"

#include "intake/alert_json.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace dd {

namespace {

using namespace AlertJson;

// ---- Alertmanager -------------------------------------------------------------------------

Result<Alert> alertmanagerAlert(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return expected(path, AlertParser::tr("an alert object"));
    const QJsonObject o = value.toObject();
    Alert a;
    a.raw = o;
    const QJsonValue status = o.value(QStringLiteral("status"));
    const auto st = status.isString() ? alertStatusFromId(status.toString()) : std::nullopt;
    if (!st)
        return expected(child(path, QStringLiteral("status")),
                        AlertParser::tr("\"firing\" or \"resolved\""));
    a.status = *st;
    auto labels =
        stringMap(o.value(QStringLiteral("labels")), child(path, QStringLiteral("labels")));
    if (!labels)
        return labels.takeError();
    a.labels = *labels;
    auto annotations = stringMap(o.value(QStringLiteral("annotations")),
                                 child(path, QStringLiteral("annotations")));
    if (!annotations)
        return annotations.takeError();
    a.annotations = *annotations;
    auto starts = optionalTime(o, path, QStringLiteral("startsAt"));
    if (!starts)
        return starts.takeError();
    a.startedAt = *starts;
    auto ends = optionalTime(o, path, QStringLiteral("endsAt"));
    if (!ends)
        return ends.takeError();
    a.endsAt = *ends;
    auto fingerprint = optionalText(o, path, QStringLiteral("fingerprint"));
    if (!fingerprint)
        return fingerprint.takeError();
    if (fingerprint->isEmpty() && a.labels.isEmpty())
        return expected(child(path, QStringLiteral("labels")),
                        AlertParser::tr("at least one label (or a fingerprint)"));
    a.fingerprint = fingerprint->isEmpty() ? labelFingerprint(a.labels) : *fingerprint;
    a.title = a.annotations.value(QStringLiteral("summary")).trimmed();
    if (a.title.isEmpty())
        a.title = firstLabel(a.labels, {"alertname"});
    if (a.title.isEmpty())
        a.title = AlertParser::tr("Alert %1").arg(a.fingerprint);
    a.severity = firstLabel(a.labels, {"severity"});
    a.system = firstLabel(a.labels, {"system", "service", "job"});
    a.host = firstLabel(a.labels, {"instance", "host"});
    return a;
}

// ---- Generic ------------------------------------------------------------------------------

Result<Alert> genericAlert(const QJsonValue &value, const QString &path)
{
    const QString at = path.isEmpty() ? QString() : path;
    if (!value.isObject())
        return expected(at.isEmpty() ? QStringLiteral("body") : at,
                        AlertParser::tr("an alert object"));
    const QJsonObject o = value.toObject();
    Alert a;
    a.raw = o;
    auto title = optionalText(o, at, QStringLiteral("title"));
    if (!title)
        return title.takeError();
    if (title->isEmpty())
        return expected(child(at, QStringLiteral("title")), AlertParser::tr("a title"));
    a.title = *title;
    auto severity = optionalText(o, at, QStringLiteral("severity"));
    if (!severity)
        return severity.takeError();
    a.severity = *severity;
    auto system = optionalText(o, at, QStringLiteral("system"));
    if (!system)
        return system.takeError();
    a.system = *system;
    auto host = optionalText(o, at, QStringLiteral("host"));
    if (!host)
        return host.takeError();
    a.host = *host;
    auto started = optionalTime(o, at, QStringLiteral("started_at"));
    if (!started)
        return started.takeError();
    a.startedAt = *started;
    auto ends = optionalTime(o, at, QStringLiteral("ends_at"));
    if (!ends)
        return ends.takeError();
    a.endsAt = *ends;
    auto labels = stringMap(o.value(QStringLiteral("labels")), child(at, QStringLiteral("labels")));
    if (!labels)
        return labels.takeError();
    a.labels = *labels;
    auto annotations =
        stringMap(o.value(QStringLiteral("annotations")), child(at, QStringLiteral("annotations")));
    if (!annotations)
        return annotations.takeError();
    a.annotations = *annotations;
    auto description = optionalText(o, at, QStringLiteral("description"));
    if (!description)
        return description.takeError();
    if (!description->isEmpty())
        a.annotations.insert(QStringLiteral("description"), *description);
    const QJsonValue status = o.value(QStringLiteral("status"));
    if (!absent(status)) {
        const auto st = status.isString() ? alertStatusFromId(status.toString()) : std::nullopt;
        if (!st)
            return expected(child(at, QStringLiteral("status")),
                            AlertParser::tr("\"firing\" or \"resolved\""));
        a.status = *st;
    }
    auto fingerprint = optionalText(o, at, QStringLiteral("fingerprint"));
    if (!fingerprint)
        return fingerprint.takeError();
    if (fingerprint->isEmpty()) {
        QMap<QString, QString> identity = a.labels;
        identity.insert(QStringLiteral("__title"), a.title);
        identity.insert(QStringLiteral("__system"), a.system);
        a.fingerprint = labelFingerprint(identity);
    } else {
        a.fingerprint = *fingerprint;
    }
    return a;
}

// A list of alerts: the array itself (path "[i]") or the object's "alerts" array, or one
// object on its own.
template <typename F>
Result<QList<Alert>> alertList(const QJsonValue &root, bool single, F parseOne)
{
    QJsonArray items;
    QString path;
    if (root.isArray()) {
        items = root.toArray();
    } else if (root.toObject().contains(QStringLiteral("alerts"))) {
        const QJsonValue alerts = root.toObject().value(QStringLiteral("alerts"));
        if (!alerts.isArray())
            return expected(QStringLiteral("alerts"), AlertParser::tr("an array of alerts"));
        items = alerts.toArray();
        path = QStringLiteral("alerts");
    } else if (single) {
        auto a = parseOne(root, QString());
        if (!a)
            return a.takeError();
        return QList<Alert>{*a};
    } else {
        return expected(QStringLiteral("alerts"), AlertParser::tr("an array of alerts"));
    }
    if (items.size() > AlertParser::MaxAlertsPerBody)
        return tooMany(path.isEmpty() ? QStringLiteral("body") : path, items.size());
    QList<Alert> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto a = parseOne(items.at(i), element(path, i));
        if (!a)
            return a.takeError();
        out << *a;
    }
    return out;
}

} // namespace

Result<QList<Alert>> AlertParser::parse(AlertFormat format, const QByteArray &body)
{
    switch (format) {
    case AlertFormat::Alertmanager: return parseAlertmanager(body);
    case AlertFormat::Zabbix: return parseZabbix(body);
    case AlertFormat::Generic: return parseGeneric(body);
    }
    return fail(tr("body: unknown alert format"));
}

Result<QList<Alert>> AlertParser::parseAlertmanager(const QByteArray &body)
{
    auto root = parseJson(body);
    if (!root)
        return root.takeError();
    if (!root->isObject())
        return expected(QStringLiteral("body"), tr("an Alertmanager webhook object"));
    const QJsonObject o = root->toObject();
    const QJsonValue version = o.value(QStringLiteral("version"));
    if (!absent(version) && scalarText(version) != QStringLiteral("4"))
        return expected(QStringLiteral("version"), tr("\"4\" (Alertmanager webhook version 4)"));
    return alertList(*root, false, alertmanagerAlert);
}

Result<QList<Alert>> AlertParser::parseZabbix(const QByteArray &body)
{
    auto root = parseJson(body);
    if (!root)
        return root.takeError();
    return alertList(*root, true, zabbixAlert);
}

Result<QList<Alert>> AlertParser::parseGeneric(const QByteArray &body)
{
    auto root = parseJson(body);
    if (!root)
        return root.takeError();
    return alertList(*root, true, genericAlert);
}

} // namespace dd
