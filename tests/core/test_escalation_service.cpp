#include "escalation/escalation_service.h"
#include "roster/roster_repository.h"
#include "temp_database.h"

#include <gtest/gtest.h>

using namespace dd;

namespace {

// 2026-03-02 is a Monday and a trading day; times below are Beijing time (UTC+8).
QDateTime beijing(int h, int m)
{
    return QDateTime(QDate(2026, 3, 2), QTime(h, m), QTimeZone(8 * 3600)).toUTC();
}

// The built-in policy for grade III ("一般事件"): duty leader 10 min, IT lead 15 min, the
// succession order 15 min, once repeated. The roster: 张伟 duty leader, 李娜 IT lead (daily
// from 08:30); the succession order 王强, 刘洋.
struct Fixture {
    test::TempBackend backend;
    Actor admin = backend.admin();
    ConsoleNotifier console;
    qint64 zhang = 0, li = 0, wang = 0, liu = 0;

    Fixture()
    {
        backend.clock().set(beijing(10, 7));
        zhang = person(QStringLiteral("张伟"), QStringLiteral("+8613800138000"));
        li = person(QStringLiteral("李娜"), QStringLiteral("+8613900139000"));
        wang = person(QStringLiteral("王强"), QStringLiteral("+8613700137000"));
        liu = person(QStringLiteral("刘洋"), QStringLiteral("+8613600136000"));
        rotate(QStringLiteral("duty_leader"), zhang);
        rotate(QStringLiteral("it_lead"), li);
        EXPECT_TRUE(backend->contacts().setSuccession(admin, {wang, liu}).ok());
        attach();
    }
    ~Fixture() { backend->escalation().removeNotifier(&console); }

    void attach() { backend->escalation().addNotifier(&console); }
    RosterRepository roster()
    {
        return RosterRepository(backend->database(), backend->audit(), backend.clock());
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

    void rotate(const QString &roleKey, qint64 contact)
    {
        auto role = roster().roleByKey(roleKey);
        ASSERT_TRUE(role.ok());
        Rotation r;
        r.roleId = role->id;
        r.name = roleKey;
        r.pattern.kind = ShiftPattern::Kind::Daily;
        r.pattern.handoff = QTime(8, 30);
        r.startDate = QDate(2026, 3, 1);
        r.members = {contact};
        auto id = roster().saveRotation(admin, r);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
    }

    qint64 declare(bool drill = false)
    {
        NewIncident n;
        n.title = QStringLiteral("集中交易系统委托失败");
        n.faultType = QStringLiteral("trading_outage");
        n.drill = drill;
        n.facts = {{QStringLiteral("system"), QStringLiteral("centralized_trading")},
                   {QStringLiteral("started_at"), QStringLiteral("2026-03-02T10:01:00+08:00")}};
        auto id = backend->incidentService().declare(admin, n);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    void tickAt(int h, int m)
    {
        backend.clock().set(beijing(h, m));
        auto t = backend->incidentService().tick();
        ASSERT_TRUE(t.ok()) << t.error().toStdString();
    }

    // Issued calls and passes of authority, in order.
    QStringList issued(qint64 id, bool withReminders = false)
    {
        QStringList keys;
        const QList<EscalationEvent> events = *backend->escalation().events(id);
        for (const EscalationEvent &e : events)
            if (e.outcome == EscalationOutcome::Issued
                && (withReminders || !e.actionKey.startsWith(QStringLiteral("report:"))))
                keys << e.actionKey;
        return keys;
    }
    QString call(int level, int round, qint64 contact) const
    {
        return QStringLiteral("III/L%1#%2:notify:%3").arg(level).arg(round).arg(contact);
    }
    QList<TimelineEntry> escalationEntries(qint64 id)
    {
        QList<TimelineEntry> entries;
        const QList<TimelineEntry> timeline = *backend->incidents().timeline(id);
        for (const TimelineEntry &e : timeline)
            if (e.kind == QStringLiteral("escalation"))
                entries << e;
        return entries;
    }
};

} // namespace

TEST(EscalationService, NoAcknowledgementCallsTheNextLevelAfterTheTimeout)
{
    Fixture f;
    const qint64 id = f.declare();
    auto wake = f.backend->incidentService().nextWakeUp();
    ASSERT_TRUE(wake.ok()) << wake.error().toStdString();
    EXPECT_EQ(**wake, beijing(10, 7)) << "level 1 is due at the declaration: wake at once";
    f.tickAt(10, 7);
    EXPECT_EQ(f.issued(id), QStringList{f.call(1, 1, f.zhang)});
    ASSERT_FALSE(f.console.delivered().isEmpty());
    const EscalationAction &first = f.console.delivered().first();
    EXPECT_EQ(first.name, QStringLiteral("张伟"));
    EXPECT_EQ(first.phone, QStringLiteral("+8613800138000"));
    auto calls = f.backend->escalation().callList(id);
    ASSERT_TRUE(calls.ok()) << calls.error().toStdString();
    ASSERT_EQ(calls->size(), 1);
    EXPECT_EQ(calls->first().ackBy, beijing(10, 17));
    EXPECT_LE(**f.backend->incidentService().nextWakeUp(), beijing(10, 17));

    f.tickAt(10, 16);
    EXPECT_EQ(f.issued(id).size(), 1);
    f.tickAt(10, 17);
    EXPECT_EQ(f.issued(id), (QStringList{f.call(1, 1, f.zhang), f.call(2, 1, f.li)}));
    const auto entries = f.escalationEntries(id);
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(), [](const TimelineEntry &e) {
        return e.text.contains(QStringLiteral("李娜")) && e.actor == QStringLiteral("system");
    }));
}

