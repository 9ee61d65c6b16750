#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// What a person at the console may be; one person may hold several roles.
enum class Role {
    Administrator,
    DutyOfficer, // 值班员
    DutyLeader,  // 值班负责人
    ItLead,      // 信息技术负责人
    Approver,
    Viewer,
};

// What an action needs. Checked by the repositories, not only by the UI.
enum class Permission {
    Read,
    EditDutyData, // incidents, timeline, roster, handbook, drills
    DeclareIncident,
    Approve,        // approvals and waivers that the standard wants from a second person
    ManageSettings, // institution profile, rule sets, periods
    ManageOperators,
};

QList<Role> allRoles();
QString roleId(Role role);
std::optional<Role> roleFromId(const QString &id);
QString roleName(Role role); // translated
bool roleGrants(Role role, Permission permission);

class RoleText {
    Q_DECLARE_TR_FUNCTIONS(dd::Role)
};

} // namespace dd
