#include "testing/test_register.h"

#include "audit/audit_log.h"
#include "changes/change_register.h"
#include "plans/register_store.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace dd {

using namespace RegisterStore;

namespace {

QString storedTime(const QDateTime &t)
{
    return t.isValid() ? toStoredTime(t) : QStringLiteral("");
}

QJsonObject toJson(const TestPlan &p)
{
    QStringList aspects;
    for (TestAspect a : p.aspects)
        aspects << testAspectId(a);
    QJsonArray items;
    for (qint64 id : p.itemIds)
        items.append(id);
    return {{QStringLiteral("title"), p.title},
            {QStringLiteral("environment"), testEnvironmentId(p.environment)},
            {QStringLiteral("aspects"), aspects.join(QLatin1Char(','))},
            {QStringLiteral("scope"), p.scope},
            {QStringLiteral("items"), items},
            {QStringLiteral("window_start"), storedTime(p.windowStart)},
            {QStringLiteral("window_end"), storedTime(p.windowEnd)},
            {QStringLiteral("markets"), p.markets.join(QLatin1Char(','))},
            {QStringLiteral("state"), testStateId(p.state)},
            {QStringLiteral("backup_record"), p.backupRecord},
            {QStringLiteral("announcement"), p.announcement},
            {QStringLiteral("operations_staff"), p.operationsStaff},
            {QStringLiteral("restore_record"), p.restoreRecord},
            {QStringLiteral("verification"), p.verification},
            {QStringLiteral("report"), p.report},
            {QStringLiteral("passed"), p.passed}};
}

const char *PlanColumns =
    "id, title, environment, aspects, scope, window_start, window_end, markets, state, "
    "backup_record, backup_at, announcement, announced_at, operations_staff, restore_record, "
    "verification, report, passed, started_at, completed_at, COALESCE(change_id, 0), version, "
    "updated_at, updated_by";

TestPlan planFrom(const QSqlQuery &q)
{
    TestPlan p;
    int i = 0;
    p.id = q.value(i++).toLongLong();
    p.title = q.value(i++).toString();
    p.environment =
        testEnvironmentFromId(q.value(i++).toString()).value_or(TestEnvironment::Simulation);
    for (const QString &a : q.value(i++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto aspect = testAspectFromId(a))
            p.aspects << *aspect;
    p.scope = q.value(i++).toString();
    p.windowStart = time(q.value(i++));
    p.windowEnd = time(q.value(i++));
    p.markets = q.value(i++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.state = testStateFromId(q.value(i++).toString()).value_or(TestState::Planned);
    p.backupRecord = q.value(i++).toString();
    p.backupAt = time(q.value(i++));
    p.announcement = q.value(i++).toString();
    p.announcedAt = time(q.value(i++));
    p.operationsStaff = q.value(i++).toString();
    p.restoreRecord = q.value(i++).toString();
    p.verification = q.value(i++).toString();
    p.report = q.value(i++).toString();
    p.passed = q.value(i++).toBool();
    p.startedAt = time(q.value(i++));
    p.completedAt = time(q.value(i++));
    p.changeId = q.value(i++).toLongLong();
    p.version = q.value(i++).toInt();
    p.updatedAt = time(q.value(i++));
    p.updatedBy = q.value(i++).toString();
    return p;
}

} // namespace

QString testEnvironmentId(TestEnvironment e)
{
    return e == TestEnvironment::Production ? QStringLiteral("production")
                                            : QStringLiteral("simulation");
}

std::optional<TestEnvironment> testEnvironmentFromId(const QString &id)
{
    if (id == QLatin1String("production"))
        return TestEnvironment::Production;
    if (id == QLatin1String("simulation"))
        return TestEnvironment::Simulation;
    return std::nullopt;
}

QString testEnvironmentName(TestEnvironment e)
{
    return e == TestEnvironment::Production ? TestRegister::tr("Production environment")
                                            : TestRegister::tr("Simulation environment");
}

QList<TestAspect> allTestAspects()
{
    return {TestAspect::Function, TestAspect::Performance, TestAspect::Capacity,
            TestAspect::Security, TestAspect::Stability};
}

QString testAspectId(TestAspect a)
{
    switch (a) {
    case TestAspect::Function: return QStringLiteral("function");
    case TestAspect::Performance: return QStringLiteral("performance");
    case TestAspect::Capacity: return QStringLiteral("capacity");
    case TestAspect::Security: return QStringLiteral("security");
    case TestAspect::Stability: return QStringLiteral("stability");
    }
    return {};
}

std::optional<TestAspect> testAspectFromId(const QString &id)
{
    for (TestAspect a : allTestAspects())
        if (testAspectId(a) == id)
            return a;
    return std::nullopt;
}

QString testAspectName(TestAspect a)
{
    switch (a) {
    case TestAspect::Function: return TestRegister::tr("Function");
    case TestAspect::Performance: return TestRegister::tr("Performance");
    case TestAspect::Capacity: return TestRegister::tr("Capacity");
    case TestAspect::Security: return TestRegister::tr("Security");
    case TestAspect::Stability: return TestRegister::tr("Stability");
    }
    return {};
}

QString testStateId(TestState s)
{
    switch (s) {
    case TestState::Planned: return QStringLiteral("planned");
    case TestState::Running: return QStringLiteral("running");
    case TestState::Completed: return QStringLiteral("completed");
    case TestState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<TestState> testStateFromId(const QString &id)
{
    for (TestState s :
         {TestState::Planned, TestState::Running, TestState::Completed, TestState::Cancelled})
        if (testStateId(s) == id)
            return s;
    return std::nullopt;
}

QString testStateName(TestState s)
{
    switch (s) {
    case TestState::Planned: return TestRegister::tr("Planned");
    case TestState::Running: return TestRegister::tr("Running");
    case TestState::Completed: return TestRegister::tr("Completed");
    case TestState::Cancelled: return TestRegister::tr("Cancelled");
    }
    return {};
}

TestRegister::TestRegister(Database &db, AuditLog &audit, const Clock &clock,
                           ChangeRegister &changes)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_changes(changes)
{}

Result<QList<TestPlan>> TestRegister::plans() const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1 FROM test_plans ORDER BY window_start DESC, id "
                                       "DESC")
                            .arg(QLatin1String(PlanColumns)));
    if (!q)
        return q.takeError();
    QList<TestPlan> list;
    while (q->next())
        list << planFrom(*q);
    for (TestPlan &p : list) {
        auto items = exec(m_db,
                          QStringLiteral("SELECT item_id FROM test_plan_items WHERE "
                                         "plan_id = ? ORDER BY item_id"),
                          {p.id});
        if (!items)
            return items.takeError();
        while (items->next())
            p.itemIds << items->value(0).toLongLong();
    }
    return list;
}

Result<TestPlan> TestRegister::plan(qint64 id) const
{
    auto q = exec(
        m_db,
        QStringLiteral("SELECT %1 FROM test_plans WHERE id = ?").arg(QLatin1String(PlanColumns)),
        {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no test plan with id %1.").arg(id));
    TestPlan p = planFrom(*q);
    auto items = exec(m_db,
                      QStringLiteral("SELECT item_id FROM test_plan_items WHERE plan_id = ? ORDER "
                                     "BY item_id"),
                      {id});
    if (!items)
        return items.takeError();
    while (items->next())
        p.itemIds << items->value(0).toLongLong();
    return p;
}

Status TestRegister::validate(const TestPlan &p) const
{
    if (p.title.trimmed().isEmpty())
        return fail(tr("Title: say what is tested."));
    if (p.aspects.isEmpty())
        return fail(tr("Aspects of \"%1\": choose what the test covers (function, performance, "
                       "capacity, security, stability).")
                        .arg(p.title.trimmed()));
    if (p.scope.trimmed().isEmpty())
        return fail(tr("Scope of \"%1\": describe what is tested, how, and what passes.")
                        .arg(p.title.trimmed()));
    const WindowCheck w = m_changes.checkWindow(p.windowStart, p.windowEnd, p.markets);
    if (!w.valid)
        return fail(tr("Window of \"%1\": %2").arg(p.title.trimmed(), w.reason));
    if (p.production() && w.inTradingHours)
        return fail(tr("\"%1\" is a production test: %2 A production test never runs in "
                       "trading hours.")
                        .arg(p.title.trimmed(), w.reason));
    return {};
}

Result<qint64> TestRegister::store(const Actor &actor, const TestPlan &p, const TestPlan *before,
                                   const QString &action)
{
    QStringList aspects;
    for (TestAspect a : p.aspects)
        aspects << testAspectId(a);
    const QVariantList values{p.title.trimmed(),
                              testEnvironmentId(p.environment),
                              aspects.join(QLatin1Char(',')),
                              p.scope,
                              storedTime(p.windowStart),
                              storedTime(p.windowEnd),
                              p.markets.join(QLatin1Char(',')),
                              testStateId(p.state),
                              p.backupRecord.trimmed(),
                              storedTime(p.backupAt),
                              p.announcement.trimmed(),
                              storedTime(p.announcedAt),
                              p.operationsStaff.trimmed(),
                              p.restoreRecord.trimmed(),
                              p.verification.trimmed(),
                              p.report,
                              p.passed ? 1 : 0,
                              storedTime(p.startedAt),
                              storedTime(p.completedAt),
                              p.changeId > 0 ? QVariant(p.changeId)
                                             : QVariant(QMetaType(QMetaType::LongLong)),
                              toStoredTime(m_clock.now()),
                              actor.auditName()};
    qint64 id = p.id;
    if (id == 0) {
        auto q = exec(m_db,
                      QStringLiteral("INSERT INTO test_plans (title, environment, aspects, scope, "
                                     "window_start, window_end, markets, state, backup_record, "
                                     "backup_at, announcement, announced_at, operations_staff, "
                                     "restore_record, verification, report, passed, started_at, "
                                     "completed_at, change_id, updated_at, updated_by) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?) RETURNING id"),
                      values);
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        id = *returned;
    } else {
        auto q = exec(m_db,
                      QStringLiteral("UPDATE test_plans SET title = ?, environment = ?, aspects = "
                                     "?, scope = ?, window_start = ?, window_end = ?, markets = ?, "
                                     "state = ?, backup_record = ?, backup_at = ?, announcement = "
                                     "?, announced_at = ?, operations_staff = ?, restore_record = "
                                     "?, verification = ?, report = ?, passed = ?, started_at = ?, "
                                     "completed_at = ?, change_id = ?, updated_at = ?, updated_by "
                                     "= ?, version = version + 1 WHERE id = ?"),
                      values + QVariantList{id});
        if (!q)
            return q.takeError();
        auto del =
            exec(m_db, QStringLiteral("DELETE FROM test_plan_items WHERE plan_id = ?"), {id});
        if (!del)
            return del.takeError();
    }
    for (qint64 itemId : QSet<qint64>(p.itemIds.cbegin(), p.itemIds.cend())) {
        auto q = exec(
            m_db, QStringLiteral("INSERT INTO test_plan_items (plan_id, item_id) VALUES (?, ?)"),
            {id, itemId});
        if (!q)
            return fail(tr("Items of \"%1\": configuration item %2 does not exist.")
                            .arg(p.title.trimmed())
                            .arg(itemId));
    }
    TestPlan after = p;
    after.id = id;
    auto logged = m_audit.append(actor, {action, QStringLiteral("test_plans"), QString::number(id),
                                         before ? toJson(*before) : QJsonObject(), toJson(after)});
    if (!logged)
        return logged.takeError();
    return id;
}

Result<qint64> TestRegister::save(const Actor &actor, const TestPlan &p)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (Status ok = validate(p); !ok)
        return ok.takeError();
    return m_db.write([&]() -> Result<qint64> {
        TestPlan row = p;
        std::optional<TestPlan> before;
        if (p.id != 0) {
            auto old = plan(p.id);
            if (!old)
                return old.takeError();
            if (old->state == TestState::Completed || old->state == TestState::Cancelled)
                return fail(tr("\"%1\" is %2 and is no longer edited.")
                                .arg(old->title, testStateName(old->state)));
            if (Status fresh = checkVersion(m_db, QStringLiteral("test_plans"), p.id, p.version,
                                            tr("The test plan \"%1\"").arg(old->title));
                !fresh)
                return fresh.takeError();
            before = *old;
            // The state and its times move only through start/complete/cancel.
            row.state = old->state;
            row.startedAt = old->startedAt;
            row.completedAt = old->completedAt;
            row.report = old->report;
            row.passed = old->passed;
            if (old->state == TestState::Running
                && (row.environment != old->environment || row.windowStart != old->windowStart
                    || row.windowEnd != old->windowEnd))
                return fail(tr("\"%1\" is running: its environment and window no longer change.")
                                .arg(old->title));
        } else {
            row.state = TestState::Planned;
        }
        // Times of the backup and the announcement are when they were first recorded.
        const QDateTime now = m_clock.now();
        row.backupAt = row.backupRecord.trimmed().isEmpty()
                           ? QDateTime()
                           : (before && before->backupAt.isValid() ? before->backupAt : now);
        row.announcedAt =
            row.announcement.trimmed().isEmpty()
                ? QDateTime()
                : (before && before->announcedAt.isValid() ? before->announcedAt : now);
        return store(actor, row, before ? &*before : nullptr,
                     before ? QStringLiteral("test.update") : QStringLiteral("test.create"));
    });
}

QStringList TestRegister::startBlockers(const TestPlan &p) const
{
    QStringList out;
    if (p.state != TestState::Planned)
        out << tr("The test is %1, not planned.").arg(testStateName(p.state));
    if (!p.production())
        return out;
    const WindowCheck w = m_changes.checkWindow(p.windowStart, p.windowEnd, p.markets);
    if (!w.valid || w.inTradingHours)
        out << w.reason;
    if (p.backupRecord.trimmed().isEmpty())
        out << tr("Record the data and configuration backup taken before the test.");
    if (p.announcement.trimmed().isEmpty())
        out << tr("Record the announcement issued before the test.");
    if (p.operationsStaff.trimmed().isEmpty())
        out << tr("Name the production operations staff who run the test.");
    return out;
}

QStringList TestRegister::completeBlockers(const TestPlan &p) const
{
    QStringList out;
    if (p.state != TestState::Running)
        out << tr("The test is %1, not running.").arg(testStateName(p.state));
    if (p.production()) {
        if (p.restoreRecord.trimmed().isEmpty())
            out << tr("Record the restore after the production test.");
        if (p.verification.trimmed().isEmpty())
            out << tr("Record the verification of the restore.");
    }
    return out;
}

Status TestRegister::start(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto p = plan(id);
        if (!p)
            return p.takeError();
        const QStringList blockers = startBlockers(*p);
        if (!blockers.isEmpty())
            return fail(
                tr("\"%1\" cannot start:\n%2").arg(p->title, blockers.join(QLatin1Char('\n'))));
        TestPlan next = *p;
        next.state = TestState::Running;
        next.startedAt = m_clock.now();
        auto stored = store(actor, next, &*p, QStringLiteral("test.start"));
        if (!stored)
            return stored.takeError();
        return {};
    });
}

