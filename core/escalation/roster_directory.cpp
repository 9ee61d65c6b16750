#include "escalation/roster_directory.h"

#include "app/backend.h"
#include "contacts/contact_repository.h"

namespace dd {

RosterDirectory::RosterDirectory(Roster roster, QHash<qint64, RosterPerson> people,
                                 QList<qint64> succession)
    : m_roster(std::move(roster))
    , m_people(std::move(people))
    , m_succession(std::move(succession))
{
    for (const Leave &l : m_roster.data().leave)
        m_leave[l.contactId] << l;
}

Result<std::shared_ptr<const RosterDirectory>> RosterDirectory::load(Backend &backend)
{
    const RosterRepository repository(backend.database(), backend.audit(), backend.clock());
    auto data = repository.load();
    if (!data)
        return data.takeError();
    auto people = repository.people();
    if (!people)
        return people.takeError();
    auto succession = backend.contacts().succession();
    if (!succession)
        return succession.takeError();
    return std::make_shared<const RosterDirectory>(Roster(std::move(*data), backend.calendar()),
                                                   std::move(*people), std::move(*succession));
}

QList<qint64> RosterDirectory::onDuty(const QString &roleKey, const QDateTime &t) const
{
    const DutyRole *role = m_roster.roleByKey(roleKey);
    if (!role)
        return {};
    const OnDuty duty = m_roster.onDuty(role->id, t);
    QList<qint64> people;
    for (const DutyAssignment *a : {&duty.primary, &duty.backup}) {
        const qint64 id = a->contactId != 0 ? a->contactId : (a->onLeave ? a->leaveContactId : 0);
        if (id != 0 && !people.contains(id))
            people << id;
    }
    return people;
}

bool RosterDirectory::available(qint64 contactId, const QDateTime &t) const
{
    const auto person = m_people.constFind(contactId);
    if (person == m_people.constEnd() || !person->active)
        return false;
    for (const Leave &l : m_leave.value(contactId))
        if (l.start <= t && t < l.end)
            return false;
    return true;
}

QString RosterDirectory::name(qint64 contactId) const
{
    const auto person = m_people.constFind(contactId);
    return person == m_people.constEnd() ? QStringLiteral("#%1").arg(contactId) : person->name;
}

QString RosterDirectory::phone(qint64 contactId) const
{
    return m_people.value(contactId).phone;
}

} // namespace dd
