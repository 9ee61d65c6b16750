#include "grading/condition.h"

#include <QCoreApplication>

#include <cmath>

namespace dd {

namespace {

struct FactInfo {
    Fact fact;
    const char *id;
    FactKind kind;
};

constexpr std::array<FactInfo, FactCount> Facts{{
    {Fact::InstitutionType, "institution_type", FactKind::Text},
    {Fact::System, "system", FactKind::Text},
    {Fact::SystemClass, "system_class", FactKind::Number},
    {Fact::Market, "market", FactKind::Text},
    {Fact::MarketScope, "market_scope", FactKind::Text},
    {Fact::AffectedShare, "affected_share", FactKind::Number},
    {Fact::AffectedCustomers, "affected_customers", FactKind::Number},
    {Fact::LeakedRecords, "leaked_records", FactKind::Number},
    {Fact::FinancialLossCny, "financial_loss_cny", FactKind::Number},
    {Fact::RegulatorNotified, "regulator_notified", FactKind::Boolean},
    {Fact::Recovered, "recovered", FactKind::Boolean},
    {Fact::Flags, "flags", FactKind::FlagSet},
    {Fact::OutageMinutes, "outage_minutes", FactKind::Number},
    {Fact::OutageInTradingHours, "outage_in_trading_hours", FactKind::Boolean},
}};

constexpr std::array<const char *, 8> Comparisons{">=", ">",  "<=", "<",
                                                  "==", "!=", "in", "has_flag"};

bool isTimeDependent(Fact fact)
{
    return fact == Fact::OutageMinutes || fact == Fact::OutageInTradingHours;
}

bool numberHolds(const Condition &c, double v)
{
    switch (c.op) {
    case Comparison::Ge: return v >= c.number;
    case Comparison::Gt: return v > c.number;
    case Comparison::Le: return v <= c.number;
    case Comparison::Lt: return v < c.number;
    case Comparison::Eq: return v == c.number;
    case Comparison::Ne: return v != c.number;
    case Comparison::In: return c.numbers.contains(v);
    case Comparison::HasFlag: return false;
    }
    return false;
}

bool textHolds(const Condition &c, const QString &v)
{
    switch (c.op) {
    case Comparison::Eq: return v == c.text;
    case Comparison::Ne: return v != c.text;
    case Comparison::In: return c.texts.contains(v);
    default: return false;
    }
}

// A comparison on a fact the incident does not state is false.
bool compareHolds(const Condition &c, const FactFrame &f)
{
    switch (c.fact) {
    case Fact::Flags: return f.flags && f.flags->contains(c.text);
    case Fact::OutageMinutes: return numberHolds(c, f.outageMinutes[static_cast<int>(c.counting)]);
    default: break;
    }
    const auto i = static_cast<std::size_t>(c.fact);
    if (!f.present[i])
        return false;
    return factKind(c.fact) == FactKind::Text ? textHolds(c, f.text[i])
                                              : numberHolds(c, f.number[i]);
}

QString numberText(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', 12);
}

FactEvidence evidenceOf(const Condition &c, const FactFrame &f)
{
    FactEvidence e;
    e.fact = c.fact;
    e.op = c.op;
    e.operand = c.operandText;
    e.holds = compareHolds(c, f);
    const auto i = static_cast<std::size_t>(c.fact);
    switch (c.fact) {
    case Fact::Flags:
        e.stated = f.flags && !f.flags->isEmpty();
        if (e.stated)
            e.value = u'[' + f.flags->join(QStringLiteral(", ")) + u']';
        return e;
    case Fact::OutageMinutes:
        e.counting = c.counting;
        e.stated = true;
        e.value = numberText(f.outageMinutes[static_cast<int>(c.counting)]);
        return e;
    default: break;
    }
    e.stated = f.present[i];
    e.assumed = c.fact == Fact::SystemClass && f.systemClassAssumed;
    if (!e.stated)
        return e;
    switch (factKind(c.fact)) {
    case FactKind::Text: e.value = f.text[i]; break;
    case FactKind::Boolean:
        e.value = f.number[i] != 0 ? QStringLiteral("true") : QStringLiteral("false");
        break;
    default: e.value = numberText(f.number[i]); break;
    }
    return e;
}

} // namespace

FactKind factKind(Fact fact)
{
    return Facts[static_cast<std::size_t>(fact)].kind;
}

QString factId(Fact fact)
{
    return QString::fromLatin1(Facts[static_cast<std::size_t>(fact)].id);
}

std::optional<Fact> factFromId(const QString &id)
{
    for (const FactInfo &info : Facts)
        if (id == QLatin1String(info.id))
            return info.fact;
    return std::nullopt;
}

QStringList allFactIds()
{
    QStringList ids;
    for (const FactInfo &info : Facts)
        ids.append(QString::fromLatin1(info.id));
    return ids;
}

QString countingId(Counting counting)
{
    return counting == Counting::Trading ? QStringLiteral("trading") : QStringLiteral("wall");
}

QString comparisonId(Comparison op)
{
    return QString::fromLatin1(Comparisons[static_cast<std::size_t>(op)]);
}

std::optional<Comparison> comparisonFromId(const QString &id)
{
    for (std::size_t i = 0; i < Comparisons.size(); ++i)
        if (id == QLatin1String(Comparisons[i]))
            return static_cast<Comparison>(i);
    return std::nullopt;
}

QString FactEvidence::valueText() const
{
    if (!stated)
        return QCoreApplication::translate("dd::FactEvidence", "%1 not stated").arg(factName());
    QString s = factName() + u'=' + value;
    if (counting)
        s += QStringLiteral(" (") + countingId(*counting) + u')';
    if (assumed)
        s += QCoreApplication::translate("dd::FactEvidence", " (rule set default)");
    return s;
}

QString FactEvidence::text() const
{
    const QString s = valueText() + u' ' + comparisonId(op) + u' ' + operand;
    return holds ? s : QStringLiteral("not: ") + s;
}

bool evaluate(const Condition &c, const FactFrame &frame)
{
    switch (c.kind) {
    case Condition::Kind::All:
        for (const Condition &child : c.children)
            if (!evaluate(child, frame))
                return false;
        return true;
    case Condition::Kind::Any:
        for (const Condition &child : c.children)
            if (evaluate(child, frame))
                return true;
        return false;
    case Condition::Kind::Not: return !evaluate(c.children.front(), frame);
    case Condition::Kind::Compare: return compareHolds(c, frame);
    }
    return false;
}

Truth evaluateIgnoringTime(const Condition &c, const FactFrame &frame)
{
    switch (c.kind) {
    case Condition::Kind::All: {
        Truth result = Truth::True;
        for (const Condition &child : c.children) {
            const Truth t = evaluateIgnoringTime(child, frame);
            if (t == Truth::False)
                return Truth::False;
            if (t == Truth::Unknown)
                result = Truth::Unknown;
        }
        return result;
    }
    case Condition::Kind::Any: {
        Truth result = Truth::False;
        for (const Condition &child : c.children) {
            const Truth t = evaluateIgnoringTime(child, frame);
            if (t == Truth::True)
                return Truth::True;
            if (t == Truth::Unknown)
                result = Truth::Unknown;
        }
        return result;
    }
    case Condition::Kind::Not: {
        const Truth t = evaluateIgnoringTime(c.children.front(), frame);
        return t == Truth::Unknown ? t : (t == Truth::True ? Truth::False : Truth::True);
    }
    case Condition::Kind::Compare:
        if (isTimeDependent(c.fact))
            return Truth::Unknown;
        return compareHolds(c, frame) ? Truth::True : Truth::False;
    }
    return Truth::Unknown;
}

void explain(const Condition &c, const FactFrame &frame, bool wanted, QList<FactEvidence> &out)
{
    switch (c.kind) {
    case Condition::Kind::All:
        // All true: every child is a reason. All false: the children that failed are.
        for (const Condition &child : c.children)
            if (wanted || !evaluate(child, frame))
                explain(child, frame, wanted, out);
        return;
    case Condition::Kind::Any:
        for (const Condition &child : c.children)
            if (!wanted || evaluate(child, frame))
                explain(child, frame, wanted, out);
        return;
    case Condition::Kind::Not: explain(c.children.front(), frame, !wanted, out); return;
    case Condition::Kind::Compare: out.append(evidenceOf(c, frame)); return;
    }
}

void collectMinuteThresholds(const Condition &c, Counting counting, std::vector<qint64> &out)
{
    if (c.kind != Condition::Kind::Compare) {
        for (const Condition &child : c.children)
            collectMinuteThresholds(child, counting, out);
        return;
    }
    if (c.fact != Fact::OutageMinutes || c.counting != counting)
        return;
    // Minute counts are whole: a comparison with n can change where the count reaches ceil(n)
    // and where it passes floor(n).
    const auto add = [&out](double n) {
        out.push_back(static_cast<qint64>(std::ceil(n)));
        out.push_back(static_cast<qint64>(std::floor(n)) + 1);
    };
    if (c.op == Comparison::In) {
        for (double n : c.numbers)
            add(n);
    } else {
        add(c.number);
    }
}

bool usesFact(const Condition &c, Fact fact)
{
    if (c.kind == Condition::Kind::Compare)
        return c.fact == fact;
    for (const Condition &child : c.children)
        if (usesFact(child, fact))
            return true;
    return false;
}

bool usesCounting(const Condition &c, Counting counting)
{
    if (c.kind == Condition::Kind::Compare)
        return c.fact == Fact::OutageMinutes && c.counting == counting;
    for (const Condition &child : c.children)
        if (usesCounting(child, counting))
            return true;
    return false;
}

} // namespace dd