Status TestRegister::complete(const Actor &actor, qint64 id, const QString &report, bool passed)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto p = plan(id);
        if (!p)
            return p.takeError();
        QStringList blockers = completeBlockers(*p);
        if (report.trimmed().isEmpty())
            blockers << tr("Write the test report.");
        if (!blockers.isEmpty())
            return fail(tr("\"%1\" cannot be completed:\n%2")
                            .arg(p->title, blockers.join(QLatin1Char('\n'))));
        TestPlan next = *p;
        next.state = TestState::Completed;
        next.completedAt = m_clock.now();
        next.report = report.trimmed();
        next.passed = passed;
        auto stored = store(actor, next, &*p, QStringLiteral("test.complete"));
        if (!stored)
            return stored.takeError();
        return {};
    });
}

Status TestRegister::cancel(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto p = plan(id);
        if (!p)
            return p.takeError();
        if (p->state != TestState::Planned && p->state != TestState::Running)
            return fail(
                tr("\"%1\" is %2 and cannot be cancelled.").arg(p->title, testStateName(p->state)));
        if (p->production() && p->state == TestState::Running
            && (p->restoreRecord.trimmed().isEmpty() || p->verification.trimmed().isEmpty()))
            return fail(tr("\"%1\" ran in production: record the restore and its verification "
                           "before cancelling it.")
                            .arg(p->title));
        TestPlan next = *p;
        next.state = TestState::Cancelled;
        auto stored = store(actor, next, &*p, QStringLiteral("test.cancel"));
        if (!stored)
            return stored.takeError();
        return {};
    });
}

} // namespace dd
