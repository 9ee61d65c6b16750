#include "grading/grade_result.h"

#include <QJsonArray>

namespace dd {

namespace {

QJsonObject localized(const LocalizedText &t)
{
    return {{QStringLiteral("zh"), t.zh}, {QStringLiteral("en"), t.en}};
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject levelJson(const GradeLevel &g)
{
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("name"), localized(g.name)},
            {QStringLiteral("rank"), g.rank},
            {QStringLiteral("colour"), g.colour}};
}

QJsonObject evidenceJson(const FactEvidence &e)
{
    QJsonObject o{
        {QStringLiteral("fact"), e.factName()}, {QStringLiteral("op"), comparisonId(e.op)},
        {QStringLiteral("operand"), e.operand}, {QStringLiteral("stated"), e.stated},
        {QStringLiteral("holds"), e.holds},     {QStringLiteral("text"), e.text()}};
    if (e.stated)
        o.insert(QStringLiteral("value"), e.value);
    if (e.counting)
        o.insert(QStringLiteral("counting"), countingId(*e.counting));
    if (e.assumed)
        o.insert(QStringLiteral("assumed"), true);
    return o;
}

} // namespace

QJsonObject GradeResult::toJsonObject() const
{
    QJsonObject o{{QStringLiteral("rule_set"), ruleSetId},
                  {QStringLiteral("rule_set_version"), ruleSetVersion},
                  {QStringLiteral("evaluated_at"), utcText(evaluatedAt)},
                  {QStringLiteral("grade"), gradeId}};
    if (level)
        o.insert(QStringLiteral("level"), levelJson(*level));
    QJsonArray matchList;
    for (const RuleMatch &m : matches) {
        QJsonArray evidence;
        for (const FactEvidence &e : m.evidence)
            evidence.append(evidenceJson(e));
        QJsonObject mo{{QStringLiteral("rule"), m.ruleId},
                       {QStringLiteral("grade"), m.gradeId},
                       {QStringLiteral("description"), localized(m.description)},
                       {QStringLiteral("source"), m.source},
                       {QStringLiteral("evidence"), evidence}};
        if (!m.note.isEmpty())
            mo.insert(QStringLiteral("note"), m.note);
        matchList.append(mo);
    }
    o.insert(QStringLiteral("matches"), matchList);
    if (next) {
        QJsonObject n{{QStringLiteral("at"), utcText(next->at)},
                      {QStringLiteral("rule"), next->ruleId},
                      {QStringLiteral("grade"), next->level.id},
                      {QStringLiteral("level"), levelJson(next->level)},
                      {QStringLiteral("fact"), factId(next->fact)}};
        if (next->counting) {
            n.insert(QStringLiteral("counting"), countingId(*next->counting));
            n.insert(QStringLiteral("minutes"), next->minutes);
        }
        o.insert(QStringLiteral("next_threshold"), n);
    } else {
        o.insert(QStringLiteral("next_threshold"), QJsonValue::Null);
    }
    o.insert(QStringLiteral("outage"),
             QJsonObject{{QStringLiteral("market"), outage.market},
                         {QStringLiteral("end"), utcText(outage.end)},
                         {QStringLiteral("ongoing"), outage.ongoing},
                         {QStringLiteral("wall_minutes"), outage.wallMinutes},
                         {QStringLiteral("trading_minutes"), outage.tradingMinutes},
                         {QStringLiteral("in_trading_hours"), outage.inTradingHours}});
    return o;
}

} // namespace dd
