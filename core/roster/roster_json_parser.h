#pragma once

#include "common/result.h"
#include "grading/json_reader.h"
#include "roster/roster_json.h"
#include "roster/roster_types.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace dd {

// Internal to RosterJson: reads one roster file, keeping the reader, the context and the roles
// seen so far. roster_json.cpp reads the document and its entries; roster_json_fields.cpp the
// fields they share (people, roles, patterns, dates, intervals).
class RosterJsonParser {
    Q_DECLARE_TR_FUNCTIONS(dd::RosterJson)
public:
    RosterJsonParser(const QString &fileName, const RosterJsonContext &context)
        : r(fileName)
        , ctx(context)
    {}

    Result<RosterData> run(const QByteArray &json);

private:
    Result<DutyRole> role(const QJsonValue &v, const QString &path, qsizetype index);
    Result<qint64> roleRef(const QJsonValue &v, const QString &path) const;
    Result<Slot> slot(const QJsonObject &o, const QString &path) const;
    Result<qint64> person(const QJsonValue &v, const QString &path) const;
    Result<ShiftPattern> pattern(const QJsonValue &v, const QString &path) const;
    Result<QDate> date(const QJsonValue &v, const QString &path) const;
    Result<QString> optionalText(const QJsonObject &o, const QString &name,
                                 const QString &path) const;
    Status interval(const QJsonObject &o, const QString &path, QDateTime &start,
                    QDateTime &end) const;
    Result<Rotation> rotation(const QJsonValue &v, const QString &path) const;
    Result<RosterOverride> overrideEntry(const QJsonValue &v, const QString &path) const;
    Result<Leave> leaveEntry(const QJsonValue &v, const QString &path) const;

    JsonFieldReader r;
    const RosterJsonContext &ctx;
    QHash<QString, qint64> roleIds; // key → id, file roles first, then known ones
};

} // namespace dd
