#include "config/config_item.h"

#include <QJsonValue>

namespace dd {

QList<ConfigStatus> allConfigStatuses()
{
    return {ConfigStatus::Planned, ConfigStatus::InService, ConfigStatus::Degraded,
            ConfigStatus::Retired};
}

QString configStatusId(ConfigStatus status)
{
    switch (status) {
    case ConfigStatus::Planned: return QStringLiteral("planned");
    case ConfigStatus::InService: return QStringLiteral("in_service");
    case ConfigStatus::Degraded: return QStringLiteral("degraded");
    case ConfigStatus::Retired: return QStringLiteral("retired");
    }
    return {};
}

std::optional<ConfigStatus> configStatusFromId(const QString &id)
{
    for (ConfigStatus s : allConfigStatuses())
        if (configStatusId(s) == id)
            return s;
    return std::nullopt;
}

QString configStatusName(ConfigStatus status)
{
    switch (status) {
    case ConfigStatus::Planned: return ConfigText::tr("Planned");
    case ConfigStatus::InService: return ConfigText::tr("In service");
    case ConfigStatus::Degraded: return ConfigText::tr("Degraded");
    case ConfigStatus::Retired: return ConfigText::tr("Retired");
    }
    return {};
}

QList<RelationKind> allRelationKinds()
{
    return {RelationKind::RunsOn, RelationKind::DependsOn, RelationKind::PartOf};
}

QString relationKindId(RelationKind kind)
{
    switch (kind) {
    case RelationKind::RunsOn: return QStringLiteral("runs_on");
    case RelationKind::DependsOn: return QStringLiteral("depends_on");
    case RelationKind::PartOf: return QStringLiteral("part_of");
    }
    return {};
}

std::optional<RelationKind> relationKindFromId(const QString &id)
{
    for (RelationKind k : allRelationKinds())
        if (relationKindId(k) == id)
            return k;
    return std::nullopt;
}

QString relationKindName(RelationKind kind)
{
    switch (kind) {
    case RelationKind::RunsOn: return ConfigText::tr("runs on");
    case RelationKind::DependsOn: return ConfigText::tr("depends on");
    case RelationKind::PartOf: return ConfigText::tr("is part of");
    }
    return {};
}

QString historyActionId(HistoryAction action)
{
    switch (action) {
    case HistoryAction::Add: return QStringLiteral("add");
    case HistoryAction::Modify: return QStringLiteral("modify");
    case HistoryAction::Replace: return QStringLiteral("replace");
    case HistoryAction::Delete: return QStringLiteral("delete");
    }
    return {};
}

std::optional<HistoryAction> historyActionFromId(const QString &id)
{
    for (HistoryAction a :
         {HistoryAction::Add, HistoryAction::Modify, HistoryAction::Replace, HistoryAction::Delete})
        if (historyActionId(a) == id)
            return a;
    return std::nullopt;
}

QString historyActionName(HistoryAction action)
{
    switch (action) {
    case HistoryAction::Add: return ConfigText::tr("Added");
    case HistoryAction::Modify: return ConfigText::tr("Modified");
    case HistoryAction::Replace: return ConfigText::tr("Replaced");
    case HistoryAction::Delete: return ConfigText::tr("Deleted");
    }
    return {};
}

QString ConfigKind::displayName() const
{
    if (!builtin)
        return name;
    if (id == QLatin1String("server"))
        return ConfigText::tr("Server");
    if (id == QLatin1String("storage"))
        return ConfigText::tr("Storage");
    if (id == QLatin1String("network_device"))
        return ConfigText::tr("Network device");
    if (id == QLatin1String("security_device"))
        return ConfigText::tr("Security device");
    if (id == QLatin1String("operating_system"))
        return ConfigText::tr("Operating system");
    if (id == QLatin1String("application"))
        return ConfigText::tr("Application");
    if (id == QLatin1String("database"))
        return ConfigText::tr("Database");
    return name;
}

QJsonObject configItemJson(const ConfigItem &item)
{
    return {{QStringLiteral("number"), item.number},
            {QStringLiteral("kind"), item.kind},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("description"), item.description},
            {QStringLiteral("owner"), item.ownerName},
            {QStringLiteral("status"), configStatusId(item.status)},
            {QStringLiteral("system_class"), item.systemClass},
            {QStringLiteral("location"), item.location}};
}

namespace {

QString fieldName(const QString &key)
{
    if (key == QLatin1String("number"))
        return ConfigText::tr("Number");
    if (key == QLatin1String("kind"))
        return ConfigText::tr("Kind");
    if (key == QLatin1String("name"))
        return ConfigText::tr("Name");
    if (key == QLatin1String("description"))
        return ConfigText::tr("Description");
    if (key == QLatin1String("owner"))
        return ConfigText::tr("Owner");
    if (key == QLatin1String("status"))
        return ConfigText::tr("Status");
    if (key == QLatin1String("system_class"))
        return ConfigText::tr("System class");
    if (key == QLatin1String("location"))
        return ConfigText::tr("Location");
    if (key == QLatin1String("replaced_by"))
        return ConfigText::tr("Replaced by");
    return key;
}

// A stored value as a reader sees it: statuses and built-in kinds by their names.
QString fieldValue(const QString &key, const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInt());
    const QString s = v.toString();
    if (s.isEmpty())
        return QStringLiteral("—");
    if (key == QLatin1String("status"))
        if (auto status = configStatusFromId(s))
            return configStatusName(*status);
    if (key == QLatin1String("kind"))
        return ConfigKind{s, s, true}.displayName();
    return s;
}

bool blank(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
}

} // namespace

QStringList ConfigHistoryEntry::differences() const
{
    QStringList out;
    QStringList keys = before.keys();
    for (const QString &k : after.keys())
        if (!keys.contains(k))
            keys << k;
    for (const QString &k : keys) {
        const QJsonValue a = before.value(k);
        const QJsonValue b = after.value(k);
        if (a == b || (blank(a) && blank(b)))
            continue;
        out << ConfigText::tr("%1: %2 → %3").arg(fieldName(k), fieldValue(k, a), fieldValue(k, b));
    }
    return out;
}

} // namespace dd
