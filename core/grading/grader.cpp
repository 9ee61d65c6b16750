#include "grading/grader.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>
#include <vector>

namespace dd {

namespace {

constexpr qint64 MsPerMinute = 60'000;
// Candidate instants examined for the next threshold; rule sets have a few dozen thresholds.
constexpr int MaxCandidates = 512;

constexpr std::size_t at(Fact fact)
{
    return static_cast<std::size_t>(fact);
}

void setText(FactFrame &frame, Fact fact, const QString &value)
{
    frame.present[at(fact)] = true;
    frame.text[at(fact)] = value;
}

void setNumber(FactFrame &frame, Fact fact, double value)
{
    frame.present[at(fact)] = true;
    frame.number[at(fact)] = value;
}

void setOutage(FactFrame &frame, qint64 tradingMinutes, qint64 wallMinutes, bool inTradingHours)
{
    frame.outageMinutes[static_cast<std::size_t>(Counting::Trading)] =
        static_cast<double>(tradingMinutes);
    frame.outageMinutes[static_cast<std::size_t>(Counting::Wall)] =
        static_cast<double>(wallMinutes);
    frame.number[at(Fact::OutageInTradingHours)] = inTradingHours ? 1 : 0;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void sortUnique(std::vector<qint64> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

Grader::Grader(const RuleSet &rules, const TradingCalendar &calendar)
    : m_rules(rules)
    , m_calendar(calendar)
{
    for (const Rule &rule : std::as_const(m_rules.rules))
        m_usesInTradingHours = m_usesInTradingHours || rule.usesInTradingHours;
}

FactFrame Grader::frameOf(const IncidentFacts &f) const
{
    FactFrame frame;
    setText(frame, Fact::InstitutionType, institutionTypeId(f.institutionType));
    setText(frame, Fact::System, f.system);
    if (f.systemClass) {
        setNumber(frame, Fact::SystemClass, *f.systemClass);
    } else if (const SystemKind *kind = m_rules.system(f.system); kind && kind->defaultClass) {
        setNumber(frame, Fact::SystemClass, *kind->defaultClass);
        frame.systemClassAssumed = true;
    }
    setText(frame, Fact::Market, f.effectiveMarket());
    if (f.marketScope)
        setText(frame, Fact::MarketScope, *f.marketScope);
    if (f.affectedShare)
        setNumber(frame, Fact::AffectedShare, *f.affectedShare);
    if (f.affectedCustomers)
        setNumber(frame, Fact::AffectedCustomers, static_cast<double>(*f.affectedCustomers));
    if (f.leakedRecords)
        setNumber(frame, Fact::LeakedRecords, static_cast<double>(*f.leakedRecords));
    if (f.financialLossCny)
        setNumber(frame, Fact::FinancialLossCny, *f.financialLossCny);
    if (f.regulatorNotified)
        setNumber(frame, Fact::RegulatorNotified, *f.regulatorNotified ? 1 : 0);
    setNumber(frame, Fact::Recovered, f.recoveredAt ? 1 : 0);
    frame.present[at(Fact::OutageMinutes)] = true;
    frame.present[at(Fact::OutageInTradingHours)] = true;
    frame.flags = &f.flags;
    return frame;
}

GradeResult Grader::grade(const IncidentFacts &facts, const QDateTime &now) const
{
    GradeResult result;
    result.ruleSetId = m_rules.id;
    result.ruleSetVersion = m_rules.version;
    result.evaluatedAt = now.toUTC();

    // Outage measured once per grading, in each counting.
    const QString market = facts.effectiveMarket();
    const qint64 startMs = facts.startedAt.toMSecsSinceEpoch();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 endMs =
        std::max(startMs, facts.recoveredAt ? facts.recoveredAt->toMSecsSinceEpoch() : nowMs);
    const QDateTime end = utc(endMs);
    const qint64 tradingSeconds =
        endMs > startMs ? m_calendar.tradingSecondsBetween(facts.startedAt, end, market) : 0;
    // A zero-length outage (recovered at once) is "in trading hours" when it happened in trading
    // time; one that has not started yet (`now` before started_at) is not.
    const bool started = facts.recoveredAt || nowMs >= startMs;
    const bool inTradingHours =
        tradingSeconds > 0
        || (started && endMs - startMs < 1000 && m_calendar.isTradingTime(facts.startedAt, market));
    result.outage = {market,
                     end,
                     !facts.recoveredAt.has_value(),
                     (endMs - startMs) / MsPerMinute,
                     tradingSeconds / 60,
                     inTradingHours};

    FactFrame frame = frameOf(facts);
    setOutage(frame, result.outage.tradingMinutes, result.outage.wallMinutes, inTradingHours);

    QVarLengthArray<int, 32> matched;
    for (int i = 0; i < m_rules.rules.size(); ++i)
        if (evaluate(m_rules.rules[i].when, frame))
            matched.append(i);
    std::stable_sort(matched.begin(), matched.end(), [this](int a, int b) {
        return m_rules.rules[a].rank > m_rules.rules[b].rank;
    });
    result.matches.reserve(matched.size());
    for (int i : matched) {
        const Rule &rule = m_rules.rules[i];
        RuleMatch m{rule.id, rule.gradeId, rule.rank, rule.description, rule.source, rule.note, {}};
        explain(rule.when, frame, true, m.evidence);
        result.matches.append(std::move(m));
    }

    int currentRank = 0;
    if (!matched.isEmpty()) {
        const Rule &top = m_rules.rules[matched.front()];
        result.gradeId = top.gradeId;
        result.level = *m_rules.grade(top.gradeId);
        currentRank = top.rank;
    }
    if (!facts.recoveredAt)
        result.next = nextThreshold(facts, frame, currentRank, nowMs);
    return result;
}

std::optional<NextThreshold> Grader::nextThreshold(const IncidentFacts &facts, FactFrame &frame,
                                                   int currentRank, qint64 nowMs) const
{
    // Only rules above the current grade that waiting could make true.
    QVarLengthArray<int, 32> candidates;
    for (int i = 0; i < m_rules.rules.size(); ++i) {
        const Rule &rule = m_rules.rules[i];
        if (rule.rank > currentRank && rule.timeDependent
            && evaluateIgnoringTime(rule.when, frame) != Truth::False)
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return std::nullopt;

    const auto tradingNow =
        static_cast<qint64>(frame.outageMinutes[static_cast<std::size_t>(Counting::Trading)]);
    const auto wallNow =
        static_cast<qint64>(frame.outageMinutes[static_cast<std::size_t>(Counting::Wall)]);
    const bool inTradingNow = frame.number[at(Fact::OutageInTradingHours)] != 0;
    std::vector<qint64> tradingMinutes;
    std::vector<qint64> wallMinutes;
    bool needFirstTrading = false;
    for (int i : candidates) {
        const Rule &rule = m_rules.rules[i];
        for (qint64 m : rule.tradingThresholds)
            if (m > tradingNow)
                tradingMinutes.push_back(m);
        for (qint64 m : rule.wallThresholds)
            if (m > wallNow)
                wallMinutes.push_back(m);
        needFirstTrading = needFirstTrading || (rule.usesInTradingHours && !inTradingNow);
    }
    sortUnique(tradingMinutes);
    sortUnique(wallMinutes);

    const QString market = facts.effectiveMarket();
    const qint64 startMs = facts.startedAt.toMSecsSinceEpoch();
    std::size_t ti = 0;
    std::size_t wi = 0;
    std::optional<qint64> tradingAt; // instant of tradingMinutes[ti], computed lazily
    const auto nextTrading = [&]() -> std::optional<qint64> {
        if (!tradingAt && ti < tradingMinutes.size()) {
            const QDateTime t =
                m_calendar.addTradingMinutes(facts.startedAt, tradingMinutes[ti], market);
            if (t.isValid())
                tradingAt = t.toMSecsSinceEpoch();
            else
                ti = tradingMinutes.size(); // the calendar's years ran out
        }
        return tradingAt;
    };
    // The first trading instant after the start: sessions are whole minutes, so the end of the
    // first trading minute less one minute.
    std::optional<qint64> firstTradingAt;
    if (needFirstTrading) {
        const QDateTime t = m_calendar.addTradingMinutes(facts.startedAt, 1, market);
        if (t.isValid())
            firstTradingAt = std::max(nowMs, t.toMSecsSinceEpoch() - MsPerMinute);
    }

    // Walk the candidate instants in time order. Between two candidates no comparison of a
    // candidate rule changes, so the trading-minute count can stay at the last one reached.
    qint64 tradingValue = tradingNow;
    bool inTrading = inTradingNow;
    for (int step = 0; step < MaxCandidates; ++step) {
        const std::optional<qint64> a = nextTrading();
        const std::optional<qint64> b =
            wi < wallMinutes.size() ? std::optional<qint64>(startMs + wallMinutes[wi] * MsPerMinute)
                                    : std::nullopt;
        const std::optional<qint64> c = firstTradingAt;
        qint64 t = std::numeric_limits<qint64>::max();
        for (const auto &x : {a, b, c})
            if (x)
                t = std::min(t, *x);
        if (t == std::numeric_limits<qint64>::max())
            return std::nullopt;

        NextThreshold reached;
        bool described = false;
        if (a && *a == t) {
            tradingValue = tradingMinutes[ti];
            reached.fact = Fact::OutageMinutes;
            reached.counting = Counting::Trading;
            reached.minutes = tradingValue;
            described = true;
            ++ti;
            tradingAt.reset();
        }
        if (b && *b == t) {
            if (!described) {
                reached.fact = Fact::OutageMinutes;
                reached.counting = Counting::Wall;
                reached.minutes = wallMinutes[wi];
                described = true;
            }
            ++wi;
        }
        if (c && *c == t) {
            if (!described)
                reached.fact = Fact::OutageInTradingHours;
            inTrading = true;
            firstTradingAt.reset();
        }
        setOutage(frame, tradingValue, (t - startMs) / MsPerMinute, inTrading || tradingValue > 0);

        const Rule *best = nullptr;
        for (int i : candidates) {
            const Rule &rule = m_rules.rules[i];
            if ((!best || rule.rank > best->rank) && evaluate(rule.when, frame))
                best = &rule;
        }
        if (best) {
            reached.at = utc(t);
            reached.ruleId = best->id;
            reached.level = *m_rules.grade(best->gradeId);
            return reached;
        }
    }
    return std::nullopt;
}

Status Grader::check(const IncidentFacts &facts, const QString &fileName) const
{
    if (!m_rules.appliesToType(facts.institutionType))
        return fail(tr("%1: institution_type: the rule set \"%2\" does not apply to \"%3\"")
                        .arg(fileName, m_rules.id, institutionTypeId(facts.institutionType)));
    if (!m_rules.system(facts.system)) {
        QStringList ids;
        for (const SystemKind &k : m_rules.systems)
            ids.append(k.id);
        return fail(
            tr("%1: system: unknown system \"%2\" for rule set \"%3\" (expected one of: %4)")
                .arg(fileName, facts.system, m_rules.id, ids.join(QStringLiteral(", "))));
    }
    const QString market = facts.effectiveMarket();
    if (!m_calendar.hasMarket(market)) {
        QStringList ids;
        for (const Market &m : m_calendar.markets())
            ids.append(m.id);
        return fail(
            tr("%1: market: the trading calendar has no market \"%2\" (expected one of: %3)")
                .arg(fileName, market, ids.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace dd
