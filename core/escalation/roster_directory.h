#pragma once

#include "common/result.h"
#include "escalation/escalator.h"
#include "roster/roster.h"
#include "roster/roster_repository.h"

#include <QHash>
#include <QList>

#include <memory>

namespace dd {

class Backend;

// The escalator's view of people over the duty roster and the contact handbook: who is on duty
// in a role (dd::Roster), who is on leave (RosterData::leave), names and numbers, and the
// decision succession order. A snapshot: load a fresh one for each round of decisions.
class RosterDirectory final : public EscalationDirectory {
public:
    RosterDirectory(Roster roster, QHash<qint64, RosterPerson> people, QList<qint64> succession);

    // Reads the roster, the people and the succession order of the backend's database.
    static Result<std::shared_ptr<const RosterDirectory>> load(Backend &backend);

    // The primary, then the backup. A scheduled person on leave is returned (available() says
    // false) so the escalator can skip them for the backup and say why.
    QList<qint64> onDuty(const QString &roleKey, const QDateTime &t) const override;
    // Active in the handbook and not on leave (any leave kind, "unavailable" included) at t.
    bool available(qint64 contactId, const QDateTime &t) const override;
    QString name(qint64 contactId) const override;
    QString phone(qint64 contactId) const override;
    QList<qint64> succession() const override { return m_succession; }

private:
    Roster m_roster;
    QHash<qint64, RosterPerson> m_people;
    QList<qint64> m_succession;
    QHash<qint64, QList<Leave>> m_leave; // by contact
};

} // namespace dd
