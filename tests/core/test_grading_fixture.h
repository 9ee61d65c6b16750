#pragma once
// Shared helpers of the grading and obligation tests.

#include "grading/grader.h"
#include "grading/incident_facts.h"
#include "grading/rule_set.h"
#include "grading/rule_set_library.h"
#include "time/trading_calendar.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <gtest/gtest.h>

#include <string>

namespace dd::test {

// Exchange wall-clock time (Asia/Shanghai).
inline QDateTime bj(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), TradingCalendar::exchangeTimeZone());
}

inline std::string str(const QString &s)
{
    return s.toStdString();
}

inline std::string str(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(TradingCalendar::exchangeTimeZone())
                             .toString(Qt::ISODate)
                             .toStdString()
                       : std::string("invalid");
}

inline const TradingCalendar &calendar()
{
    static const TradingCalendar c = [] {
        auto loaded = TradingCalendar::builtIn();
        if (!loaded) {
            ADD_FAILURE() << loaded.error().toStdString();
            return TradingCalendar();
        }
        return *loaded;
    }();
    return c;
}

inline const RuleSet &ruleSet(const QString &id)
{
    static QMap<QString, RuleSet> sets;
    if (!sets.contains(id)) {
        auto loaded = RuleSetLibrary::builtIn(id);
        if (!loaded) {
            ADD_FAILURE() << loaded.error().toStdString();
            return sets[id];
        }
        sets.insert(id, *loaded);
    }
    return sets[id];
}

inline const RuleSet &csrc2012()
{
    return ruleSet(QStringLiteral("csrc-2012"));
}

inline const RuleSet &csrc2021()
{
    return ruleSet(QStringLiteral("csrc-2021"));
}

// Facts from a JSON text with started_at/recovered_at filled in (recovered absent = down).
inline IncidentFacts facts(const char *json, const QDateTime &started,
                           const std::optional<QDateTime> &recovered = std::nullopt)
{
    QJsonObject o = QJsonDocument::fromJson(QByteArray(json)).object();
    o.insert(QStringLiteral("started_at"), started.toString(Qt::ISODate));
    if (recovered)
        o.insert(QStringLiteral("recovered_at"), recovered->toString(Qt::ISODate));
    auto parsed = IncidentFacts::fromJsonObject(o, QStringLiteral("facts.json"));
    if (!parsed) {
        ADD_FAILURE() << parsed.error().toStdString();
        return {};
    }
    return *parsed;
}

inline bool matched(const GradeResult &r, const QString &ruleId)
{
    for (const RuleMatch &m : r.matches)
        if (m.ruleId == ruleId)
            return true;
    return false;
}

} // namespace dd::test
