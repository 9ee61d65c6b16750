#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

class AuditLog;
class Clock;
class Database;

// Whom a level of an escalation policy calls.
enum class EscalationTarget {
    Role,       // whoever is on duty in a roster role at the moment the level starts
    Person,     // a named contact
    Succession, // the current decision maker of the succession order (决策递补顺序)
};
QString escalationTargetId(EscalationTarget target); // "role", "person", "succession"
std::optional<EscalationTarget> escalationTargetFromId(const QString &id);

enum class EscalationChannel { Phone, Message };
QString escalationChannelId(EscalationChannel channel); // "phone", "message"
std::optional<EscalationChannel> escalationChannelFromId(const QString &id);
QString escalationChannelName(EscalationChannel channel); // translated

struct EscalationLevel {
    EscalationTarget target = EscalationTarget::Role;
    QString roleKey;         // Role: duty_leader, it_lead, ...
    qint64 contactId = 0;    // Person
    int timeoutMinutes = 10; // acknowledgement timeout, 1..1440
    EscalationChannel channel = EscalationChannel::Phone;
    bool operator==(const EscalationLevel &) const = default;
};

// An escalation policy: levels called in turn until someone acknowledges, then the whole list
// again up to repeatCount times. It applies to the grades and fault types listed (empty = any);
// among the policies that apply, the highest priority wins.
struct EscalationPolicy {
    Q_DECLARE_TR_FUNCTIONS(dd::EscalationPolicy)
public:
    qint64 id = 0;
    QString name;
    QStringList grades;     // "I", "II", ...; empty = any grade (also none and warnings)
    QStringList faultTypes; // empty = any
    int repeatCount = 0;    // rounds after the first
    QList<EscalationLevel> levels;
    int priority = 0;
    QDateTime updatedAt;
    qint64 version = 0; // optimistic locking: the stored version this copy was read at

    bool appliesTo(const QString &grade, const QString &faultType) const;
    // Problems with the policy, each naming the field ("levels[1].timeout: ..."); empty = valid.
    Status validate() const;

    // The levels as stored in escalation_policies.levels:
    //   [{"target":"role","role":"duty_leader","timeout":10,"channel":"phone"},
    //    {"target":"person","contact":12,"timeout":10}, {"target":"succession","timeout":15}]
    // Errors name the JSON path ("levels[2].timeout: expected a whole number from 1 to 1440").
    static Result<QList<EscalationLevel>> levelsFromJson(const QByteArray &json,
                                                         const QString &fileName);
    static Result<QList<EscalationLevel>>
    levelsFromJson(const QJsonArray &array, const QString &fileName, const QString &path);
    static QJsonArray levelsToJson(const QList<EscalationLevel> &levels);
    QJsonObject toJson() const; // for the audit log

    // The policy for an incident of `grade` and `faultType`: the highest priority among those
    // that apply; on equal priority the more specific (grades and fault types listed), then the
    // lower id. nullptr when none applies.
    static const EscalationPolicy *choose(const QList<EscalationPolicy> &policies,
                                          const QString &grade, const QString &faultType);
};

// The stored policies (escalation_policies). Saves and removals are audited; a policy that does
// not validate is refused with the field named and nothing changes.
class EscalationPolicyRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::EscalationPolicyRepository)
public:
    EscalationPolicyRepository(Database &db, AuditLog &audit, const Clock &clock);

    Result<QList<EscalationPolicy>> list() const; // by priority (highest first), then name
    Result<EscalationPolicy> get(qint64 id) const;
    // id 0 = new; returns the id. Needs ManageSettings.
    Result<qint64> save(const Actor &actor, const EscalationPolicy &policy);
    Status remove(const Actor &actor, qint64 id);
    // The policy for (grade, fault type); nullopt when none applies.
    Result<std::optional<EscalationPolicy>> choose(const QString &grade,
                                                   const QString &faultType) const;

private:
    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace dd
