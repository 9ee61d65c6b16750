#include "intake/alert_json.h"
#include "intake/alert_parser.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTime>
#include <QTimeZone>

namespace dd {
namespace AlertJson {

namespace {

QString zabbixSeverityName(const QString &n)
{
    static const char *names[] = {"Not classified", "Information", "Warning",
                                  "Average",        "High",        "Disaster"};
    bool ok = false;
    const int i = n.toInt(&ok);
    return ok && i >= 0 && i <= 5 ? QString::fromLatin1(names[i]) : n;
}

// Tags as [{"tag","value"}], {"name": "value"}, a JSON string of either, or "a:b, c:d".
Result<QMap<QString, QString>> zabbixTags(const QJsonValue &v, const QString &path, int depth = 0)
{
    QMap<QString, QString> tags;
    if (absent(v))
        return tags;
    if (v.isObject())
        return stringMap(v, path);
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = element(path, i);
            if (!a.at(i).isObject())
                return expected(p, AlertParser::tr("an object {\"tag\", \"value\"}"));
            const QJsonObject t = a.at(i).toObject();
            auto name = scalarText(t.value(QStringLiteral("tag")));
            if (!name || name->trimmed().isEmpty())
                return expected(child(p, QStringLiteral("tag")), AlertParser::tr("the tag name"));
            const QJsonValue value = t.value(QStringLiteral("value"));
            auto text = absent(value) ? std::optional<QString>(QString()) : scalarText(value);
            if (!text)
                return expected(child(p, QStringLiteral("value")), AlertParser::tr("a string"));
            tags.insert(name->trimmed(), *text);
        }
        return tags;
    }
    if (!v.isString())
        return expected(path, AlertParser::tr("a list of tags"));
    const QString s = v.toString().trimmed();
    if (depth == 0 && (s.startsWith(QLatin1Char('[')) || s.startsWith(QLatin1Char('{')))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return expected(path, AlertParser::tr("tags as JSON (%1 at offset %2)")
                                      .arg(error.errorString())
                                      .arg(error.offset));
        return zabbixTags(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), path,
                          depth + 1);
    }
    for (const QString &part : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const QString name = (colon < 0 ? part : part.left(colon)).trimmed();
        if (!name.isEmpty())
            tags.insert(name, colon < 0 ? QString() : part.mid(colon + 1).trimmed());
    }
    return tags;
}

// event_date + event_time ("2026.03.02", "10:15:00") in the Zabbix server's time, UTC+8.
Result<QDateTime> zabbixDateTime(const QJsonObject &o, const QString &path, const char *dateKey,
                                 const char *timeKey)
{
    auto date = textOf(o, path, {dateKey});
    if (!date)
        return date.takeError();
    auto time = textOf(o, path, {timeKey});
    if (!time)
        return time.takeError();
    if (date->isEmpty())
        return QDateTime();
    QDate d = QDate::fromString(*date, QStringLiteral("yyyy.MM.dd"));
    if (!d.isValid())
        d = QDate::fromString(*date, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return expected(child(path, QString::fromLatin1(dateKey)),
                        AlertParser::tr("a date such as 2026.03.02"));
    QTime t(0, 0);
    if (!time->isEmpty()) {
        t = QTime::fromString(*time, QStringLiteral("HH:mm:ss"));
        if (!t.isValid())
            t = QTime::fromString(*time, QStringLiteral("HH:mm"));
        if (!t.isValid())
            return expected(child(path, QString::fromLatin1(timeKey)),
                            AlertParser::tr("a time such as 10:15:00"));
    }
    return QDateTime(d, t, QTimeZone(8 * 3600)).toUTC();
}

} // namespace

