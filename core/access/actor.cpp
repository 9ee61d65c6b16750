#include "access/actor.h"

#include <QProcessEnvironment>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace dd {

Actor Actor::operatorAccount(qint64 id, QString login, QString displayName, QList<Role> roles)
{
    Actor a;
    a.m_kind = Kind::Operator;
    a.m_operatorId = id;
    a.m_login = std::move(login);
    a.m_displayName = std::move(displayName);
    a.m_roles = std::move(roles);
    return a;
}

Actor Actor::osUser(const QString &user)
{
    Actor a;
    a.m_kind = Kind::OsUser;
    a.m_login = QStringLiteral("os:") + user;
    a.m_displayName = a.m_login;
    // Writing without sign-in is an explicit database setting; it grants what the CLI needs.
    a.m_roles = allRoles();
    return a;
}

Actor Actor::currentOsUser()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QString user = env.value(QStringLiteral("USER"));
    if (user.isEmpty())
        user = env.value(QStringLiteral("USERNAME")); // Windows
    if (user.isEmpty())
        user = env.value(QStringLiteral("LOGNAME"));
#ifdef Q_OS_UNIX
    if (user.isEmpty())
        if (const passwd *pw = getpwuid(getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
#endif
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return osUser(user);
}

Actor Actor::system()
{
    Actor a;
    a.m_kind = Kind::System;
    a.m_login = QStringLiteral("system");
    a.m_displayName = tr("DutyDesk");
    a.m_roles = allRoles();
    return a;
}

bool Actor::can(Permission permission) const
{
    if (permission == Permission::Read)
        return true;
    for (Role r : m_roles)
        if (roleGrants(r, permission))
            return true;
    return false;
}

QString Actor::auditName() const
{
    return m_kind == Kind::Nobody ? QStringLiteral("nobody") : m_login;
}

Status Actor::require(Permission permission) const
{
    if (can(permission))
        return {};
    if (m_kind == Kind::Nobody)
        return fail(
            tr("Sign in first: %1 needs a signed-in operator.").arg(permissionName(permission)));
    return fail(tr("%1 may not do this: %2 needs another role.")
                    .arg(m_displayName, permissionName(permission)));
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::Read: return Actor::tr("Reading");
    case Permission::EditDutyData: return Actor::tr("Editing duty data");
    case Permission::DeclareIncident: return Actor::tr("Declaring an incident");
    case Permission::Approve: return Actor::tr("Approving or waiving");
    case Permission::ManageSettings: return Actor::tr("Changing the settings");
    case Permission::ManageOperators: return Actor::tr("Managing operators");
    }
    return {};
}

} // namespace dd
