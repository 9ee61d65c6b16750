#include "grading/rule_set_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dd {
namespace ui {

namespace {

std::optional<QJsonObject> objectOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// Replaces the first match of `pattern` (whose group 1 is kept) with group 1 + `value`.
QString replaceFirst(const QString &text, const QString &pattern, const QString &value)
{
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
    if (!match.hasMatch())
        return text;
    QString out = text;
    out.replace(match.capturedStart(), match.capturedLength(), match.captured(1) + value);
    return out;
}

QString jsonString(const QString &value)
{
    // The JSON spelling of a string, quotes included.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

std::optional<QString> ruleSetIdOf(const QByteArray &json)
{
    const auto object = objectOf(json);
    if (!object || !object->value(QStringLiteral("id")).isString())
        return std::nullopt;
    return object->value(QStringLiteral("id")).toString();
}

std::optional<int> ruleSetVersionOf(const QByteArray &json)
{
    const auto object = objectOf(json);
    if (!object || !object->value(QStringLiteral("version")).isDouble())
        return std::nullopt;
    return object->value(QStringLiteral("version")).toInt();
}

QByteArray withIdAndVersion(const QByteArray &json, const QString &id, int version)
{
    auto object = objectOf(json);
    if (!object)
        return json;
    const auto oldId = ruleSetIdOf(json);
    const auto oldVersion = ruleSetVersionOf(json);
    if (oldId && oldVersion) {
        QString text = QString::fromUtf8(json);
        text = replaceFirst(text,
                            QStringLiteral("(\"id\"\\s*:\\s*)")
                                + QRegularExpression::escape(jsonString(*oldId)),
                            jsonString(id));
        text = replaceFirst(text,
                            QStringLiteral("(\"version\"\\s*:\\s*)%1(?![0-9.eE])").arg(*oldVersion),
                            QString::number(version));
        const QByteArray edited = text.toUtf8();
        if (ruleSetIdOf(edited) == id && ruleSetVersionOf(edited) == version)
            return edited;
    }
    object->insert(QStringLiteral("id"), id);
    object->insert(QStringLiteral("version"), version);
    return QJsonDocument(*object).toJson(QJsonDocument::Indented);
}

QString copyIdFor(const QString &id, bool builtIn, const QStringList &taken)
{
    const QString base = id + (builtIn ? QStringLiteral("-ours") : QStringLiteral("-copy"));
    QString candidate = base;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    return candidate;
}

} // namespace ui
} // namespace dd
