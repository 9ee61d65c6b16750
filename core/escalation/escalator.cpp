#include "escalation/escalator.h"

#include "audit/audit_log.h"
#include "contacts/phone_numbers.h"

#include <QHash>
#include <QSet>

namespace dd {

QString escalationOutcomeId(EscalationOutcome outcome)
{
    switch (outcome) {
    case EscalationOutcome::Issued: return QStringLiteral("issued");
    case EscalationOutcome::Acknowledged: return QStringLiteral("acknowledged");
    case EscalationOutcome::NoAnswer: return QStringLiteral("no_answer");
    case EscalationOutcome::Unavailable: return QStringLiteral("unavailable");
    }
    return {};
}

std::optional<EscalationOutcome> escalationOutcomeFromId(const QString &id)
{
    for (EscalationOutcome o : {EscalationOutcome::Issued, EscalationOutcome::Acknowledged,
                                EscalationOutcome::NoAnswer, EscalationOutcome::Unavailable})
        if (escalationOutcomeId(o) == id)
            return o;
    return std::nullopt;
}

QString escalationOutcomeName(EscalationOutcome outcome)
{
    switch (outcome) {
    case EscalationOutcome::Issued: return EscalationAction::tr("issued");
    case EscalationOutcome::Acknowledged: return EscalationAction::tr("acknowledged");
    case EscalationOutcome::NoAnswer: return EscalationAction::tr("no answer");
    case EscalationOutcome::Unavailable: return EscalationAction::tr("unavailable");
    }
    return {};
}

QString escalationActionKindId(EscalationActionKind kind)
{
    switch (kind) {
    case EscalationActionKind::Notify: return QStringLiteral("notify");
    case EscalationActionKind::PassAuthority: return QStringLiteral("authority");
    case EscalationActionKind::ReportReminder: return QStringLiteral("report");
    }
    return {};
}

QString authorityReasonId(AuthorityReason reason)
{
    switch (reason) {
    case AuthorityReason::Timeout: return QStringLiteral("timeout");
    case AuthorityReason::NoAnswer: return QStringLiteral("no_answer");
    case AuthorityReason::Unavailable: return QStringLiteral("unavailable");
    case AuthorityReason::OnLeave: return QStringLiteral("on_leave");
    }
    return {};
}

QString EscalationAction::text() const
{
    const QString prefix = drill ? tr("[Drill] ") : QString();
    switch (kind) {
    case EscalationActionKind::Notify: {
        const QString who = phone.isEmpty() ? tr("%1 (no phone number on file)").arg(name)
                                            : tr("%1 (%2)").arg(name, PhoneNumbers::display(phone));
        const QString how = channel == EscalationChannel::Phone ? tr("Call %1").arg(who)
                                                                : tr("Message %1").arg(who);
        return prefix + tr("%1 — escalation level %2, round %3").arg(how).arg(level).arg(round);
    }
    case EscalationActionKind::PassAuthority: {
        QString reason;
        switch (why) {
        case AuthorityReason::Timeout: reason = tr("did not acknowledge in time"); break;
        case AuthorityReason::NoAnswer: reason = tr("did not answer"); break;
        case AuthorityReason::Unavailable: reason = tr("is unavailable"); break;
        case AuthorityReason::OnLeave: reason = tr("is on leave"); break;
        }
        return prefix
               + tr("Decision authority passes from %1 to %2: %1 %3").arg(fromName, name, reason);
    }
    case EscalationActionKind::ReportReminder: {
        const QString due = reportDue.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("HH:mm"));
        return prefix
               + (overdue ? tr("Report overdue since %1: %2").arg(due, obligationLabel)
                          : tr("Report due at %1: %2").arg(due, obligationLabel));
    }
    }
    return {};
}

namespace {

// Walks the escalation from its start to `now`, producing every action in order; stops at the
// first action that lies in the future (the next wake-up) or at the acknowledgement.
class Simulation {
public:
    explicit Simulation(const EscalationInput &in)
        : m_in(in)
    {
        m_start = in.restartedAt.isValid() ? in.restartedAt : in.declaredAt;
        m_t = m_start;
        m_prefix = in.grade + u'/';
        for (const EscalationRecord &r : in.records) {
            if (!r.actionKey.startsWith(m_prefix))
                continue;
            if (r.outcome == EscalationOutcome::Issued) {
                m_issued.insert(r.actionKey, r.at);
                continue;
            }
            if (!m_answers.contains(r.actionKey) || r.at < m_answers.value(r.actionKey).at)
                m_answers.insert(r.actionKey, r);
            if (r.outcome == EscalationOutcome::Acknowledged
                && (!m_ackAt.isValid() || r.at < m_ackAt)) {
                m_ackAt = r.at;
                m_ackBy = r.contactId;
            }
            if (r.outcome == EscalationOutcome::Unavailable
                && (!m_unavailable.contains(r.contactId)
                    || r.at < m_unavailable.value(r.contactId)))
                m_unavailable.insert(r.contactId, r.at);
        }
    }

