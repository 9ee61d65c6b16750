// Two desks on one database (issue 12): both load a record, one saves, the other saves against
// the version it loaded and is refused with who changed it and when; the stored record is the
// winner's, and the other desk reloads and saves again. Each desk is a Backend of its own (its
// own connection), as two consoles are. Runs on SQLite and, with
// DUTYDESK_TEST_BACKEND=postgresql, on the PostgreSQL test server.
#include "app/backend.h"
#include "audit/audit_log.h"
#include "contacts/contact_repository.h"
#include "escalation/escalation_service.h"
#include "incidents/incident_repository.h"
#include "incidents/incident_service.h"
#include "roster/roster_repository.h"
#include "temp_database.h"
#include "time/clock.h"

#include <QAtomicInt>
#include <QMutex>

#include <gtest/gtest.h>

#include <memory>
#include <thread>
#include <vector>

using namespace dd;

namespace {

// Desk A is the test backend; desk B a second connection to the same database. 李娜 works at
// desk A, 王强 at desk B. The clocks stand at 10:10 Beijing time.
struct TwoDesks {
    test::TempBackend a;
    std::unique_ptr<Backend> b;
    Actor lina;
    Actor wang;

    TwoDesks()
    {
        const Actor admin = a.admin();
        lina = addOfficer(admin, QStringLiteral("lina"), QStringLiteral("李娜"));
        wang = addOfficer(admin, QStringLiteral("wangqiang"), QStringLiteral("王强"));
        auto opened = Backend::open(a.path(), OpenMode::ReadWrite, a.clock());
        if (!opened)
            ADD_FAILURE() << "desk B cannot open the database: " << opened.error().toStdString();
        else
            b = std::move(*opened);
    }

    Actor addOfficer(const Actor &admin, const QString &login, const QString &name)
    {
        auto id =
            a->operators().add(admin, {login, name, QStringLiteral("2222"), {Role::DutyOfficer}});
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return Actor::operatorAccount(id.ok() ? *id : 0, login, name, {Role::DutyOfficer});
    }

