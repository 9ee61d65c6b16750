#include "grading/condition_parser.h"

#include "institution/institution_profile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dd {

namespace {

const QString AllKey = QStringLiteral("all");
const QString AnyKey = QStringLiteral("any");
const QString NotKey = QStringLiteral("not");
const QString FactKey = QStringLiteral("fact");
const QString CountingKey = QStringLiteral("counting");

// Largest outage threshold: two years in minutes (the calendar searches no further).
constexpr double MaxMinutes = 2.0 * 366 * 24 * 60;

QString operandText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d))
                   ? QString::number(static_cast<qint64>(d))
                   : QString::number(d, 'g', 12);
    }
    if (v.isArray()) {
        QStringList parts;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            parts.append(operandText(e));
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    return v.toString();
}

bool allowed(FactKind kind, Comparison op)
{
    switch (kind) {
    case FactKind::Number: return op != Comparison::HasFlag;
    case FactKind::Text:
        return op == Comparison::Eq || op == Comparison::Ne || op == Comparison::In;
    case FactKind::Boolean: return op == Comparison::Eq || op == Comparison::Ne;
    case FactKind::FlagSet: return op == Comparison::HasFlag;
    }
    return false;
}

} // namespace

ConditionParser::ConditionParser(const JsonFieldReader &reader, QSet<QString> systems)
    : m_reader(reader)
    , m_systems(std::move(systems))
{}

Result<Condition> ConditionParser::parse(const QJsonValue &value, const QString &path) const
{
    auto o = m_reader.object(value, path);
    if (!o)
        return o.takeError();
    if (o->contains(FactKey))
        return parseComparison(*o, path);

    const QStringList groupKeys{AllKey, AnyKey, NotKey};
    int found = 0;
    for (const QString &k : groupKeys)
        found += o->contains(k) ? 1 : 0;
    if (found != 1 || o->size() != 1) {
        if (Status s = m_reader.keys(*o, path, groupKeys + QStringList{FactKey}, {}); !s)
            return s.takeError();
        return m_reader.error(path, tr("expected exactly one of \"all\", \"any\", \"not\" or "
                                       "\"fact\""));
    }

    Condition c;
    if (o->contains(NotKey)) {
        c.kind = Condition::Kind::Not;
        auto child = parse(o->value(NotKey), JsonFieldReader::key(path, NotKey));
        if (!child)
            return child.takeError();
        c.children.push_back(std::move(*child));
        return c;
    }
    const bool all = o->contains(AllKey);
    c.kind = all ? Condition::Kind::All : Condition::Kind::Any;
    const QString listPath = JsonFieldReader::key(path, all ? AllKey : AnyKey);
    auto list = m_reader.array(o->value(all ? AllKey : AnyKey), listPath, false);
    if (!list)
        return list.takeError();
    c.children.reserve(static_cast<std::size_t>(list->size()));
    for (qsizetype i = 0; i < list->size(); ++i) {
        auto child = parse(list->at(i), JsonFieldReader::index(listPath, i));
        if (!child)
            return child.takeError();
        c.children.push_back(std::move(*child));
    }
    return c;
}