    void run(EscalationPlan &plan)
    {
        m_plan = &plan;
        if (!m_in.directory || !m_start.isValid())
            return;
        const QList<qint64> &order = m_in.succession;
        if (!order.isEmpty()) {
            m_authority = 0;
            if (!available(order.first(), m_start)) {
                const int next = nextAvailable(0, m_start);
                if (next >= 0 && !pass(next, reasonFor(order.first(), m_start), m_start))
                    return finish();
            }
        }
        if (!m_in.policy)
            return finish(); // nobody to call: the decision maker is still known
        const int rounds = 1 + m_in.policy->repeatCount;
        for (int round = 1; round <= rounds; ++round) {
            for (int level = 1; level <= m_in.policy->levels.size(); ++level) {
                const EscalationLevel &l = m_in.policy->levels.at(level - 1);
                const bool go = l.target == EscalationTarget::Succession
                                    ? successionLevel(l, level, round)
                                    : listLevel(l, level, round);
                if (!go)
                    return finish();
            }
        }
        m_plan->exhausted = true;
        finish();
    }

private:
    enum class Answer { Timeout, NoAnswer, Unavailable, Waiting, Stopped };

    bool available(qint64 contact, const QDateTime &t) const
    {
        if (m_unavailable.contains(contact) && m_unavailable.value(contact) <= t)
            return false;
        return m_in.directory->available(contact, t);
    }

    AuthorityReason reasonFor(qint64 contact, const QDateTime &t) const
    {
        return m_unavailable.contains(contact) && m_unavailable.value(contact) <= t
                   ? AuthorityReason::Unavailable
                   : AuthorityReason::OnLeave;
    }

    // The next available person of the order after `from` (wrapping round), -1 when none.
    int nextAvailable(int from, const QDateTime &t) const
    {
        const QList<qint64> &order = m_in.succession;
        for (int step = 1; step < order.size(); ++step) {
            const int i = int((from + step) % order.size());
            if (order.at(i) != order.at(from) && available(order.at(i), t))
                return i;
        }
        return -1;
    }

    // An action at `at`: false when the simulation stops there (acknowledged before, or in the
    // future: the next wake-up).
    bool offer(EscalationAction action)
    {
        if (m_ackAt.isValid() && action.at >= m_ackAt)
            return false;
        if (action.at > m_in.now) {
            wakeAt(action.at);
            return false;
        }
        if (!m_issued.contains(action.key))
            m_plan->due << action;
        return true;
    }

    void wakeAt(const QDateTime &t)
    {
        if (!m_plan->nextWakeUp || t < *m_plan->nextWakeUp)
            m_plan->nextWakeUp = t;
    }

    EscalationAction base(EscalationActionKind kind, const QString &key, const QDateTime &at) const
    {
        EscalationAction a;
        a.kind = kind;
        a.key = key;
        a.at = at;
        a.incidentId = m_in.incidentId;
        a.incidentNumber = m_in.incidentNumber;
        a.drill = m_in.drill;
        return a;
    }

    bool pass(int to, AuthorityReason why, const QDateTime &at)
    {
        const qint64 from = m_in.succession.at(m_authority);
        const qint64 toId = m_in.succession.at(to);
        EscalationAction a = base(EscalationActionKind::PassAuthority,
                                  m_prefix + QStringLiteral("authority:%1").arg(m_passes + 1), at);
        a.fromId = from;
        a.fromName = m_in.directory->name(from);
        a.contactId = toId;
        a.name = m_in.directory->name(toId);
        a.phone = m_in.directory->phone(toId);
        a.why = why;
        if (!offer(a))
            return false;
        ++m_passes;
        m_authority = to;
        return true;
    }

    // Calls one person; `t` moves to when the call ended. Waiting/Stopped end the simulation.
    Answer call(const EscalationLevel &l, int level, int round, qint64 contact, QDateTime &t)
    {
        EscalationAction a = base(
            EscalationActionKind::Notify,
            m_prefix + QStringLiteral("L%1#%2:notify:%3").arg(level).arg(round).arg(contact), t);
        a.contactId = contact;
        a.name = m_in.directory->name(contact);
        a.phone = m_in.directory->phone(contact);
        a.channel = l.channel;
        a.target = l.target;
        a.roleKey = l.roleKey;
        a.level = level;
        a.round = round;
        const QDateTime issued = m_issued.value(a.key, m_in.now);
        const QDateTime deadline = issued.addSecs(qint64(l.timeoutMinutes) * 60);
        a.ackBy = deadline;
        if (!offer(a))
            return Answer::Stopped;
        const auto answer = m_answers.constFind(a.key);
        if (answer == m_answers.constEnd())
            m_plan->pending << a;
        if (answer != m_answers.constEnd() && answer->at < deadline) {
            if (answer->outcome == EscalationOutcome::Acknowledged)
                return Answer::Stopped; // m_ackAt stops everything after it
            t = answer->at;
            return answer->outcome == EscalationOutcome::NoAnswer ? Answer::NoAnswer
                                                                  : Answer::Unavailable;
        }
        if (deadline > m_in.now) {
            if (!m_ackAt.isValid())
                wakeAt(deadline);
            return Answer::Waiting;
        }
        t = deadline;
        return Answer::Timeout;
    }

