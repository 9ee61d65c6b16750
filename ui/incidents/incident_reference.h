#pragma once

#include "grading/rule_set.h"
#include "incidents/procedure_repository.h"
#include "institution/institution_profile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace dd {
class Backend;
} // namespace dd

namespace dd {
namespace ui {

// What the incident screens need besides the incident itself: the institution's time zone
// (every time is shown there) and type, the rule set in force (grade names and colours, the
// systems vocabulary) and the procedures (the fault types). Read once per page refresh; a
// part that cannot be read is left empty and its error kept for the page to show.
struct IncidentReference {
    InstitutionProfile institution;
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    std::optional<RuleSet> rules;
    QList<Procedure> procedures;
    QStringList errors;

    static IncidentReference load(Backend &backend);

    const GradeLevel *grade(const QString &gradeId) const;
    QList<GradeLevel> grades() const;
    QList<SystemKind> systems() const;
    QStringList faultTypes() const;
};

} // namespace ui
} // namespace dd
