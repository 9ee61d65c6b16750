#include "escalation/escalator.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace dd;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC);

QDateTime at(int minutes)
{
    return T0.addSecs(qint64(minutes) * 60);
}

// People 1..6; roles by key with [primary, backup]; leave as [from, to) minutes after T0.
class FakeDirectory : public EscalationDirectory {
public:
    QHash<QString, QList<qint64>> roles{{QStringLiteral("duty_leader"), {1, 2}},
                                        {QStringLiteral("it_lead"), {3}}};
    QHash<qint64, std::pair<int, int>> leave;
    QList<qint64> order{4, 5, 6};

    QList<qint64> onDuty(const QString &roleKey, const QDateTime &) const override
    {
        return roles.value(roleKey);
    }
    bool available(qint64 id, const QDateTime &t) const override
    {
        if (!leave.contains(id))
            return true;
        const auto [from, to] = leave.value(id);
        return !(at(from) <= t && t < at(to));
    }
    QString name(qint64 id) const override { return QStringLiteral("P%1").arg(id); }
    QString phone(qint64 id) const override
    {
        return QStringLiteral("+8613800138%1").arg(id, 3, 10, QLatin1Char('0'));
    }
    QList<qint64> succession() const override { return order; }
};

EscalationPolicy policy(int repeat = 0)
{
    EscalationPolicy p;
    p.name = QStringLiteral("test");
    p.repeatCount = repeat;
    p.levels = {
        {EscalationTarget::Role, QStringLiteral("duty_leader"), 0, 5, EscalationChannel::Phone},
        {EscalationTarget::Role, QStringLiteral("it_lead"), 0, 10, EscalationChannel::Phone},
        {EscalationTarget::Succession, {}, 0, 15, EscalationChannel::Phone}};
    return p;
}

struct Scenario {
    FakeDirectory directory;
    EscalationInput in;

    Scenario()
    {
        in.incidentId = 7;
        in.incidentNumber = QStringLiteral("INC-2026-0007");
        in.grade = QStringLiteral("III");
        in.declaredAt = T0;
        in.policy = policy();
        in.directory = &directory;
        in.succession = directory.order;
        in.now = T0;
    }

    // Plans at `minutes`, records every due action as issued then, and returns the plan.
    EscalationPlan step(int minutes)
    {
        in.now = at(minutes);
        const EscalationPlan p = Escalator::plan(in);
        for (const EscalationAction &a : p.due)
            in.records << EscalationRecord{a.key, EscalationOutcome::Issued, in.now, a.contactId};
        return p;
    }
    void answer(const QString &key, EscalationOutcome outcome, int minutes, qint64 contact)
    {
        in.records << EscalationRecord{key, outcome, at(minutes), contact};
    }
};

QStringList keys(const QList<EscalationAction> &actions)
{
    QStringList k;
    for (const EscalationAction &a : actions)
        k << a.key;
    return k;
}

} // namespace

TEST(Escalator, LevelOneIsCalledAtTheDeclarationWithNameAndPhone)
{
    Scenario r;
    const EscalationPlan p = r.step(0);
    ASSERT_EQ(keys(p.due), QStringList{QStringLiteral("III/L1#1:notify:1")});
    const EscalationAction &call = p.due.first();
    EXPECT_EQ(call.kind, EscalationActionKind::Notify);
    EXPECT_EQ(call.name, QStringLiteral("P1"));
    EXPECT_EQ(call.phone, QStringLiteral("+8613800138001"));
    EXPECT_EQ(call.level, 1);
    EXPECT_EQ(call.round, 1);
    EXPECT_EQ(call.ackBy, at(5));
    EXPECT_EQ(p.nextWakeUp, at(5));
    EXPECT_EQ(keys(p.pending), keys(p.due));
    EXPECT_EQ(p.authority, 4);
    EXPECT_TRUE(call.text().contains(QStringLiteral("P1"))) << call.text().toStdString();
    // The phone is shown as dialled, not as stored (E.164).
    EXPECT_TRUE(call.text().contains(QStringLiteral("138 0013 8001"))) << call.text().toStdString();
}

TEST(Escalator, NoAcknowledgementMovesToTheNextLevelAfterTheTimeout)
{
    Scenario r;
    r.step(0);
    EXPECT_TRUE(r.step(4).due.isEmpty());
    const EscalationPlan p = r.step(5);
    EXPECT_EQ(keys(p.due), QStringList{QStringLiteral("III/L2#1:notify:3")});
    EXPECT_EQ(p.nextWakeUp, at(15));
    EXPECT_EQ(p.pending.size(), 2) << "the first call stays open until answered";
}

