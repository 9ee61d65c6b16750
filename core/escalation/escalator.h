#pragma once

#include "escalation/escalation_policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

// What the escalator needs to know about people; the app's implementation reads the roster and
// the contact handbook (RosterDirectory), tests use a fake.
class EscalationDirectory {
public:
    virtual ~EscalationDirectory() = default;
    // Who holds the duty role at t: primary, then backup (the scheduled person even while on
    // leave: available() tells). Unknown role or nobody scheduled: empty.
    virtual QList<qint64> onDuty(const QString &roleKey, const QDateTime &t) const = 0;
    // Not on leave (or otherwise marked unavailable in the roster) and still active at t.
    virtual bool available(qint64 contactId, const QDateTime &t) const = 0;
    virtual QString name(qint64 contactId) const = 0;
    virtual QString phone(qint64 contactId) const = 0; // the number to call first, "" = none
    // The decision succession order (决策递补顺序): contact ids, first decides first.
    virtual QList<qint64> succession() const = 0;
};

// What was recorded about an action (escalation_events.outcome).
enum class EscalationOutcome { Issued, Acknowledged, NoAnswer, Unavailable };
QString escalationOutcomeId(EscalationOutcome outcome); // "issued", "acknowledged", ...
std::optional<EscalationOutcome> escalationOutcomeFromId(const QString &id);
QString escalationOutcomeName(EscalationOutcome outcome); // translated

struct EscalationRecord {
    QString actionKey;
    EscalationOutcome outcome = EscalationOutcome::Issued;
    QDateTime at; // UTC
    qint64 contactId = 0;
};

// A report the incident owes, as the reporting obligations give it.
struct ReportDeadline {
    QString key;   // ObligationInstance::key()
    QString label; // translated
    QDateTime due; // UTC
    bool met = false;
};

enum class EscalationActionKind { Notify, PassAuthority, ReportReminder };
QString escalationActionKindId(EscalationActionKind kind); // "notify", "authority", "report"

// Why decision authority passed on.
enum class AuthorityReason { Timeout, NoAnswer, Unavailable, OnLeave };
QString authorityReasonId(AuthorityReason reason); // "timeout", "no_answer", ...

// One thing to do now. `key` is stable: the same inputs give the same keys, so what was done
// before a restart (found in escalation_events) is not done again.
//   Notify:         "<grade>/L<level>#<round>:notify:<contact>"   e.g. "III/L2#1:notify:17"
//   PassAuthority:  "<grade>/authority:<n>"                        (n-th pass of that grade)
//   ReportReminder: "report:<obligation>@<due>#1" (before the due time), "#2" (now overdue)
struct EscalationAction {
    Q_DECLARE_TR_FUNCTIONS(dd::EscalationAction)
public:
    EscalationActionKind kind = EscalationActionKind::Notify;
    QString key;
    QDateTime at; // when it became due (UTC)
    qint64 incidentId = 0;
    QString incidentNumber;
    bool drill = false;

    // Notify: call contactId (name, phone) on `channel`; `ackBy` = issued + the level's timeout.
    // PassAuthority: authority passes from fromId to contactId.
    qint64 contactId = 0;
    QString name;
    QString phone;
    EscalationChannel channel = EscalationChannel::Phone;
    EscalationTarget target = EscalationTarget::Role;
    QString roleKey;
    int level = 0; // 1-based
    int round = 0; // 1-based: 2 = first repeat
    QDateTime ackBy;

    qint64 fromId = 0;
    QString fromName;
    AuthorityReason why = AuthorityReason::Timeout;

    // ReportReminder
    QString obligationKey;
    QString obligationLabel;
    QDateTime reportDue;
    bool overdue = false;

    // Translated, one line: "Call 张伟 (+8613800138000) by phone — level 2, round 1".
    QString text() const;
    bool operator==(const EscalationAction &) const = default;
};

struct EscalationInput {
    qint64 incidentId = 0;
    QString incidentNumber;
    QString grade;        // the grade escalated for (key prefix)
    QDateTime declaredAt; // level 1 is called then
    // When the grade rose after the declaration, escalation starts again from level 1 then
    // (invalid = no rise). Records of earlier grades' actions do not count.
    QDateTime restartedAt;
    bool open = true; // closed incidents and lifted warnings escalate no more
    bool drill = false;
    std::optional<EscalationPolicy> policy; // none: nobody is called (reminders still come)
    const EscalationDirectory *directory = nullptr;
    QList<EscalationRecord> records;
    QList<qint64> succession;
    QList<ReportDeadline> reports;
    int reportLeadMinutes = 15; // the first reminder comes this long before a report is due
    QDateTime now;
};

struct EscalationPlan {
    QList<EscalationAction> due;         // due now and not yet issued, in order
    std::optional<QDateTime> nextWakeUp; // the next moment something becomes due
    // Notify actions issued (or due now) with no answer recorded: the open calls.
    QList<EscalationAction> pending;
    qint64 authority = 0; // the current decision maker (0: no succession order)
    bool acknowledged = false;
    qint64 acknowledgedBy = 0;
    QDateTime acknowledgedAt;
    bool exhausted = false; // every level and repeat called without an acknowledgement
};

// Decides who is called when. Pure: the same input gives the same plan.
//
// - Level 1 is called at the declaration (or the grade rise that restarted escalation). A level
//   that is not acknowledged within its timeout gives way to the next; after the last level the
//   list repeats from level 1, repeatCount times. Timeouts count from when a call was really
//   issued (recorded), so a desk that was closed does not fire a burst of calls at once.
// - A role level calls the primary on duty at the moment it starts; a person who is on leave
//   or was recorded unavailable is skipped for the backup. "No answer" moves on to the next
//   level at once; "unavailable" moves to the next person of the level (the backup) at once.
// - A succession level calls the current decision maker. Authority passes to the next
//   available person of the order (wrapping round) when the current one is on leave or
//   unavailable, does not answer, or does not acknowledge in time; the new decision maker is
//   called at once. Each pass is an action. The level ends when everyone was called once.
//   At the start, authority is with the first available person of the order.
// - Any acknowledgement stops the calls for the grade. A later rise of the grade starts a new
//   escalation (new keys, authority again from the top of the order): the leaders must hear
//   that it got worse.
// - Report reminders: reportLeadMinutes before each unmet report is due, and again when it
//   becomes overdue; a reminder whose moment passed while the desk was closed comes once.
class Escalator {
public:
    static EscalationPlan plan(const EscalationInput &input);
};

} // namespace dd
