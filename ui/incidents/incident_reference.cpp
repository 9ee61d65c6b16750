#include "incidents/incident_reference.h"

#include "app/backend.h"

#include <algorithm>

namespace dd {
namespace ui {

IncidentReference IncidentReference::load(Backend &backend)
{
    IncidentReference r;
    if (auto profile = backend.settings().institution(); profile) {
        r.institution = *profile;
        const QTimeZone zone(profile->timeZoneId.toUtf8());
        if (zone.isValid())
            r.zone = zone;
    } else {
        r.errors << profile.error();
    }
    if (auto rules = backend.ruleSets().inForce(); rules)
        r.rules = std::move(*rules);
    else
        r.errors << rules.error();
    if (auto procedures = backend.procedures().list(); procedures)
        r.procedures = *procedures;
    else
        r.errors << procedures.error();
    return r;
}

const GradeLevel *IncidentReference::grade(const QString &gradeId) const
{
    return rules ? rules->grade(gradeId) : nullptr;
}

QList<GradeLevel> IncidentReference::grades() const
{
    return rules ? rules->grades : QList<GradeLevel>();
}

QList<SystemKind> IncidentReference::systems() const
{
    return rules ? rules->systems : QList<SystemKind>();
}

QStringList IncidentReference::faultTypes() const
{
    // The usual faults of a securities or futures company first, the general procedure last
    // (it is the fallback, not a first choice); types added to the library in between.
    static const QStringList usual{QStringLiteral("trading_outage"), QStringLiteral("market_data"),
                                   QStringLiteral("network"),        QStringLiteral("settlement"),
                                   QStringLiteral("facility"),       QStringLiteral("cyber_attack"),
                                   QStringLiteral("data_leak")};
    QStringList known;
    QStringList added;
    bool hasOther = false;
    for (const Procedure &p : procedures) {
        if (p.faultType == QLatin1String("other"))
            hasOther = true;
        else if (usual.contains(p.faultType))
            known << p.faultType;
        else
            added << p.faultType;
    }
    std::sort(known.begin(), known.end(), [](const QString &a, const QString &b) {
        return usual.indexOf(a) < usual.indexOf(b);
    });
    QStringList types = known + added;
    if (hasOther)
        types << QStringLiteral("other");
    return types;
}

} // namespace ui
} // namespace dd
