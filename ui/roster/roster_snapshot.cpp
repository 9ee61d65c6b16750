#include "roster/roster_snapshot.h"

#include "app/backend.h"
#include "contacts/phone_numbers.h"

#include <QColor>

namespace dd {
namespace ui {

Result<RosterSnapshot> RosterSnapshot::load(Backend &backend)
{
    auto data = backend.roster().load();
    if (!data)
        return data.takeError();
    auto people = backend.roster().people();
    if (!people)
        return people.takeError();
    RosterSnapshot s;
    s.roster = std::make_shared<const Roster>(std::move(*data), backend.calendar());
    s.people = std::move(*people);
    return s;
}

QString RosterSnapshot::name(qint64 contactId) const
{
    if (contactId == 0)
        return {};
    auto it = people.constFind(contactId);
    return it == people.constEnd() ? QStringLiteral("#%1").arg(contactId) : it->name;
}

QString RosterSnapshot::phone(qint64 contactId) const
{
    auto it = people.constFind(contactId);
    if (it == people.constEnd() || it->phone.isEmpty())
        return {};
    return PhoneNumbers::display(it->phone);
}

QColor personColour(qint64 contactId)
{
    // Golden-angle hues: neighbours in id order get clearly different colours.
    const int hue = int((contactId * 137) % 360);
    return QColor::fromHsl(hue, 150, 200);
}

} // namespace ui
} // namespace dd
