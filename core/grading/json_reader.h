#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace dd {

// Reads typed values out of a JSON document. Every error names the file, the JSON path and what
// was expected, e.g. "rules.json: rules[3].when.all[1]: unknown fact "custmers"".
class JsonFieldReader {
    Q_DECLARE_TR_FUNCTIONS(dd::JsonFieldReader)
public:
    explicit JsonFieldReader(QString fileName);

    const QString &fileName() const { return m_file; }
    Error error(const QString &path, const QString &reason) const;

    static QString key(const QString &path, const QString &name);
    static QString index(const QString &path, qsizetype i);

    Result<QJsonObject> document(const QByteArray &json) const;
    Result<QJsonObject> object(const QJsonValue &v, const QString &path) const;
    // A non-empty array unless allowEmpty.
    Result<QJsonArray> array(const QJsonValue &v, const QString &path, bool allowEmpty) const;
    // Refuses keys other than `allowed` (naming the key) and requires those in `required`.
    Status keys(const QJsonObject &o, const QString &path, const QStringList &allowed,
                const QStringList &required) const;

    Result<QString> text(const QJsonValue &v, const QString &path) const; // non-empty string
    // Lowercase letters, digits and '_' (ids of facts, systems, institution types...).
    Result<QString> identifier(const QJsonValue &v, const QString &path) const;
    Result<double> number(const QJsonValue &v, const QString &path, double min, double max) const;
    Result<double> nonNegativeNumber(const QJsonValue &v, const QString &path) const;
    Result<qint64> wholeNumber(const QJsonValue &v, const QString &path, qint64 min,
                               qint64 max) const;
    Result<qint64> count(const QJsonValue &v, const QString &path) const; // whole number >= 0
    Result<bool> boolean(const QJsonValue &v, const QString &path) const;
    // ISO 8601 with an explicit offset ("2025-06-04T10:00:00+08:00" or "...Z").
    Result<QDateTime> instant(const QJsonValue &v, const QString &path) const;
    // "HH:MM"; "24:00" is accepted when allowEndOfDay and returned as 1440.
    Result<int> minuteOfDay(const QJsonValue &v, const QString &path, bool allowEndOfDay) const;
    Result<QString> colour(const QJsonValue &v, const QString &path) const; // "#RRGGBB"

private:
    QString m_file;
};

} // namespace dd