TEST(Escalator, AnAcknowledgementStopsTheCalls)
{
    Scenario r;
    r.step(0);
    r.answer(QStringLiteral("III/L1#1:notify:1"), EscalationOutcome::Acknowledged, 3, 1);
    const EscalationPlan p = r.step(60);
    EXPECT_TRUE(p.due.isEmpty());
    EXPECT_TRUE(p.pending.isEmpty());
    EXPECT_TRUE(p.acknowledged);
    EXPECT_EQ(p.acknowledgedBy, 1);
    EXPECT_FALSE(p.nextWakeUp.has_value());
}

TEST(Escalator, NoAnswerMovesOnAtOnce)
{
    Scenario r;
    r.step(0);
    r.answer(QStringLiteral("III/L1#1:notify:1"), EscalationOutcome::NoAnswer, 2, 1);
    const EscalationPlan p = r.step(2);
    EXPECT_EQ(keys(p.due), QStringList{QStringLiteral("III/L2#1:notify:3")})
        << "no answer goes to the next level, not to the backup";
    EXPECT_EQ(p.nextWakeUp, at(12));
}

TEST(Escalator, UnavailableOrOnLeaveCallsTheBackup)
{
    Scenario r;
    r.directory.leave.insert(1, {-60, 60});
    EXPECT_EQ(keys(r.step(0).due), QStringList{QStringLiteral("III/L1#1:notify:2")});

    Scenario u;
    u.step(0);
    u.answer(QStringLiteral("III/L1#1:notify:1"), EscalationOutcome::Unavailable, 1, 1);
    EXPECT_EQ(keys(u.step(1).due), QStringList{QStringLiteral("III/L1#1:notify:2")});
}

TEST(Escalator, AuthorityPassesDownTheSuccessionOrderOnTimeout)
{
    Scenario r;
    r.step(0);
    r.step(5);
    EscalationPlan p = r.step(15); // level 3: the decision maker
    EXPECT_EQ(keys(p.due), QStringList{QStringLiteral("III/L3#1:notify:4")});
    EXPECT_EQ(p.authority, 4);
    p = r.step(30);
    ASSERT_EQ(keys(p.due), (QStringList{QStringLiteral("III/authority:1"),
                                        QStringLiteral("III/L3#1:notify:5")}));
    const EscalationAction &pass = p.due.first();
    EXPECT_EQ(pass.kind, EscalationActionKind::PassAuthority);
    EXPECT_EQ(pass.fromId, 4);
    EXPECT_EQ(pass.contactId, 5);
    EXPECT_EQ(pass.why, AuthorityReason::Timeout);
    EXPECT_EQ(p.authority, 5);
    r.answer(QStringLiteral("III/L3#1:notify:5"), EscalationOutcome::NoAnswer, 31, 5);
    p = r.step(31);
    EXPECT_EQ(keys(p.due), (QStringList{QStringLiteral("III/authority:2"),
                                        QStringLiteral("III/L3#1:notify:6")}));
    EXPECT_EQ(p.due.first().why, AuthorityReason::NoAnswer);
    EXPECT_EQ(p.authority, 6);
    // The last one does not answer either: authority wraps round to the first, the list ends.
    p = r.step(46);
    EXPECT_EQ(keys(p.due), QStringList{QStringLiteral("III/authority:3")});
    EXPECT_EQ(p.authority, 4);
    EXPECT_TRUE(p.exhausted);
    EXPECT_FALSE(p.nextWakeUp.has_value());
}

TEST(Escalator, AuthorityStartsWithTheFirstAvailableWhenTheFirstIsOnLeave)
{
    Scenario r;
    r.directory.leave.insert(4, {-600, 600});
    const EscalationPlan p = r.step(0);
    ASSERT_GE(p.due.size(), 2);
    const EscalationAction &pass = p.due.first();
    EXPECT_EQ(pass.key, QStringLiteral("III/authority:1"));
    EXPECT_EQ(pass.fromId, 4);
    EXPECT_EQ(pass.contactId, 5);
    EXPECT_EQ(pass.why, AuthorityReason::OnLeave);
    EXPECT_EQ(p.authority, 5);
    EXPECT_TRUE(pass.text().contains(QStringLiteral("P5"))) << pass.text().toStdString();
}

