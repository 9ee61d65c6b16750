#pragma once

#include "contacts/contact_repository.h"
#include "temp_database.h"

#include <gtest/gtest.h>

namespace dd::test {

// A backend with an administrator and helpers to add units and people.
class ContactsTest : public ::testing::Test {
protected:
    TempBackend backend;
    Actor admin = backend.admin();
    ContactRepository &repo() { return backend->contacts(); }

    qint64 addUnit(const QString &name, UnitKind kind = UnitKind::Internal,
                   const QString &phone = {})
    {
        Unit u;
        u.name = name;
        u.kind = kind;
        u.phone = phone;
        auto id = repo().saveUnit(admin, u);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    qint64 addPerson(const QString &name, qint64 unitId, const QString &mobile = {},
                     const QString &position = {})
    {
        Contact c;
        c.name = name;
        c.unitId = unitId;
        c.mobile = mobile;
        c.position = position;
        auto id = repo().saveContact(admin, c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    QString lastAction()
    {
        auto last = backend->audit().latest(1);
        return last && !last->isEmpty() ? last->first().action : QString();
    }

    Actor viewer() const
    {
        return Actor::operatorAccount(99, QStringLiteral("v"), QStringLiteral("V"), {Role::Viewer});
    }
};

} // namespace dd::test
