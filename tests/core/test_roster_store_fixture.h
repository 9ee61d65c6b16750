#pragma once

#include "roster/roster_repository.h"
#include "temp_database.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace dd {
namespace test {

// A fresh database with a few people (contacts inserted directly: the roster only needs rows to
// refer to) and a roster repository over it. The fake clock stands at 2026-01-05T02:10Z
// (Monday 10:10 in UTC+8).
struct RosterStoreFixture {
    TempBackend backend;
    Actor admin = backend.admin();
    RosterRepository roster{backend->database(), backend->audit(), backend->clock()};

    qint64 addPerson(const QString &name, const QString &login = {},
                     const QString &mobile = QStringLiteral("+8613800000000"))
    {
        auto q = backend->database().exec(
            QStringLiteral("INSERT INTO contacts (name, mobile, operator_login, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?)"),
            {name, mobile, login.isNull() ? QStringLiteral("") : login,
             QStringLiteral("2026-01-01T00:00:00.000Z"),
             QStringLiteral("2026-01-01T00:00:00.000Z")});
        EXPECT_TRUE(q.ok()) << (q.ok() ? "" : q.error().toStdString());
        return q.ok() ? q->lastInsertId().toLongLong() : 0;
    }

    static Actor person(const QString &login, QList<Role> roles = {Role::DutyOfficer})
    {
        return Actor::operatorAccount(0, login, login, std::move(roles));
    }

    qint64 roleId(const QString &key)
    {
        auto r = roster.roleByKey(key);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r->id : 0;
    }

    qint64 auditCount() { return *backend->audit().count(); }

    // Institution time (UTC+8) to UTC.
    static QDateTime local(int y, int m, int d, int h, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
    }

    static ShiftPattern twoShifts()
    {
        ShiftPattern p;
        p.kind = ShiftPattern::Kind::Shifts;
        p.shifts = {{QTime(8, 30), 12 * 60}, {QTime(20, 30), 12 * 60}};
        return p;
    }
};

} // namespace test
} // namespace dd
