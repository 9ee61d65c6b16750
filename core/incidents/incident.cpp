#include "incidents/incident.h"

namespace dd {

QList<IncidentState> allIncidentStates()
{
    return {IncidentState::Warning,   IncidentState::WarningLifted, IncidentState::Responding,
            IncidentState::Recovered, IncidentState::Investigating, IncidentState::Closed};
}

QString incidentStateId(IncidentState state)
{
    switch (state) {
    case IncidentState::Warning: return QStringLiteral("warning");
    case IncidentState::WarningLifted: return QStringLiteral("warning_lifted");
    case IncidentState::Responding: return QStringLiteral("responding");
    case IncidentState::Recovered: return QStringLiteral("recovered");
    case IncidentState::Investigating: return QStringLiteral("investigating");
    case IncidentState::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<IncidentState> incidentStateFromId(const QString &id)
{
    for (IncidentState s : allIncidentStates())
        if (incidentStateId(s) == id)
            return s;
    return std::nullopt;
}

QString incidentStateName(IncidentState state)
{
    switch (state) {
    case IncidentState::Warning: return IncidentText::tr("Warning");
    case IncidentState::WarningLifted: return IncidentText::tr("Warning lifted");
    case IncidentState::Responding: return IncidentText::tr("Responding");
    case IncidentState::Recovered: return IncidentText::tr("Recovered");
    case IncidentState::Investigating: return IncidentText::tr("Investigating");
    case IncidentState::Closed: return IncidentText::tr("Closed");
    }
    return {};
}

bool isOpen(IncidentState state)
{
    return state != IncidentState::Closed && state != IncidentState::WarningLifted;
}

QList<IncidentState> nextStates(IncidentState from)
{
    switch (from) {
    case IncidentState::Warning: return {IncidentState::Responding, IncidentState::WarningLifted};
    case IncidentState::Responding: return {IncidentState::Recovered};
    case IncidentState::Recovered:
        // A relapse goes back to responding; otherwise the investigation follows.
        return {IncidentState::Investigating, IncidentState::Responding};
    case IncidentState::Investigating: return {IncidentState::Closed};
    case IncidentState::WarningLifted:
    case IncidentState::Closed: return {};
    }
    return {};
}

} // namespace dd
