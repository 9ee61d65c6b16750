#pragma once

#include "common/result.h"
#include "grading/condition.h"
#include "grading/json_reader.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>

namespace dd {

// Compiles a rule's `when` tree. A node is one of
//   {"all": [node, ...]}   {"any": [node, ...]}   {"not": node}
//   {"fact": "affected_customers", ">=": 100000}
//   {"fact": "outage_minutes", "counting": "trading" | "wall", ">=": 5}
//   {"fact": "system", "in": ["centralized_trading", "online_trading"]}
//   {"fact": "flags", "has_flag": "computer_crime"}
// Number facts take >=, >, <=, <, ==, !=, in; text facts ==, !=, in; boolean facts ==, !=;
// flags has_flag. Operands are checked against the fact (system ids against the rule set's
// vocabulary, affected_share 0..1, system_class 1..5...).
class ConditionParser {
    Q_DECLARE_TR_FUNCTIONS(dd::ConditionParser)
public:
    ConditionParser(const JsonFieldReader &reader, QSet<QString> systems);

    Result<Condition> parse(const QJsonValue &value, const QString &path) const;

private:
    Result<Condition> parseComparison(const QJsonObject &o, const QString &path) const;
    Status parseOperand(Condition &c, const QJsonValue &v, const QString &path) const;
    Result<double> numberOperand(Fact fact, const QJsonValue &v, const QString &path) const;
    Result<QString> textOperand(Fact fact, const QJsonValue &v, const QString &path) const;

    const JsonFieldReader &m_reader;
    QSet<QString> m_systems;
};

} // namespace dd