Result<Condition> ConditionParser::parseComparison(const QJsonObject &o, const QString &path) const
{
    const QJsonValue factValue = o.value(FactKey);
    const auto fact = factValue.isString() ? factFromId(factValue.toString()) : std::nullopt;
    if (!fact)
        return m_reader.error(
            path, tr("unknown fact \"%1\" (expected one of: %2)")
                      .arg(operandText(factValue), allFactIds().join(QStringLiteral(", "))));
    Condition c;
    c.kind = Condition::Kind::Compare;
    c.fact = *fact;

    QStringList allowedKeys{FactKey};
    for (int i = 0; i <= static_cast<int>(Comparison::HasFlag); ++i)
        allowedKeys.append(comparisonId(static_cast<Comparison>(i)));
    if (c.fact == Fact::OutageMinutes)
        allowedKeys.append(CountingKey);
    if (Status s = m_reader.keys(o, path, allowedKeys, {}); !s)
        return s.takeError();

    std::optional<Comparison> op;
    QString opKey;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const auto candidate = comparisonFromId(it.key());
        if (!candidate)
            continue;
        if (op)
            return m_reader.error(
                path, tr("expected one comparison, found \"%1\" and \"%2\"").arg(opKey, it.key()));
        op = candidate;
        opKey = it.key();
    }
    if (!op)
        return m_reader.error(path, tr("expected a comparison (>=, >, <=, <, ==, !=, in, "
                                       "has_flag)"));
    if (!allowed(factKind(c.fact), *op))
        return m_reader.error(
            path, tr("\"%1\" cannot be used with fact \"%2\"").arg(opKey, factId(c.fact)));
    c.op = *op;

    if (c.fact == Fact::OutageMinutes) {
        const QString countingPath = JsonFieldReader::key(path, CountingKey);
        const QJsonValue counting = o.value(CountingKey);
        if (counting.isUndefined())
            return m_reader.error(countingPath, tr("required for outage_minutes (\"trading\" or "
                                                   "\"wall\")"));
        if (counting == QJsonValue(QStringLiteral("trading")))
            c.counting = Counting::Trading;
        else if (counting == QJsonValue(QStringLiteral("wall")))
            c.counting = Counting::Wall;
        else
            return m_reader.error(countingPath, tr("expected \"trading\" or \"wall\""));
    }
    const QJsonValue operand = o.value(opKey);
    if (Status s = parseOperand(c, operand, JsonFieldReader::key(path, opKey)); !s)
        return s.takeError();
    c.operandText = operandText(operand);
    return c;
}

Status ConditionParser::parseOperand(Condition &c, const QJsonValue &v, const QString &path) const
{
    const FactKind kind = factKind(c.fact);
    if (c.op == Comparison::In) {
        auto list = m_reader.array(v, path, false);
        if (!list)
            return list.takeError();
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString itemPath = JsonFieldReader::index(path, i);
            if (kind == FactKind::Number) {
                auto n = numberOperand(c.fact, list->at(i), itemPath);
                if (!n)
                    return n.takeError();
                c.numbers.append(*n);
            } else {
                auto t = textOperand(c.fact, list->at(i), itemPath);
                if (!t)
                    return t.takeError();
                c.texts.append(*t);
            }
        }
        return {};
    }
    switch (kind) {
    case FactKind::Number: {
        auto n = numberOperand(c.fact, v, path);
        if (!n)
            return n.takeError();
        c.number = *n;
        return {};
    }
    case FactKind::Boolean: {
        auto b = m_reader.boolean(v, path);
        if (!b)
            return b.takeError();
        c.number = *b ? 1 : 0;
        return {};
    }
    case FactKind::Text:
    case FactKind::FlagSet: {
        auto t = textOperand(c.fact, v, path);
        if (!t)
            return t.takeError();
        c.text = *t;
        return {};
    }
    }
    return {};
}

Result<double> ConditionParser::numberOperand(Fact fact, const QJsonValue &v,
                                              const QString &path) const
{
    switch (fact) {
    case Fact::SystemClass: {
        auto n = m_reader.wholeNumber(v, path, 1, 5);
        if (!n)
            return n.takeError();
        return static_cast<double>(*n);
    }
    case Fact::AffectedShare: return m_reader.number(v, path, 0, 1);
    case Fact::AffectedCustomers:
    case Fact::LeakedRecords: {
        auto n = m_reader.count(v, path);
        if (!n)
            return n.takeError();
        return static_cast<double>(*n);
    }
    case Fact::OutageMinutes: {
        auto n = m_reader.wholeNumber(v, path, 0, static_cast<qint64>(MaxMinutes));
        if (!n)
            return n.takeError();
        return static_cast<double>(*n);
    }
    default: return m_reader.nonNegativeNumber(v, path);
    }
}

Result<QString> ConditionParser::textOperand(Fact fact, const QJsonValue &v,
                                             const QString &path) const
{
    auto id = m_reader.identifier(v, path);
    if (!id)
        return id;
    if (fact == Fact::System && !m_systems.contains(*id))
        return m_reader.error(
            path, tr("unknown system \"%1\" (not in the rule set's \"systems\")").arg(*id));
    if (fact == Fact::InstitutionType && !institutionTypeFromId(*id))
        return m_reader.error(path, tr("unknown institution type \"%1\"").arg(*id));
    return id;
}

} // namespace dd
