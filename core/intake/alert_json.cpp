#include "intake/alert_json.h"

#include "intake/alert_parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace dd {
namespace AlertJson {

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString &path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

Error expected(const QString &path, const QString &what)
{
    return fail(AlertParser::tr("%1: expected %2").arg(path, what));
}

Result<QJsonValue> parseJson(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return fail(AlertParser::tr("body: expected a JSON document, the body is empty"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(AlertParser::tr("body: malformed JSON at offset %1: %2")
                        .arg(error.offset)
                        .arg(error.errorString()));
    if (doc.isObject())
        return QJsonValue(doc.object());
    if (doc.isArray())
        return QJsonValue(doc.array());
    return fail(AlertParser::tr("body: expected a JSON object or array"));
}

// Strings, numbers and booleans as text; nullopt for anything else (null, objects, arrays).
std::optional<QString> scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    return std::nullopt;
}

bool absent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// An optional string field (numbers are accepted as their text).
Result<QString> optionalText(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (absent(v))
        return QString();
    auto text = scalarText(v);
    if (!text)
        return expected(child(path, key), AlertParser::tr("a string"));
    return text->trimmed();
}

// The first of several accepted names that is present: (name, value).
std::optional<std::pair<QString, QJsonValue>> firstOf(const QJsonObject &o,
                                                      std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString key = QString::fromLatin1(k);
        const QJsonValue v = o.value(key);
        if (!absent(v))
            return std::make_pair(key, v);
    }
    return std::nullopt;
}

Result<QString> textOf(const QJsonObject &o, const QString &path,
                       std::initializer_list<const char *> keys)
{
    auto found = firstOf(o, keys);
    if (!found)
        return QString();
    auto text = scalarText(found->second);
    if (!text)
        return expected(child(path, found->first), AlertParser::tr("a string"));
    return text->trimmed();
}

Result<QMap<QString, QString>> stringMap(const QJsonValue &v, const QString &path)
{
    QMap<QString, QString> map;
    if (absent(v))
        return map;
    if (!v.isObject())
        return expected(path, AlertParser::tr("an object of strings"));
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        auto text = scalarText(it.value());
        if (!text)
            return expected(child(path, it.key()), AlertParser::tr("a string"));
        map.insert(it.key(), *text);
    }
    return map;
}

// ISO 8601 with an offset or "Z"; fractions of any length (Go writes nanoseconds).
std::optional<QDateTime> isoTime(QString s)
{
    static const QRegularExpression fraction(
        QStringLiteral("^(.*T\\d\\d:\\d\\d:\\d\\d)\\.(\\d+)(.*)$"));
    const auto m = fraction.match(s);
    if (m.hasMatch())
        s = m.captured(1) + QLatin1Char('.')
            + QString(m.captured(2) + QStringLiteral("000")).left(3) + m.captured(3);
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return t.toUTC();
}

// An optional time field; Alertmanager's zero time (year 1) counts as none.
Result<QDateTime> optionalTime(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (absent(v) || (v.isString() && v.toString().trimmed().isEmpty()))
        return QDateTime();
    const auto what =
        AlertParser::tr("an ISO 8601 time with offset, such as 2026-03-02T10:15:00+08:00");
    if (!v.isString())
        return expected(child(path, key), what);
    auto t = isoTime(v.toString().trimmed());
    if (!t)
        return expected(child(path, key), what);
    if (t->date().year() <= 1)
        return QDateTime();
    return *t;
}

QString firstLabel(const QMap<QString, QString> &labels, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString v = labels.value(QString::fromLatin1(k)).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

Error tooMany(const QString &path, qsizetype n)
{
    return expected(
        path,
        AlertParser::tr("at most %1 alerts, got %2").arg(AlertParser::MaxAlertsPerBody).arg(n));
}

} // namespace AlertJson
} // namespace dd
