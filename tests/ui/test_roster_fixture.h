#pragma once

#include "app/backend.h"
#include "contacts/contact_repository.h"
#include "roster/roster_repository.h"
#include "ui_fixture.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace dd::test {

// 2026-03-02 is a Monday and a trading day; times are Beijing time (UTC+8).
inline QDateTime beijing(const QDate &day, int h, int m)
{
    return QDateTime(day, QTime(h, m), QTimeZone(8 * 3600)).toUTC();
}

// A desk at 10:07 Beijing time on Monday 2 March 2026 with the administrator signed in, four
// people, the duty leader on 08:30/20:30 12-hour shifts (张伟 days, 李娜 nights), the IT lead
// on a daily rotation (王强), 王强 on leave on Wednesday morning (a gap of the IT lead), and the
// succession order 刘洋, 王强.
struct RosterUi : UiFixture {
    Actor admin;
    qint64 zhang = 0, li = 0, wang = 0, liu = 0;
    qint64 dutyLeaderRole = 0, itLeadRole = 0;

    explicit RosterUi(const QString &lang = QStringLiteral("en"))
        : UiFixture(lang)
    {
        backend.clock().set(beijing(QDate(2026, 3, 2), 10, 7));
        admin = signInAdmin();
        zhang = person(QStringLiteral("张伟"), QStringLiteral("+8613800138000"));
        li = person(QStringLiteral("李娜"), QStringLiteral("+8613900139000"));
        wang = person(QStringLiteral("王强"), QStringLiteral("+8613700137000"));
        liu = person(QStringLiteral("刘洋"), QStringLiteral("+8613600136000"));
        RosterRepository &roster = backend->roster();
        dutyLeaderRole = roster.roleByKey(QStringLiteral("duty_leader"))->id;
        itLeadRole = roster.roleByKey(QStringLiteral("it_lead"))->id;

        Rotation leader;
        leader.roleId = dutyLeaderRole;
        leader.name = QStringLiteral("值班长轮值");
        leader.pattern.kind = ShiftPattern::Kind::Shifts;
        leader.pattern.shifts = {{QTime(8, 30), 12 * 60}, {QTime(20, 30), 12 * 60}};
        leader.startDate = QDate(2026, 2, 1);
        leader.members = {zhang, li};
        auto a = roster.saveRotation(admin, leader);
        EXPECT_TRUE(a.ok()) << (a.ok() ? "" : a.error().toStdString());

        Rotation it;
        it.roleId = itLeadRole;
        it.name = QStringLiteral("IT daily");
        it.pattern.kind = ShiftPattern::Kind::Daily;
        it.pattern.handoff = QTime(8, 30);
        it.startDate = QDate(2026, 2, 1);
        it.members = {wang};
        auto b = roster.saveRotation(admin, it);
        EXPECT_TRUE(b.ok()) << (b.ok() ? "" : b.error().toStdString());

        Leave away;
        away.contactId = wang;
        away.start = beijing(QDate(2026, 3, 4), 8, 30);
        away.end = beijing(QDate(2026, 3, 4), 14, 0);
        away.note = QStringLiteral("体检");
        auto c = roster.addLeave(admin, away);
        EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().toStdString());
        EXPECT_TRUE(backend->contacts().setSuccession(admin, {liu, wang}).ok());
    }

    qint64 person(const QString &name, const QString &mobile)
    {
        Contact c;
        c.name = name;
        c.mobile = mobile;
        auto id = backend->contacts().saveContact(admin, c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    qint64 declare()
    {
        NewIncident n;
        n.title = QStringLiteral("集中交易系统委托失败");
        n.faultType = QStringLiteral("trading_outage");
        n.facts = {{QStringLiteral("system"), QStringLiteral("centralized_trading")},
                   {QStringLiteral("started_at"), QStringLiteral("2026-03-02T10:01:00+08:00")}};
        auto id = backend->incidentService().declare(admin, n);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
};

} // namespace dd::test