    // A role or person level: the primary, then (if unavailable) the backup.
    bool listLevel(const EscalationLevel &l, int level, int round)
    {
        QList<qint64> people;
        if (l.target == EscalationTarget::Role)
            people = m_in.directory->onDuty(l.roleKey, m_t);
        else
            people = {l.contactId};
        QSet<qint64> seen;
        for (qint64 contact : people) {
            if (contact <= 0 || seen.contains(contact) || !available(contact, m_t))
                continue;
            seen.insert(contact);
            switch (call(l, level, round, contact, m_t)) {
            case Answer::Unavailable: continue;
            case Answer::NoAnswer:
            case Answer::Timeout: return true;
            case Answer::Waiting:
            case Answer::Stopped: return false;
            }
        }
        return true;
    }

    // A succession level: the decision maker, and down the order while nobody acknowledges.
    bool successionLevel(const EscalationLevel &l, int level, int round)
    {
        const QList<qint64> &order = m_in.succession;
        if (m_authority < 0)
            return true;
        QSet<qint64> called;
        for (;;) {
            const qint64 current = order.at(m_authority);
            if (!available(current, m_t)) {
                const int next = nextAvailable(m_authority, m_t);
                if (next < 0)
                    return true;
                if (!pass(next, reasonFor(current, m_t), m_t))
                    return false;
                continue;
            }
            if (called.contains(current))
                return true;
            called.insert(current);
            AuthorityReason why = AuthorityReason::Timeout;
            switch (call(l, level, round, current, m_t)) {
            case Answer::Timeout: why = AuthorityReason::Timeout; break;
            case Answer::NoAnswer: why = AuthorityReason::NoAnswer; break;
            case Answer::Unavailable: why = AuthorityReason::Unavailable; break;
            case Answer::Waiting:
            case Answer::Stopped: return false;
            }
            const int next = nextAvailable(m_authority, m_t);
            if (next < 0)
                return true;
            if (!pass(next, why, m_t))
                return false;
        }
    }

    void finish()
    {
        if (m_authority >= 0)
            m_plan->authority = m_in.succession.at(m_authority);
        if (m_ackAt.isValid()) {
            m_plan->acknowledged = true;
            m_plan->acknowledgedAt = m_ackAt;
            m_plan->acknowledgedBy = m_ackBy;
            m_plan->pending.clear();
            m_plan->exhausted = false;
        }
    }

    const EscalationInput &m_in;
    EscalationPlan *m_plan = nullptr;
    QDateTime m_start;
    QDateTime m_t; // where the walk is
    QString m_prefix;
    QHash<QString, QDateTime> m_issued;
    QHash<QString, EscalationRecord> m_answers; // the first answer per key
    QHash<qint64, QDateTime> m_unavailable;     // recorded unavailable since
    QDateTime m_ackAt;
    qint64 m_ackBy = 0;
    int m_authority = -1; // index into the succession order
    int m_passes = 0;
};

void reminders(const EscalationInput &in, EscalationPlan &plan)
{
    const QSet<QString> issued = [&] {
        QSet<QString> keys;
        for (const EscalationRecord &r : in.records)
            if (r.actionKey.startsWith(QLatin1String("report:")))
                keys.insert(r.actionKey);
        return keys;
    }();
    for (const ReportDeadline &r : in.reports) {
        if (r.met || !r.due.isValid())
            continue;
        const QString stem = QStringLiteral("report:%1@%2").arg(r.key, toStoredTime(r.due));
        const QDateTime before = r.due.addSecs(-qint64(in.reportLeadMinutes) * 60);
        auto make = [&](bool overdue) {
            EscalationAction a;
            a.kind = EscalationActionKind::ReportReminder;
            a.key = stem + (overdue ? QStringLiteral("#2") : QStringLiteral("#1"));
            a.at = overdue ? r.due : before;
            a.incidentId = in.incidentId;
            a.incidentNumber = in.incidentNumber;
            a.drill = in.drill;
            a.obligationKey = r.key;
            a.obligationLabel = r.label;
            a.reportDue = r.due;
            a.overdue = overdue;
            return a;
        };
        if (r.due <= in.now) {
            if (!issued.contains(stem + QStringLiteral("#2")))
                plan.due << make(true);
        } else if (before <= in.now) {
            if (!issued.contains(stem + QStringLiteral("#1")))
                plan.due << make(false);
            if (!plan.nextWakeUp || r.due < *plan.nextWakeUp)
                plan.nextWakeUp = r.due;
        } else if (!plan.nextWakeUp || before < *plan.nextWakeUp) {
            plan.nextWakeUp = before;
        }
    }
}

} // namespace

EscalationPlan Escalator::plan(const EscalationInput &input)
{
    EscalationPlan plan;
    if (!input.open || !input.now.isValid())
        return plan;
    Simulation(input).run(plan);
    reminders(input, plan);
    return plan;
}

} // namespace dd