TEST(EscalationService, AnAcknowledgementStopsEscalation)
{
    Fixture f;
    const qint64 id = f.declare();
    f.tickAt(10, 7);
    const QString key = f.call(1, 1, f.zhang);
    auto ok = f.backend->escalation().record(f.admin, id, key, EscalationOutcome::Acknowledged);
    ASSERT_TRUE(ok.ok()) << ok.error().toStdString();
    EXPECT_TRUE(f.backend->escalation().callList(id)->isEmpty());
    const auto entries = f.escalationEntries(id);
    EXPECT_TRUE(entries.last().text.contains(QStringLiteral("张伟")));
    EXPECT_EQ(entries.last().data.value(QStringLiteral("outcome")).toString(),
              QStringLiteral("acknowledged"));
    f.tickAt(12, 0);
    EXPECT_EQ(f.issued(id), QStringList{key});
    auto again = f.backend->escalation().record(f.admin, id, key, EscalationOutcome::NoAnswer);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(key)) << again.error().toStdString();
    EXPECT_FALSE(f.backend->escalation()
                     .record(f.admin, id, QStringLiteral("III/L9#1:notify:1"),
                             EscalationOutcome::Acknowledged)
                     .ok());
    EXPECT_FALSE(f.backend->escalation()
                     .record(Actor::nobody(), id, key, EscalationOutcome::Acknowledged)
                     .ok());
}

TEST(EscalationService, NoAnswerMovesToTheNextLevelAtOnce)
{
    Fixture f;
    const qint64 id = f.declare();
    f.tickAt(10, 7);
    f.backend.clock().set(beijing(10, 9));
    ASSERT_TRUE(f.backend->escalation()
                    .record(f.admin, id, f.call(1, 1, f.zhang), EscalationOutcome::NoAnswer)
                    .ok());
    EXPECT_EQ(f.issued(id), (QStringList{f.call(1, 1, f.zhang), f.call(2, 1, f.li)}));
    const auto calls = *f.backend->escalation().callList(id);
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.first().ackBy, beijing(10, 24));
    EXPECT_EQ(f.console.delivered().last().name, QStringLiteral("李娜"));
}

TEST(EscalationService, AuthorityPassesDownTheSuccessionOrderOnTimeout)
{
    Fixture f;
    const qint64 id = f.declare();
    f.tickAt(10, 7);
    f.tickAt(10, 17);
    f.tickAt(10, 32);
    EXPECT_EQ(f.issued(id).last(), f.call(3, 1, f.wang));
    EXPECT_EQ(f.backend->escalation().plan(id)->authority, f.wang);
    f.tickAt(10, 47);
    EXPECT_EQ(f.issued(id).mid(3),
              (QStringList{QStringLiteral("III/authority:1"), f.call(3, 1, f.liu)}));
    EXPECT_EQ(f.backend->escalation().plan(id)->authority, f.liu);
    const auto entries = f.escalationEntries(id);
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(), [&](const TimelineEntry &e) {
        return e.data.value(QStringLiteral("kind")).toString() == QStringLiteral("authority")
               && e.data.value(QStringLiteral("from")).toInteger() == f.wang
               && e.data.value(QStringLiteral("to")).toInteger() == f.liu
               && e.data.value(QStringLiteral("why")).toString() == QStringLiteral("timeout");
    }));
}

TEST(EscalationService, AuthorityPassesWhenTheFirstIsOnLeave)
{
    Fixture f;
    Leave leave;
    leave.contactId = f.wang;
    leave.start = beijing(8, 0);
    leave.end = beijing(20, 0);
    ASSERT_TRUE(f.roster().addLeave(f.admin, leave).ok());
    const qint64 id = f.declare();
    f.tickAt(10, 7);
    EXPECT_EQ(f.issued(id),
              (QStringList{QStringLiteral("III/authority:1"), f.call(1, 1, f.zhang)}));
    EXPECT_EQ(f.backend->escalation().plan(id)->authority, f.liu);
    const TimelineEntry pass = f.escalationEntries(id).first();
    EXPECT_EQ(pass.data.value(QStringLiteral("why")).toString(), QStringLiteral("on_leave"));
    EXPECT_TRUE(pass.text.contains(QStringLiteral("刘洋"))) << pass.text.toStdString();
}

