#pragma once

// Internal helpers of the alert parsers (not part of the API): JSON access with errors that
// name the path. QtCore only, like the parsers.

#include "common/result.h"
#include "intake/alert.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

namespace dd {
namespace AlertJson {

QString child(const QString &path, const QString &key);   // "a.b" ("b" at the top)
QString element(const QString &path, qsizetype i);        // "a[2]"
Error expected(const QString &path, const QString &what); // "a.b: expected ..."
// The body as a JSON object or array; errors name the offset.
Result<QJsonValue> parseJson(const QByteArray &body);
// Strings, numbers and booleans as text; nullopt for anything else.
std::optional<QString> scalarText(const QJsonValue &v);
bool absent(const QJsonValue &v); // undefined or null
// An optional string field (numbers are accepted as their text), trimmed.
Result<QString> optionalText(const QJsonObject &o, const QString &path, const QString &key);
// The first of several accepted names that is present: (name, value).
std::optional<std::pair<QString, QJsonValue>> firstOf(const QJsonObject &o,
                                                      std::initializer_list<const char *> keys);
Result<QString> textOf(const QJsonObject &o, const QString &path,
                       std::initializer_list<const char *> keys);
Result<QMap<QString, QString>> stringMap(const QJsonValue &v, const QString &path);
// ISO 8601 with an offset or "Z"; fractions of any length (Go writes nanoseconds).
std::optional<QDateTime> isoTime(QString s);
// An optional time field; the zero time (year 1) counts as none.
Result<QDateTime> optionalTime(const QJsonObject &o, const QString &path, const QString &key);
QString firstLabel(const QMap<QString, QString> &labels, std::initializer_list<const char *> keys);
Error tooMany(const QString &path, qsizetype n);

// One Zabbix webhook object (alert_parser_zabbix.cpp).
Result<Alert> zabbixAlert(const QJsonValue &value, const QString &path);

} // namespace AlertJson
} // namespace dd
