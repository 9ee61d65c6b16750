// The outbox behind the real escalation: the message row is written in the transaction that
// issues the step, sent once, and never again for the same step (also after a restart).
#include "escalation/escalation_service.h"
#include "notify/channel_repository.h"
#include "notify/outbox.h"
#include "notify/outbox_sender.h"
#include "notify/secret_store.h"
#include "roster/roster_repository.h"
#include "temp_database.h"
#include "test_notify_fixture.h"

#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace dd;

namespace {

QDateTime beijing(int h, int m)
{
    return QDateTime(QDate(2026, 3, 2), QTime(h, m), QTimeZone(8 * 3600)).toUTC();
}

struct Desk {
    test::TempBackend backend;
    Actor admin = backend.admin();
    std::unique_ptr<SecretStore> store;
    std::unique_ptr<ChannelRepository> repo;
    std::unique_ptr<OutboxNotifier> notifier;
    std::unique_ptr<OutboxSender> sender;

    Desk() { wire(); }
    ~Desk() { unwire(); }

    void wire()
    {
        store = std::make_unique<SecretStore>(backend.dirPath(QStringLiteral("secrets.ini")),
                                              *ChannelRepository::secretScope(backend->database()));
        repo = std::make_unique<ChannelRepository>(backend->database(), backend->audit(),
                                                   backend->clock(), *store);
        notifier = std::make_unique<OutboxNotifier>(*backend, *repo);
        sender = std::make_unique<OutboxSender>(*backend, *repo);
        sender->attach(*notifier);
        backend->escalation().addNotifier(notifier.get());
    }
    void unwire()
    {
        if (notifier)
            backend->escalation().removeNotifier(notifier.get());
        sender.reset();
        notifier.reset();
        repo.reset();
    }
    void restart()
    {
        unwire();
        backend.reopen();
        wire();
    }

    qint64 person(const QString &name)
    {
        Contact c;
        c.name = name;
        c.mobile = QStringLiteral("+8613800138000");
        return *backend->contacts().saveContact(admin, c);
    }
    void rotate(const QString &roleKey, qint64 contact)
    {
        RosterRepository roster(backend->database(), backend->audit(), backend.clock());
        auto role = roster.roleByKey(roleKey);
        ASSERT_TRUE(role.ok());
        Rotation r;
        r.roleId = role->id;
        r.name = roleKey;
        r.pattern.kind = ShiftPattern::Kind::Daily;
        r.pattern.handoff = QTime(8, 30);
        r.startDate = QDate(2026, 3, 1);
        r.members = {contact};
        ASSERT_TRUE(roster.saveRotation(admin, r).ok());
    }
    void tickAt(int h, int m)
    {
        backend.clock().set(beijing(h, m));
        auto t = backend->incidentService().tick();
        ASSERT_TRUE(t.ok()) << t.error().toStdString();
    }
};

} // namespace

TEST(NotifyEscalation, EachIssuedCallIsQueuedOnceAndSentOnce)
{
    Desk d;
    test::HttpSink server;
    d.backend.clock().set(beijing(10, 7));
    const qint64 zhang = d.person(QStringLiteral("张伟"));
    const qint64 li = d.person(QStringLiteral("李娜"));
    d.rotate(QStringLiteral("duty_leader"), zhang);
    d.rotate(QStringLiteral("it_lead"), li);
    NotifyChannel hook;
    hook.name = QStringLiteral("值班群");
    hook.kind = ChannelKind::Webhook;
    hook.url = server.url();
    const qint64 ch = *d.repo->saveChannel(d.admin, hook);
    for (const char *role : {"duty_leader", "it_lead"}) {
        NotifyPreference p;
        p.owner = PreferenceOwner::Role;
        p.roleKey = QLatin1String(role);
        p.channelId = ch;
        ASSERT_TRUE(d.repo->savePreference(d.admin, p).ok());
    }
    ASSERT_TRUE(d.sender->start().ok());

    NewIncident n;
    n.title = QStringLiteral("集中交易系统委托失败");
    n.faultType = QStringLiteral("trading_outage");
    n.facts = {{QStringLiteral("system"), QStringLiteral("centralized_trading")},
               {QStringLiteral("started_at"), QStringLiteral("2026-03-02T10:01:00+08:00")}};
    auto id = d.backend->incidentService().declare(d.admin, n);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();

    d.tickAt(10, 7); // level 1: the duty leader
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return server.requests().size() == 1 && d.sender->inFlight() == 0; }, 3000));
    d.tickAt(10, 8); // nothing new is due
    d.restart();
    ASSERT_TRUE(d.sender->start().ok());
    d.tickAt(10, 17); // level 2: the IT lead
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return server.requests().size() == 2 && d.sender->inFlight() == 0; }, 3000));
    QTest::qWait(100);
    EXPECT_EQ(server.requests().size(), 2);
    const QList<OutboxRow> rows = *Outbox::rowsOfIncident(*d.backend, *id);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows[0].dedupKey.contains(QStringLiteral(":notify:%1|").arg(zhang)));
    EXPECT_TRUE(rows[1].dedupKey.contains(QStringLiteral(":notify:%1|").arg(li)));
    EXPECT_EQ(rows[0].status, OutboxStatus::Sent);
    EXPECT_EQ(rows[1].status, OutboxStatus::Sent);
    EXPECT_TRUE(rows[1].body.contains(QStringLiteral("李娜")));
}
