#pragma once

#include "access/actor.h"
#include "access/role.h"
#include "common/result.h"
#include "institution/institution_profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

class AuditLog;
class Clock;
class Database;

struct Operator {
    qint64 id = 0;
    QString login;
    QString displayName;
    QList<Role> roles;
    bool active = true;
};

struct NewOperator {
    QString login;
    QString displayName;
    QString secret; // PIN or password, in clear only until hashed
    QList<Role> roles;
};

// The people who sign in at the shared duty workstation, and the checks of who they are.
class OperatorRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::OperatorRepository)
public:
    static constexpr int MinimumSecretLength = 4;

    OperatorRepository(Database &db, AuditLog &audit, const Clock &clock);

    Result<bool> hasOperators() const;
    Result<QList<Operator>> list() const;
    Result<Operator> find(const QString &login) const;

    // First run: the institution profile and the first administrator, in one transaction.
    Result<Actor> createFirstAdministrator(const InstitutionProfile &profile,
                                           const NewOperator &admin);
    Result<qint64> add(const Actor &actor, const NewOperator &person);
    Status setRoles(const Actor &actor, qint64 id, const QList<Role> &roles);
    Status setActive(const Actor &actor, qint64 id, bool active);
    // An operator changes their own secret, or an administrator resets anyone's.
    Status setSecret(const Actor &actor, qint64 id, const QString &secret);

    // Sign-in; every attempt, good or bad, is in the audit log.
    Result<Actor> signIn(const QString &login, const QString &secret);
    // Sign-out or hand-over at shift change (audited).
    Status signOut(const Actor &actor, const QString &handedTo = {});
    // A second person confirms an action (approval, waiver): must be another person who holds
    // `needed`. Audited as "access.confirm" with the action named.
    Result<Actor> confirmSecondPerson(const Actor &first, const QString &login,
                                      const QString &secret, Permission needed,
                                      const QString &actionDescription);

    static Status validate(const NewOperator &person);

private:
    Result<Actor> authenticate(const QString &login, const QString &secret);
    Result<qint64> insert(const Actor &actor, const NewOperator &person);
    Result<Operator> byId(qint64 id) const;
    Status updateColumn(const Actor &actor, qint64 id, const QString &action, const QString &column,
                        const QVariant &value);

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
};

QString rolesToText(const QList<Role> &roles);
QList<Role> rolesFromText(const QString &text);

} // namespace dd
