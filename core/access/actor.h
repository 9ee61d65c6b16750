#pragma once

#include "access/role.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

// Who performs an action: a signed-in operator, the OS user of a CLI call, or the program.
// Every audit row names its actor; every repository write checks the actor's permission.
class Actor {
    Q_DECLARE_TR_FUNCTIONS(dd::Actor)
public:
    enum class Kind { Nobody, Operator, OsUser, System };

    static Actor nobody() { return Actor(); }
    static Actor operatorAccount(qint64 id, QString login, QString displayName, QList<Role> roles);
    // The OS user of a CLI call where the database lets the CLI write without sign-in.
    static Actor osUser(const QString &user);
    static Actor currentOsUser();
    // The program itself (migrations, first-run set-up).
    static Actor system();

    Kind kind() const { return m_kind; }
    qint64 operatorId() const { return m_operatorId; }
    const QString &login() const { return m_login; }
    const QString &displayName() const { return m_displayName; }
    const QList<Role> &roles() const { return m_roles; }
    bool hasRole(Role role) const { return m_roles.contains(role); }
    bool can(Permission permission) const;
    // The name stored in the audit log: the login, "os:<user>" or "system".
    QString auditName() const;

    // ok() when the actor may do it; otherwise the refusal names who and what.
    Status require(Permission permission) const;

private:
    Kind m_kind = Kind::Nobody;
    qint64 m_operatorId = 0;
    QString m_login;
    QString m_displayName;
    QList<Role> m_roles;
};

QString permissionName(Permission permission); // translated

} // namespace dd