TEST(EscalationService, ARestartMidEscalationRepeatsNothing)
{
    Fixture f;
    const qint64 id = f.declare();
    f.tickAt(10, 7);
    f.tickAt(10, 17);
    const QStringList before = f.issued(id, true);
    const qint64 entries = f.backend->incidents().timeline(id)->size();
    const auto wake = *f.backend->incidentService().nextWakeUp();

    f.backend->escalation().removeNotifier(&f.console);
    f.backend.reopen();
    f.attach();
    f.console.clear();
    EXPECT_EQ(*f.backend->incidentService().nextWakeUp(), wake);
    f.tickAt(10, 20);
    EXPECT_EQ(f.issued(id, true), before);
    EXPECT_EQ(f.backend->incidents().timeline(id)->size(), entries);
    EXPECT_TRUE(f.console.delivered().isEmpty());
    EXPECT_EQ(f.backend->escalation().callList(id)->size(), 2);
    f.tickAt(10, 32);
    EXPECT_EQ(f.issued(id),
              (QStringList{f.call(1, 1, f.zhang), f.call(2, 1, f.li), f.call(3, 1, f.wang)}));
}

TEST(EscalationService, ReportRemindersComeWhenAReportIsNearlyDue)
{
    Fixture f;
    const qint64 id = f.declare();
    f.tickAt(10, 7);
    const auto rows = *f.backend->incidentService().obligations(*f.backend->incidents().get(id),
                                                                f.backend.clock().now());
    std::optional<ObligationRow> next;
    for (const ObligationRow &r : rows)
        if (!r.status.isMet() && r.instance.due && *r.instance.due > beijing(10, 22)
            && (!next || *r.instance.due < *next->instance.due))
            next = r;
    ASSERT_TRUE(next.has_value()) << "grade III owes reports";
    const QDateTime due = *next->instance.due;
    const QString stem = QStringLiteral("report:") + next->instance.key() + u'@';
    auto reminders = [&] {
        QStringList keys;
        for (const QString &k : f.issued(id, true))
            if (k.startsWith(stem))
                keys << k;
        return keys;
    };
    f.backend.clock().set(due.addSecs(-16 * 60));
    ASSERT_TRUE(f.backend->incidentService().tick().ok());
    EXPECT_TRUE(reminders().isEmpty());
    f.backend.clock().set(due.addSecs(-15 * 60));
    ASSERT_TRUE(f.backend->incidentService().tick().ok());
    ASSERT_EQ(reminders().size(), 1);
    EXPECT_TRUE(reminders().first().endsWith(QStringLiteral("#1")));
    const auto entries = f.escalationEntries(id);
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(),
                            [&](const TimelineEntry &e) { return e.text.contains(next->label); }));
    f.backend.clock().set(due);
    ASSERT_TRUE(f.backend->incidentService().tick().ok());
    EXPECT_EQ(reminders().size(), 2);
}

TEST(EscalationService, DrillsEscalateMarkedAsDrills)
{
    Fixture f;
    const qint64 id = f.declare(true);
    f.tickAt(10, 7);
    const auto entries = f.escalationEntries(id);
    ASSERT_FALSE(entries.isEmpty());
    for (const TimelineEntry &e : entries) {
        EXPECT_TRUE(e.text.startsWith(QStringLiteral("[Drill]"))) << e.text.toStdString();
        EXPECT_TRUE(e.data.value(QStringLiteral("drill")).toBool());
    }
    EXPECT_TRUE(f.console.delivered().first().drill);
}

TEST(EscalationService, ThePlanSaysWhoAcknowledged)
{
    Fixture f;
    const qint64 id = f.declare();
    f.tickAt(10, 7);
    ASSERT_TRUE(f.backend->escalation()
                    .record(f.admin, id, f.call(1, 1, f.zhang), EscalationOutcome::Acknowledged)
                    .ok());
    auto plan = f.backend->escalation().plan(id);
    ASSERT_TRUE(plan.ok());
    EXPECT_TRUE(plan->acknowledged);
    EXPECT_EQ(plan->acknowledgedBy, f.zhang);
}

TEST(EscalationService, TheCallListModelShowsTheOpenCalls)
{
    Fixture f;
    const qint64 id = f.declare();
    f.tickAt(10, 7);
    f.tickAt(10, 17);
    CallListModel model;
    model.setSource([&] { return f.backend->escalation().callList(id).value(); });
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    EXPECT_EQ(model.data(first, CallListModel::NameRole).toString(), QStringLiteral("张伟"));
    EXPECT_EQ(model.data(first, CallListModel::PhoneRole).toString(),
              QStringLiteral("+8613800138000"));
    EXPECT_EQ(model.data(first, CallListModel::KeyRole).toString(), f.call(1, 1, f.zhang));
    EXPECT_TRUE(model.data(first).toString().contains(QStringLiteral("张伟")));
    ASSERT_TRUE(f.backend->escalation()
                    .record(f.admin, id, f.call(2, 1, f.li), EscalationOutcome::Acknowledged)
                    .ok());
    model.refresh();
    EXPECT_EQ(model.rowCount(), 0);
}
