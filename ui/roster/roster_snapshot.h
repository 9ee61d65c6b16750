#pragma once

#include "common/result.h"
#include "roster/roster.h"
#include "roster/roster_repository.h"

#include <QHash>

#include <memory>

namespace dd {
class Backend;
} // namespace dd

namespace dd {
namespace ui {

// One consistent read of the roster for the widgets of the roster page: the algorithm over the
// stored data and the people it names. Cheap to copy (shared).
struct RosterSnapshot {
    std::shared_ptr<const Roster> roster;
    QHash<qint64, RosterPerson> people;

    static Result<RosterSnapshot> load(Backend &backend);
    QString name(qint64 contactId) const;  // "" for 0
    QString phone(qint64 contactId) const; // display form, "" when none
};

// A colour per person that stays the same between views and sessions.
QColor personColour(qint64 contactId);

} // namespace ui
} // namespace dd
