#include "access/role.h"

namespace dd {

QList<Role> allRoles()
{
    return {Role::Administrator, Role::DutyOfficer, Role::DutyLeader,
            Role::ItLead,        Role::Approver,    Role::Viewer};
}

QString roleId(Role role)
{
    switch (role) {
    case Role::Administrator: return QStringLiteral("administrator");
    case Role::DutyOfficer: return QStringLiteral("duty_officer");
    case Role::DutyLeader: return QStringLiteral("duty_leader");
    case Role::ItLead: return QStringLiteral("it_lead");
    case Role::Approver: return QStringLiteral("approver");
    case Role::Viewer: return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> roleFromId(const QString &id)
{
    for (Role r : allRoles())
        if (roleId(r) == id)
            return r;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Administrator: return RoleText::tr("Administrator");
    case Role::DutyOfficer: return RoleText::tr("Duty officer");
    case Role::DutyLeader: return RoleText::tr("Duty leader");
    case Role::ItLead: return RoleText::tr("IT lead");
    case Role::Approver: return RoleText::tr("Approver");
    case Role::Viewer: return RoleText::tr("Viewer");
    }
    return {};
}

bool roleGrants(Role role, Permission permission)
{
    if (permission == Permission::Read)
        return true;
    switch (role) {
    case Role::Administrator: return true;
    case Role::DutyOfficer:
        return permission == Permission::EditDutyData || permission == Permission::DeclareIncident;
    case Role::DutyLeader:
    case Role::ItLead:
        return permission == Permission::EditDutyData || permission == Permission::DeclareIncident
               || permission == Permission::Approve;
    case Role::Approver: return permission == Permission::Approve;
    case Role::Viewer: return false;
    }
    return false;
}

} // namespace dd
