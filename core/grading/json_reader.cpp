#include "grading/json_reader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace dd {

namespace {

// Integers above 2^53 are not exact in a JSON number.
constexpr qint64 MaxExactInteger = 9'007'199'254'740'992LL;

} // namespace

JsonFieldReader::JsonFieldReader(QString fileName)
    : m_file(std::move(fileName))
{}

Error JsonFieldReader::error(const QString &path, const QString &reason) const
{
    if (path.isEmpty())
        return fail(tr("%1: %2").arg(m_file, reason));
    return fail(tr("%1: %2: %3").arg(m_file, path, reason));
}

QString JsonFieldReader::key(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + u'.' + name;
}

QString JsonFieldReader::index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

Result<QJsonObject> JsonFieldReader::document(const QByteArray &json) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(QString(), tr("not valid JSON at offset %1: %2")
                                    .arg(parseError.offset)
                                    .arg(parseError.errorString()));
    if (!doc.isObject())
        return error(QString(), tr("expected a JSON object at the top level"));
    return doc.object();
}

Result<QJsonObject> JsonFieldReader::object(const QJsonValue &v, const QString &path) const
{
    if (!v.isObject())
        return error(path, tr("expected an object"));
    return v.toObject();
}

Result<QJsonArray> JsonFieldReader::array(const QJsonValue &v, const QString &path,
                                          bool allowEmpty) const
{
    if (!v.isArray())
        return error(path, tr("expected an array"));
    if (!allowEmpty && v.toArray().isEmpty())
        return error(path, tr("expected at least one element"));
    return v.toArray();
}

Status JsonFieldReader::keys(const QJsonObject &o, const QString &path, const QStringList &allowed,
                             const QStringList &required) const
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return error(path, tr("unknown key \"%1\" (expected one of: %2)")
                                   .arg(it.key(), allowed.join(QStringLiteral(", "))));
    }
    for (const QString &name : required) {
        if (!o.contains(name))
            return error(key(path, name), tr("required key is missing"));
    }
    return {};
}

Result<QString> JsonFieldReader::text(const QJsonValue &v, const QString &path) const
{
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return error(path, tr("expected a non-empty string"));
    return v.toString();
}

Result<QString> JsonFieldReader::identifier(const QJsonValue &v, const QString &path) const
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_]*$"));
    if (!v.isString() || !pattern.match(v.toString()).hasMatch())
        return error(path, tr("expected an id of lowercase letters, digits and '_'"));
    return v.toString();
}

Result<double> JsonFieldReader::number(const QJsonValue &v, const QString &path, double min,
                                       double max) const
{
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d < min || d > max)
        return error(path, tr("expected a number from %1 to %2").arg(min).arg(max));
    return d;
}

Result<double> JsonFieldReader::nonNegativeNumber(const QJsonValue &v, const QString &path) const
{
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d < 0)
        return error(path, tr("expected a number, 0 or more"));
    return d;
}

Result<qint64> JsonFieldReader::wholeNumber(const QJsonValue &v, const QString &path, qint64 min,
                                            qint64 max) const
{
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d))
        return error(path, tr("expected a whole number"));
    if (d < static_cast<double>(min) || d > static_cast<double>(max))
        return error(path, tr("expected a whole number from %1 to %2").arg(min).arg(max));
    return static_cast<qint64>(d);
}

Result<qint64> JsonFieldReader::count(const QJsonValue &v, const QString &path) const
{
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < 0
        || d > static_cast<double>(MaxExactInteger))
        return error(path, tr("expected a whole number, 0 or more"));
    return static_cast<qint64>(d);
}

Result<bool> JsonFieldReader::boolean(const QJsonValue &v, const QString &path) const
{
    if (!v.isBool())
        return error(path, tr("expected true or false"));
    return v.toBool();
}

Result<QDateTime> JsonFieldReader::instant(const QJsonValue &v, const QString &path) const
{
    // The offset must be written out: a bare local time would silently mean the computer's zone.
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString s = v.toString();
    const QDateTime t = v.isString() && pattern.match(s).hasMatch()
                            ? QDateTime::fromString(s, Qt::ISODateWithMs)
                            : QDateTime();
    if (!t.isValid())
        return error(path, tr("expected a date and time with offset such as "
                              "2025-06-04T10:00:00+08:00"));
    return t;
}

Result<int> JsonFieldReader::minuteOfDay(const QJsonValue &v, const QString &path,
                                         bool allowEndOfDay) const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2}):(\\d{2})$"));
    const auto m = pattern.match(v.toString());
    if (v.isString() && m.hasMatch()) {
        const int h = m.captured(1).toInt();
        const int mi = m.captured(2).toInt();
        if (h < 24 && mi < 60)
            return h * 60 + mi;
        if (allowEndOfDay && h == 24 && mi == 0)
            return 24 * 60;
    }
    return error(path, allowEndOfDay ? tr("expected a time HH:MM (00:00 to 24:00)")
                                     : tr("expected a time HH:MM (00:00 to 23:59)"));
}

Result<QString> JsonFieldReader::colour(const QJsonValue &v, const QString &path) const
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!v.isString() || !pattern.match(v.toString()).hasMatch())
        return error(path, tr("expected a colour #RRGGBB"));
    return v.toString().toUpper();
}

} // namespace dd