    qint64 declare()
    {
        NewIncident n;
        n.title = QStringLiteral("集中交易系统委托失败");
        n.faultType = QStringLiteral("trading_outage");
        n.facts = {{QStringLiteral("institution_type"), QStringLiteral("securities")},
                   {QStringLiteral("system"), QStringLiteral("centralized_trading")}};
        auto id = a->incidentService().declare(lina, n);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    qint64 addContact()
    {
        Unit unit;
        unit.name = QStringLiteral("信息技术部");
        auto unitId = a->contacts().saveUnit(lina, unit);
        EXPECT_TRUE(unitId.ok()) << (unitId.ok() ? "" : unitId.error().toStdString());
        Contact c;
        c.name = QStringLiteral("张三");
        c.unitId = unitId.ok() ? *unitId : 0;
        c.mobile = QStringLiteral("13800138000");
        auto id = a->contacts().saveContact(lina, c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
};

} // namespace

TEST(EditConflicts, TheSecondDeskSavingIncidentFactsIsRefusedNamingTheFirstAndCanRetry)
{
    TwoDesks d;
    ASSERT_TRUE(d.b);
    const qint64 id = d.declare();
    Incident atA = *d.a->incidents().get(id);
    Incident atB = *d.b->incidents().get(id);
    ASSERT_EQ(atA.version, atB.version);

    d.a.clock().set(QDateTime(QDate(2026, 1, 5), QTime(2, 20), Qt::UTC)); // 10:20 Beijing
    atA.facts.insert(QStringLiteral("affected_customers"), 1200);
    atA.cause = QStringLiteral("交易网关内存泄漏");
    Status won = d.a->incidentService().updateFacts(d.lina, id, atA);
    ASSERT_TRUE(won.ok()) << won.error().toStdString();

    d.a.clock().advanceSecs(120);
    atB.cause = QStringLiteral("网络设备故障");
    atB.rectification = QStringLiteral("更换交换机");
    Status lost = d.b->incidentService().updateFacts(d.wang, id, atB);
    ASSERT_FALSE(lost.ok()) << "desk B saved over desk A's facts";
    EXPECT_TRUE(lost.error().contains(QStringLiteral("changed by lina at 2026-01-05 10:20")))
        << lost.error().toStdString();
    EXPECT_TRUE(lost.error().contains(atA.number)) << lost.error().toStdString();

    const Incident stored = *d.b->incidents().get(id);
    EXPECT_EQ(stored.cause, QStringLiteral("交易网关内存泄漏")) << "desk A's save stands";
    EXPECT_EQ(stored.facts.value(QStringLiteral("affected_customers")).toInt(), 1200);
    EXPECT_TRUE(stored.rectification.isEmpty()) << "nothing of the refused save was written";

    // Desk B reloads and makes its change again: both desks' changes are kept.
    Incident retry = stored;
    retry.cause = atB.cause;
    retry.rectification = atB.rectification;
    Status again = d.b->incidentService().updateFacts(d.wang, id, retry);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    const Incident last = *d.a->incidents().get(id);
    EXPECT_EQ(last.cause, QStringLiteral("网络设备故障"));
    EXPECT_EQ(last.rectification, QStringLiteral("更换交换机"));
    EXPECT_EQ(last.facts.value(QStringLiteral("affected_customers")).toInt(), 1200);
    EXPECT_TRUE(d.a->audit().verify()->intact);
}

TEST(EditConflicts, AStateChangeAtAnotherDeskRefusesFactsLoadedBeforeIt)
{
    TwoDesks d;
    ASSERT_TRUE(d.b);
    const qint64 id = d.declare();
    Incident atB = *d.b->incidents().get(id);
    // Recovery stamps recovered_at into the facts: B's form, loaded before, would drop it.
    ASSERT_TRUE(d.a->incidentService().changeState(d.lina, id, IncidentState::Recovered).ok());
    atB.cause = QStringLiteral("网络设备故障");
    Status lost = d.b->incidentService().updateFacts(d.wang, id, atB);
    ASSERT_FALSE(lost.ok());
    EXPECT_TRUE(lost.error().contains(QStringLiteral("changed by lina at 2026-01-05 10:10")))
        << lost.error().toStdString();
    EXPECT_TRUE(d.b->incidents().get(id)->facts.contains(QStringLiteral("recovered_at")));
}

TEST(EditConflicts, ANewGradeDoesNotRefuseFactsLoadedBeforeIt)
{
    TwoDesks d;
    ASSERT_TRUE(d.b);
    const qint64 id = d.declare();
    Incident atB = *d.b->incidents().get(id);
    // A threshold passed while the officer typed: the grade follows the facts, it is no edit.
    ASSERT_TRUE(d.a->incidents()
                    .setGrade(Actor::system(), id, QStringLiteral("I"), QStringLiteral("test@1"),
                              QStringLiteral("time passed"), {}, d.a.clock().now())
                    .ok());
    atB.cause = QStringLiteral("网络设备故障");
    Status saved = d.b->incidents().updateFacts(d.wang, id, atB);
    EXPECT_TRUE(saved.ok()) << saved.error().toStdString();
}

TEST(EditConflicts, TheSecondDeskSavingAContactIsRefusedNamingTheFirstAndCanRetry)
{
    TwoDesks d;
    ASSERT_TRUE(d.b);
    const qint64 id = d.addContact();
    Contact atA = *d.a->contacts().contact(id);
    Contact atB = *d.b->contacts().contact(id);

    d.a.clock().set(QDateTime(QDate(2026, 1, 5), QTime(3, 45), Qt::UTC)); // 11:45 Beijing
    atA.position = QStringLiteral("经理");
    ASSERT_TRUE(d.a->contacts().saveContact(d.lina, atA).ok());

    atB.email = QStringLiteral("zhangsan@example.cn");
    auto lost = d.b->contacts().saveContact(d.wang, atB);
    ASSERT_FALSE(lost.ok()) << "desk B saved over desk A's change";
    EXPECT_TRUE(
        lost.error().contains(QStringLiteral("张三 was changed by lina at 2026-01-05 11:45")))
        << lost.error().toStdString();
    const Contact stored = *d.b->contacts().contact(id);
    EXPECT_EQ(stored.position, QStringLiteral("经理"));
    EXPECT_TRUE(stored.email.isEmpty());

    Contact retry = stored;
    retry.email = atB.email;
    auto again = d.b->contacts().saveContact(d.wang, retry);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    const Contact last = *d.a->contacts().contact(id);
    EXPECT_EQ(last.position, QStringLiteral("经理"));
    EXPECT_EQ(last.email, QStringLiteral("zhangsan@example.cn"));
    EXPECT_TRUE(d.a->audit().verify()->intact);
}

// Desks saving at the same instant, each on its own connection and thread: however their
// transactions interleave, exactly one save of the version they all loaded goes through.
TEST(EditConflicts, OfDesksSavingTheSameFactsAtOnceExactlyOneWins)
{
    TwoDesks d;
    ASSERT_TRUE(d.b);
    const qint64 id = d.declare();
    const QString path = d.a.path();
    const int desks = 4;
    QAtomicInt wins, refusals, ready;
    QString unexpected;
    QMutex lock;
    std::vector<std::thread> threads;
    for (int n = 0; n < desks; ++n)
        threads.emplace_back([&, n] {
            FakeClock clock(QDateTime(QDate(2026, 1, 5), QTime(2, 30), Qt::UTC));
            auto desk = Backend::open(path, OpenMode::ReadWrite, clock);
            if (!desk) {
                ready.fetchAndAddRelaxed(1);
                QMutexLocker l(&lock);
                unexpected = desk.error();
                return;
            }
            Incident mine = *(*desk)->incidents().get(id);
            mine.cause = QStringLiteral("席位 %1 的判断").arg(n);
            ready.fetchAndAddRelaxed(1);
            while (ready.loadRelaxed() < desks)
                std::this_thread::yield();
            Status s = (*desk)->incidents().updateFacts(d.lina, id, mine);
            if (s) {
                wins.fetchAndAddRelaxed(1);
            } else if (s.error().contains(QStringLiteral("changed by lina"))) {
                refusals.fetchAndAddRelaxed(1);
            } else {
                QMutexLocker l(&lock);
                unexpected = s.error();
            }
        });
    for (std::thread &t : threads)
        t.join();
    EXPECT_TRUE(unexpected.isEmpty()) << unexpected.toStdString();
    EXPECT_EQ(wins.loadRelaxed(), 1);
    EXPECT_EQ(refusals.loadRelaxed(), desks - 1);
    const Incident stored = *d.a->incidents().get(id);
    EXPECT_TRUE(stored.cause.startsWith(QStringLiteral("席位 "))) << stored.cause.toStdString();
    auto entries = d.a->incidents().timeline(id);
    ASSERT_TRUE(entries.ok());
    int factEntries = 0;
    for (const TimelineEntry &e : *entries)
        factEntries += e.kind == QLatin1String("facts");
    EXPECT_EQ(factEntries, 1) << "one save, one timeline entry";
    EXPECT_TRUE(d.a->audit().verify()->intact);
}

TEST(EditConflicts, UnitsAgreementsAndPositionsSavedMeanwhileAtAnotherDeskAreRefused)
{
    TwoDesks d;
    ASSERT_TRUE(d.b);
    const qint64 person = d.addContact();
    const qint64 unitId = d.a->contacts().contact(person)->unitId;
    d.a.clock().set(QDateTime(QDate(2026, 1, 5), QTime(6, 5), Qt::UTC)); // 14:05 Beijing
    const QString byLina = QStringLiteral("changed by lina at 2026-01-05 14:05");

    // A unit.
    Unit unitAtA = *d.a->contacts().unit(unitId);
    Unit unitAtB = *d.b->contacts().unit(unitId);
    unitAtA.address = QStringLiteral("上海市浦东新区 1 号");
    ASSERT_TRUE(d.a->contacts().saveUnit(d.lina, unitAtA).ok());
    unitAtB.notes = QStringLiteral("7×24 值班");
    auto unitLost = d.b->contacts().saveUnit(d.wang, unitAtB);
    ASSERT_FALSE(unitLost.ok());
    EXPECT_TRUE(unitLost.error().contains(QStringLiteral("信息技术部 was ") + byLina))
        << unitLost.error().toStdString();
    Unit unitRetry = *d.b->contacts().unit(unitId);
    EXPECT_EQ(unitRetry.address, unitAtA.address);
    unitRetry.notes = unitAtB.notes;
    ASSERT_TRUE(d.b->contacts().saveUnit(d.wang, unitRetry).ok());

    // A service agreement.
    Agreement agreement;
    agreement.title = QStringLiteral("机房空调维保协议");
    agreement.unitId = unitId;
    auto agreementId = d.a->contacts().saveAgreement(d.lina, agreement);
    ASSERT_TRUE(agreementId.ok()) << agreementId.error().toStdString();
    const auto agreementAt = [&](Backend &desk) {
        for (const Agreement &a : *desk.contacts().agreements())
            if (a.id == *agreementId)
                return a;
        ADD_FAILURE() << "agreement not found";
        return Agreement();
    };
    Agreement agreementAtA = agreementAt(*d.a);
    Agreement agreementAtB = agreementAt(*d.b);
    agreementAtA.scope = QStringLiteral("精密空调");
    ASSERT_TRUE(d.a->contacts().saveAgreement(d.lina, agreementAtA).ok());
    agreementAtB.notes = QStringLiteral("每季度巡检");
    auto agreementLost = d.b->contacts().saveAgreement(d.wang, agreementAtB);
    ASSERT_FALSE(agreementLost.ok());
    EXPECT_TRUE(agreementLost.error().contains(byLina)) << agreementLost.error().toStdString();
    EXPECT_TRUE(agreementAt(*d.b).notes.isEmpty());

    // A position of the emergency organization.
    OrgPosition position;
    position.body = OrgBody::Executive;
    position.title = QStringLiteral("技术保障组组长");
    auto positionId = d.a->contacts().savePosition(d.lina, position);
    ASSERT_TRUE(positionId.ok()) << positionId.error().toStdString();
    const auto positionAt = [&](Backend &desk) {
        for (const OrgPosition &p : *desk.contacts().positions())
            if (p.id == *positionId)
                return p;
        ADD_FAILURE() << "position not found";
        return OrgPosition();
    };
    OrgPosition positionAtA = positionAt(*d.a);
    OrgPosition positionAtB = positionAt(*d.b);
    positionAtA.members = {person};
    ASSERT_TRUE(d.a->contacts().savePosition(d.lina, positionAtA).ok());
    positionAtB.department = QStringLiteral("信息技术部");
    auto positionLost = d.b->contacts().savePosition(d.wang, positionAtB);
    ASSERT_FALSE(positionLost.ok());
    EXPECT_TRUE(positionLost.error().contains(byLina)) << positionLost.error().toStdString();
    EXPECT_EQ(positionAt(*d.b).members, QList<qint64>{person}) << "desk A's member stays";
    OrgPosition positionRetry = positionAt(*d.b);
    positionRetry.department = positionAtB.department;
    ASSERT_TRUE(d.b->contacts().savePosition(d.wang, positionRetry).ok());
    EXPECT_EQ(positionAt(*d.a).members, QList<qint64>{person});
    EXPECT_TRUE(d.a->audit().verify()->intact);
}

TEST(EditConflicts, ADutyRoleAndARotationSavedMeanwhileAtAnotherDeskAreRefused)
{
    TwoDesks d;
    ASSERT_TRUE(d.b);
    const qint64 person = d.addContact();
    d.a.clock().set(QDateTime(QDate(2026, 1, 5), QTime(6, 5), Qt::UTC)); // 14:05 Beijing
    const QString byLina = QStringLiteral("changed by lina at 2026-01-05 14:05");

    // A duty role.
    auto roleAtA = d.a->roster().roleByKey(QStringLiteral("duty_leader"));
    auto roleAtB = d.b->roster().roleByKey(QStringLiteral("duty_leader"));
    ASSERT_TRUE(roleAtA.ok() && roleAtB.ok());
    roleAtA->backupRequired = !roleAtA->backupRequired;
    ASSERT_TRUE(d.a->roster().saveRole(d.lina, *roleAtA).ok());
    roleAtB->nameEn = QStringLiteral("Duty leader (watch)");
    auto roleLost = d.b->roster().saveRole(d.wang, *roleAtB);
    ASSERT_FALSE(roleLost.ok());
    EXPECT_TRUE(roleLost.error().contains(byLina)) << roleLost.error().toStdString();
    auto roleRetry = d.b->roster().role(roleAtB->id);
    ASSERT_TRUE(roleRetry.ok());
    EXPECT_EQ(roleRetry->backupRequired, roleAtA->backupRequired);
    roleRetry->nameEn = roleAtB->nameEn;
    ASSERT_TRUE(d.b->roster().saveRole(d.wang, *roleRetry).ok());
    EXPECT_EQ(d.a->roster().role(roleAtB->id)->nameEn, roleAtB->nameEn);

    // A rotation.
    Rotation rotation;
    rotation.roleId = roleAtA->id;
    rotation.name = QStringLiteral("值班负责人轮值");
    rotation.startDate = QDate(2026, 1, 5);
    rotation.members = {person};
    auto rotationId = d.a->roster().saveRotation(d.lina, rotation);
    ASSERT_TRUE(rotationId.ok()) << rotationId.error().toStdString();
    auto rotationAtA = d.a->roster().rotation(*rotationId);
    auto rotationAtB = d.b->roster().rotation(*rotationId);
    ASSERT_TRUE(rotationAtA.ok() && rotationAtB.ok());
    rotationAtA->layer = 2;
    ASSERT_TRUE(d.a->roster().saveRotation(d.lina, *rotationAtA).ok());
    rotationAtB->name = QStringLiteral("值班负责人（白班）");
    auto rotationLost = d.b->roster().saveRotation(d.wang, *rotationAtB);
    ASSERT_FALSE(rotationLost.ok());
    EXPECT_TRUE(rotationLost.error().contains(QStringLiteral("值班负责人轮值 was ") + byLina))
        << rotationLost.error().toStdString();
    EXPECT_EQ(d.a->roster().rotation(*rotationId)->layer, 2);
    EXPECT_EQ(d.a->roster().rotation(*rotationId)->name, rotation.name);
}

TEST(EditConflicts, AnEscalationPolicySavedMeanwhileAtAnotherDeskIsRefused)
{
    TwoDesks d;
    ASSERT_TRUE(d.b);
    const Actor admin = d.a.admin();
    d.a.clock().set(QDateTime(QDate(2026, 1, 5), QTime(6, 5), Qt::UTC)); // 14:05 Beijing
    EscalationPolicy p;
    p.name = QStringLiteral("网络故障");
    p.priority = 20;
    p.faultTypes = {QStringLiteral("network")};
    p.levels = {{EscalationTarget::Succession, {}, 0, 10, EscalationChannel::Phone}};
    auto id = d.a->escalation().policies().save(admin, p);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    auto atA = d.a->escalation().policies().get(*id);
    auto atB = d.b->escalation().policies().get(*id);
    ASSERT_TRUE(atA.ok() && atB.ok());
    atA->repeatCount = 3;
    ASSERT_TRUE(d.a->escalation().policies().save(admin, *atA).ok());
    atB->priority = 30;
    auto lost = d.b->escalation().policies().save(admin, *atB);
    ASSERT_FALSE(lost.ok());
    EXPECT_TRUE(lost.error().contains(QStringLiteral("changed by admin at 2026-01-05 14:05")))
        << lost.error().toStdString();
    auto retry = d.b->escalation().policies().get(*id);
    ASSERT_TRUE(retry.ok());
    EXPECT_EQ(retry->repeatCount, 3);
    retry->priority = 30;
    ASSERT_TRUE(d.b->escalation().policies().save(admin, *retry).ok());
    EXPECT_EQ(d.a->escalation().policies().get(*id)->priority, 30);
}
