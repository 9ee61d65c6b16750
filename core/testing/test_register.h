#pragma once

#include "access/actor.h"
#include "changes/change_window.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

class AuditLog;
class ChangeRegister;
class Clock;
class Database;

// System tests (系统测试) in the simulation or the production environment.
enum class TestEnvironment { Simulation, Production };
// What a test plan covers: function, performance, capacity, security, stability.
enum class TestAspect { Function, Performance, Capacity, Security, Stability };
enum class TestState { Planned, Running, Completed, Cancelled };

QString testEnvironmentId(TestEnvironment e);
std::optional<TestEnvironment> testEnvironmentFromId(const QString &id);
QString testEnvironmentName(TestEnvironment e);
QList<TestAspect> allTestAspects();
QString testAspectId(TestAspect a);
std::optional<TestAspect> testAspectFromId(const QString &id);
QString testAspectName(TestAspect a);
QString testStateId(TestState s);
std::optional<TestState> testStateFromId(const QString &id);
QString testStateName(TestState s);

struct TestPlan {
    qint64 id = 0;
    QString title;
    TestEnvironment environment = TestEnvironment::Simulation;
    QList<TestAspect> aspects;
    QString scope; // what is tested, how, pass criteria
    QList<qint64> itemIds;
    QDateTime windowStart; // UTC
    QDateTime windowEnd;
    QStringList markets; // checked against; empty: the institution's default markets
    TestState state = TestState::Planned;
    qint64 changeId = 0; // the change it tests, if any

    // Production tests: what the standard requires around them.
    QString backupRecord; // data and configuration backup taken (what, where)
    QDateTime backupAt;
    QString announcement; // the announcement issued (to whom, how)
    QDateTime announcedAt;
    QString operationsStaff; // the production operations staff who run it
    QString restoreRecord;   // restore after the test
    QString verification;    // verification of the restore

    QString report; // the test report
    bool passed = false;
    QDateTime startedAt;
    QDateTime completedAt;

    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;

    bool production() const { return environment == TestEnvironment::Production; }
};

// Rules:
// - A plan needs a title, at least one aspect, a scope and a window (end after start).
// - A production test's window never overlaps trading time (refused on save and on start);
//   starting it needs the data and configuration backup recorded, the announcement issued
//   and the production operations staff who run it named; completing it needs the restore
//   and its verification recorded. A simulation test needs none of these.
// - Completing needs the report. Planned → running → completed; planned or running →
//   cancelled. Every write needs Permission::EditDutyData, one transaction, an audit row, and
//   the version read (a stale save is refused naming who changed it and when).
class TestRegister {
    Q_DECLARE_TR_FUNCTIONS(dd::TestRegister)
public:
    TestRegister(Database &db, AuditLog &audit, const Clock &clock, ChangeRegister &changes);

    Result<QList<TestPlan>> plans() const; // newest window first
    Result<TestPlan> plan(qint64 id) const;
    Result<qint64> save(const Actor &actor, const TestPlan &plan); // planned or running only
    Status start(const Actor &actor, qint64 id);
    Status complete(const Actor &actor, qint64 id, const QString &report, bool passed);
    Status cancel(const Actor &actor, qint64 id);
    // What blocks starting (or completing) now, translated, one line each.
    QStringList startBlockers(const TestPlan &plan) const;
    QStringList completeBlockers(const TestPlan &plan) const;

private:
    Status validate(const TestPlan &plan) const;
    Result<qint64> store(const Actor &actor, const TestPlan &plan, const TestPlan *before,
                         const QString &action);

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    ChangeRegister &m_changes;
};

} // namespace dd