TEST(Escalator, RepeatsFromLevelOneThenStops)
{
    Scenario r;
    r.in.policy = policy(1);
    r.in.succession.clear();
    r.step(0);
    r.step(5);
    const EscalationPlan p = r.step(15);
    EXPECT_EQ(keys(p.due), QStringList{QStringLiteral("III/L1#2:notify:1")});
    r.step(20);
    const EscalationPlan last = r.step(30);
    EXPECT_TRUE(last.due.isEmpty());
    EXPECT_TRUE(last.exhausted);
    EXPECT_FALSE(last.nextWakeUp.has_value());
}

TEST(Escalator, SameInputsGiveTheSameActionsAndRecordedOnesAreNotRepeated)
{
    Scenario r;
    r.step(0);
    r.step(5);
    r.in.now = at(15);
    const EscalationPlan a = Escalator::plan(r.in);
    const EscalationPlan b = Escalator::plan(r.in);
    EXPECT_EQ(a.due, b.due);
    EXPECT_EQ(a.pending, b.pending);
    EXPECT_EQ(a.nextWakeUp, b.nextWakeUp);
    r.step(15);
    r.in.now = at(16);
    EXPECT_TRUE(Escalator::plan(r.in).due.isEmpty());
}

TEST(Escalator, TimeoutsCountFromWhenTheCallWasIssued)
{
    Scenario r;
    // The desk was closed: nothing issued until 40 minutes after the declaration.
    EscalationPlan p = r.step(40);
    EXPECT_EQ(keys(p.due), QStringList{QStringLiteral("III/L1#1:notify:1")})
        << "one call, not a burst";
    EXPECT_EQ(p.nextWakeUp, at(45));
    p = r.step(45);
    EXPECT_EQ(keys(p.due), QStringList{QStringLiteral("III/L2#1:notify:3")});
}

TEST(Escalator, AGradeRiseStartsAgainUnderItsOwnKeys)
{
    Scenario r;
    r.step(0);
    r.answer(QStringLiteral("III/L1#1:notify:1"), EscalationOutcome::Acknowledged, 1, 1);
    EXPECT_TRUE(r.step(20).due.isEmpty());
    r.in.grade = QStringLiteral("II");
    r.in.restartedAt = at(30);
    const EscalationPlan p = r.step(30);
    EXPECT_EQ(keys(p.due), QStringList{QStringLiteral("II/L1#1:notify:1")});
    EXPECT_FALSE(p.acknowledged);
}

TEST(Escalator, ReportRemindersBeforeTheDueTimeAndWhenOverdue)
{
    Scenario r;
    r.in.policy.reset();
    r.in.reports = {
        {QStringLiteral("III/phone_initial"), QStringLiteral("Phone report"), at(30), false},
        {QStringLiteral("III/met"), QStringLiteral("Met"), at(10), true}};
    EscalationPlan p = r.step(0);
    EXPECT_TRUE(p.due.isEmpty());
    EXPECT_EQ(p.nextWakeUp, at(15));
    p = r.step(15);
    ASSERT_EQ(p.due.size(), 1);
    EXPECT_EQ(p.due.first().kind, EscalationActionKind::ReportReminder);
    EXPECT_FALSE(p.due.first().overdue);
    EXPECT_TRUE(p.due.first().key.startsWith(QStringLiteral("report:III/phone_initial@")));
    EXPECT_EQ(p.nextWakeUp, at(30));
    EXPECT_TRUE(r.step(20).due.isEmpty());
    p = r.step(31);
    ASSERT_EQ(p.due.size(), 1);
    EXPECT_TRUE(p.due.first().overdue);
    EXPECT_TRUE(r.step(90).due.isEmpty());
    r.in.reports.first().met = true;
    EXPECT_FALSE(r.step(100).nextWakeUp.has_value());
}

TEST(Escalator, ClosedIncidentsAndDrills)
{
    Scenario r;
    r.in.open = false;
    EXPECT_TRUE(r.step(0).due.isEmpty());
    Scenario d;
    d.in.drill = true;
    const EscalationPlan p = d.step(0);
    ASSERT_FALSE(p.due.isEmpty());
    EXPECT_TRUE(p.due.first().drill);
    EXPECT_TRUE(p.due.first().text().startsWith(QStringLiteral("[Drill]")));
}