Result<Alert> zabbixAlert(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return expected(path.isEmpty() ? QStringLiteral("body") : path,
                        AlertParser::tr("an object of the media type's parameters"));
    const QJsonObject o = value.toObject();
    const QString at = path; // fields are named as sent
    Alert a;
    a.raw = o;
    auto id = textOf(o, at, {"event_id", "eventid", "EVENT.ID"});
    if (!id)
        return id.takeError();
    if (id->isEmpty() || id->startsWith(QLatin1Char('{')))
        return expected(child(at, QStringLiteral("event_id")),
                        AlertParser::tr("the problem event id ({EVENT.ID})"));
    a.fingerprint = *id;
    auto name = textOf(o, at, {"event_name", "alert_subject", "subject", "name", "trigger_name"});
    if (!name)
        return name.takeError();
    if (name->isEmpty())
        return expected(child(at, QStringLiteral("event_name")),
                        AlertParser::tr("the event name ({EVENT.NAME})"));
    a.title = *name;

    // Status: event_value 1/0, or a status word.
    if (auto v = firstOf(o, {"event_value"})) {
        const auto text = scalarText(v->second);
        if (text == QStringLiteral("1"))
            a.status = AlertStatus::Firing;
        else if (text == QStringLiteral("0"))
            a.status = AlertStatus::Resolved;
        else
            return expected(child(at, v->first),
                            AlertParser::tr("\"1\" (problem) or \"0\" (resolved)"));
    } else if (auto s = firstOf(o, {"status", "event_status"})) {
        const QString text = scalarText(s->second).value_or(QString()).trimmed().toLower();
        if (text == QLatin1String("problem") || text == QLatin1String("firing")
            || text == QLatin1String("1"))
            a.status = AlertStatus::Firing;
        else if (text == QLatin1String("resolved") || text == QLatin1String("ok")
                 || text == QLatin1String("0"))
            a.status = AlertStatus::Resolved;
        else
            return expected(child(at, s->first), AlertParser::tr("\"PROBLEM\" or \"RESOLVED\""));
    }

    auto severity = textOf(o, at, {"event_severity", "severity", "event_nseverity"});
    if (!severity)
        return severity.takeError();
    a.severity = zabbixSeverityName(*severity);
    auto host = textOf(o, at, {"host_name", "host", "hostname"});
    if (!host)
        return host.takeError();
    a.host = *host;

    // Tags become labels.
    auto tagField = firstOf(o, {"event_tags_json", "tags", "event_tags"});
    if (tagField) {
        auto tags = zabbixTags(tagField->second, child(at, tagField->first));
        if (!tags)
            return tags.takeError();
        a.labels = *tags;
    }
    a.system = firstLabel(a.labels, {"system", "service"});
    if (auto message = textOf(o, at, {"alert_message", "message", "event_opdata"}); !message)
        return message.takeError();
    else if (!message->isEmpty())
        a.annotations.insert(QStringLiteral("message"), *message);
    if (!a.host.isEmpty())
        a.annotations.insert(QStringLiteral("host"), a.host);
    if (!a.severity.isEmpty())
        a.annotations.insert(QStringLiteral("severity"), a.severity);

    // Start time: date + time, a Unix timestamp, or ISO.
    auto started = zabbixDateTime(o, at, "event_date", "event_time");
    if (!started)
        return started.takeError();
    a.startedAt = *started;
    if (!a.startedAt.isValid()) {
        if (auto ts = firstOf(o, {"event_timestamp", "timestamp", "clock"})) {
            bool ok = false;
            const qint64 secs = scalarText(ts->second).value_or(QString()).toLongLong(&ok);
            if (!ok || secs < 0 || secs > 253402300799LL) // up to year 9999
                return expected(child(at, ts->first), AlertParser::tr("Unix seconds"));
            a.startedAt = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        } else {
            auto iso = optionalTime(o, at, QStringLiteral("started_at"));
            if (!iso)
                return iso.takeError();
            a.startedAt = *iso;
        }
    }
    auto recovered = zabbixDateTime(o, at, "event_recovery_date", "event_recovery_time");
    if (!recovered)
        return recovered.takeError();
    a.endsAt = *recovered;
    return a;
}

} // namespace AlertJson
} // namespace dd
