#include "organization/contact_directory.h"

#include "contacts/contact_repository.h"

#include <QCollator>

#include <algorithm>

namespace dd {
namespace ui {

Result<ContactDirectory> ContactDirectory::load(const ContactRepository &repository)
{
    ContactDirectory directory;
    ContactQuery all;
    all.activeOnly = false;
    auto people = repository.contacts(all);
    if (!people)
        return people.takeError();
    auto units = repository.units();
    if (!units)
        return units.takeError();
    directory.people = *people;
    QCollator collator;
    std::stable_sort(directory.people.begin(), directory.people.end(),
                     [&collator](const Contact &a, const Contact &b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
    for (int i = 0; i < directory.people.size(); ++i)
        directory.index.insert(directory.people[i].id, i);
    directory.units = *units;
    return directory;
}

const Contact *ContactDirectory::find(qint64 id) const
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &people[*it];
}

const Unit *ContactDirectory::unit(qint64 id) const
{
    for (const Unit &u : units)
        if (u.id == id)
            return &u;
    return nullptr;
}

QString ContactDirectory::name(qint64 id) const
{
    if (id == 0)
        return {};
    const Contact *c = find(id);
    return c ? c->name : QStringLiteral("#%1").arg(id);
}

QString ContactDirectory::unitName(qint64 id) const
{
    const Unit *u = unit(id);
    return u ? u->name : QString();
}

QString ContactDirectory::describe(qint64 id) const
{
    const Contact *c = find(id);
    if (!c)
        return name(id);
    QStringList details;
    if (const QString u = unitName(c->unitId); !u.isEmpty())
        details << u;
    if (!c->position.isEmpty())
        details << c->position;
    if (details.isEmpty())
        return c->name;
    return QStringLiteral("%1 — %2").arg(c->name, details.join(QStringLiteral(", ")));
}

QList<Contact> ContactDirectory::active() const
{
    QList<Contact> result;
    for (const Contact &c : people)
        if (c.active)
            result << c;
    return result;
}

} // namespace ui
} // namespace dd
