#pragma once

#include "escalation/obligations.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace dd {

enum class ObligationState : quint8 {
    PendingAnchor,   // its anchor has not happened: no due time yet
    Due,             // not submitted, due time ahead
    Overdue,         // not submitted, due time passed
    SubmittedOnTime, // submitted at or before the due time
    SubmittedLate,
    Waived, // waived with a reason by a second person (recorded elsewhere)
};

QString obligationStateId(ObligationState state); // "due", "overdue", "submitted_on_time"...

// What has been done about obligations, keyed by ObligationInstance::key().
struct ObligationRecords {
    QHash<QString, QDateTime> submissions; // key -> submitted at
    QSet<QString> waived;
};

struct ObligationStatus {
    ObligationState state = ObligationState::PendingAnchor;
    std::optional<QDateTime> submittedAt;
    // SubmittedLate: submitted - due; Overdue: now - due. Zero otherwise. Never typed in.
    qint64 lateSeconds = 0;
    qint64 remainingSeconds = 0; // Due: due - now

    bool isMet() const
    {
        return state == ObligationState::SubmittedOnTime || state == ObligationState::SubmittedLate
               || state == ObligationState::Waived;
    }

    // A submission counts even while its anchor is pending (reported early); it wins over a
    // waiver.
    static ObligationStatus of(const ObligationInstance &instance, const ObligationRecords &records,
                               const QDateTime &now);
};

// Every obligation met (submitted or waived): the incident may be closed.
bool allObligationsMet(const QList<ObligationInstance> &instances, const ObligationRecords &records,
                       const QDateTime &now);
// The earliest due time after `now` of an unmet obligation: when countdowns change state next
// (arm one timer there). Pending anchors and overdue obligations do not count.
std::optional<QDateTime> nextObligationDeadline(const QList<ObligationInstance> &instances,
                                                const ObligationRecords &records,
                                                const QDateTime &now);

} // namespace dd
