#include "escalation/obligation_status.h"

namespace dd {

namespace {

// Whole seconds, rounded up: a report 0.2 s late is 1 s late, never 0.
qint64 secondsUp(qint64 ms)
{
    return (ms + 999) / 1000;
}

} // namespace

QString obligationStateId(ObligationState state)
{
    switch (state) {
    case ObligationState::PendingAnchor: return QStringLiteral("pending_anchor");
    case ObligationState::Due: return QStringLiteral("due");
    case ObligationState::Overdue: return QStringLiteral("overdue");
    case ObligationState::SubmittedOnTime: return QStringLiteral("submitted_on_time");
    case ObligationState::SubmittedLate: return QStringLiteral("submitted_late");
    case ObligationState::Waived: return QStringLiteral("waived");
    }
    return {};
}

ObligationStatus ObligationStatus::of(const ObligationInstance &instance,
                                      const ObligationRecords &records, const QDateTime &now)
{
    ObligationStatus s;
    const QString key = instance.key();
    if (const auto it = records.submissions.constFind(key); it != records.submissions.constEnd()) {
        s.submittedAt = it->toUTC();
        const qint64 lateMs = instance.due ? instance.due->msecsTo(*it) : 0;
        s.state = lateMs > 0 ? ObligationState::SubmittedLate : ObligationState::SubmittedOnTime;
        s.lateSeconds = lateMs > 0 ? secondsUp(lateMs) : 0;
        return s;
    }
    if (records.waived.contains(key)) {
        s.state = ObligationState::Waived;
        return s;
    }
    if (!instance.due) {
        s.state = ObligationState::PendingAnchor;
        return s;
    }
    const qint64 leftMs = now.msecsTo(*instance.due);
    if (leftMs < 0) {
        s.state = ObligationState::Overdue;
        s.lateSeconds = secondsUp(-leftMs);
    } else {
        s.state = ObligationState::Due;
        s.remainingSeconds = leftMs / 1000;
    }
    return s;
}

bool allObligationsMet(const QList<ObligationInstance> &instances, const ObligationRecords &records,
                       const QDateTime &now)
{
    for (const ObligationInstance &instance : instances)
        if (!ObligationStatus::of(instance, records, now).isMet())
            return false;
    return true;
}

std::optional<QDateTime> nextObligationDeadline(const QList<ObligationInstance> &instances,
                                                const ObligationRecords &records,
                                                const QDateTime &now)
{
    std::optional<QDateTime> next;
    for (const ObligationInstance &instance : instances) {
        if (ObligationStatus::of(instance, records, now).state != ObligationState::Due)
            continue;
        if (!next || *instance.due < *next)
            next = instance.due->toUTC();
    }
    return next;
}

} // namespace dd
