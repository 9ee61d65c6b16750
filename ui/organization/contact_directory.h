#pragma once

#include "common/result.h"
#include "contacts/contact.h"

#include <QHash>
#include <QList>

namespace dd {

class ContactRepository;

namespace ui {

// The people and units of the handbook read once for a tab: names, units and phones by id.
// Inactive people are included so that an entry that still refers to one can say so.
struct ContactDirectory {
    QList<Contact> people; // by name
    QHash<qint64, int> index;
    QList<Unit> units;

    static Result<ContactDirectory> load(const ContactRepository &repository);

    const Contact *find(qint64 id) const;
    const Unit *unit(qint64 id) const;
    QString name(qint64 id) const;     // "" for 0, "#id" when unknown
    QString unitName(qint64 id) const; // "" for 0 or unknown
    // "Name — Unit, position" for lists and choosers.
    QString describe(qint64 id) const;
    QList<Contact> active() const;
};

} // namespace ui
} // namespace dd
