#include "incidents/incident_service.h"
#include "temp_database.h"

#include <gtest/gtest.h>

using namespace dd;

namespace {

// 2026-03-02 is a Monday and a trading day; times below are Beijing time (UTC+8).
QDateTime beijing(int h, int m, int day = 2)
{
    return QDateTime(QDate(2026, 3, day), QTime(h, m), QTimeZone(8 * 3600)).toUTC();
}

struct Fixture {
    test::TempBackend backend;
    Actor admin = backend.admin();
    IncidentService &service = backend->incidentService();

    Fixture() { backend.clock().set(beijing(10, 7)); }

    qint64 declareTradingOutage(const QDateTime &started)
    {
        NewIncident n;
        n.title = QStringLiteral("集中交易系统委托失败");
        n.faultType = QStringLiteral("trading_outage");
        n.facts = {{QStringLiteral("system"), QStringLiteral("centralized_trading")},
                   {QStringLiteral("started_at"),
                    started.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate)}};
        auto id = service.declare(admin, n);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    Incident incident(qint64 id) { return *backend->incidents().get(id); }
    QList<ObligationRow> owed(qint64 id)
    {
        return *service.obligations(incident(id), backend.clock().now());
    }
};

} // namespace

TEST(IncidentService, DeclaringGradesAtOnceWithTheReason)
{
    Fixture f;
    const qint64 id = f.declareTradingOutage(beijing(10, 1)); // 6 trading minutes at 10:07
    const Incident i = f.incident(id);
    EXPECT_EQ(i.grade, QStringLiteral("III"));
    EXPECT_TRUE(i.ruleSet.startsWith(QStringLiteral("csrc-2012@")));
    const auto timeline = *f.backend->incidents().timeline(id);
    ASSERT_GE(timeline.size(), 2);
    const TimelineEntry grade = timeline.at(1);
    EXPECT_EQ(grade.kind, QStringLiteral("grade"));
    EXPECT_TRUE(grade.text.contains(QStringLiteral("outage_minutes=6")))
        << grade.text.toStdString();
    EXPECT_EQ(i.facts.value(QStringLiteral("institution_type")).toString(),
              QStringLiteral("securities"));
}

TEST(IncidentService, BadFactsAreRefusedWithTheFieldAndNothingIsStored)
{
    Fixture f;
    NewIncident n;
    n.title = QStringLiteral("x");
    n.facts = {{QStringLiteral("system"), QStringLiteral("centralized_trading")},
               {QStringLiteral("affected_share"), 2}};
    auto id = f.service.declare(f.admin, n);
    ASSERT_FALSE(id.ok());
    EXPECT_TRUE(id.error().contains(QStringLiteral("affected_share"))) << id.error().toStdString();
    n.facts = {{QStringLiteral("system"), QStringLiteral("teleporter")}};
    EXPECT_FALSE(f.service.declare(f.admin, n).ok());
    n.facts = {{QStringLiteral("sistem"), QStringLiteral("other")}};
    EXPECT_FALSE(f.service.declare(f.admin, n).ok());
    EXPECT_TRUE(f.backend->incidents().list()->isEmpty());
}

TEST(IncidentService, ThresholdPassingRaisesTheGradeAtItsOwnInstant)
{
    Fixture f;
    const qint64 id = f.declareTradingOutage(beijing(10, 5)); // 2 trading minutes at 10:07
    const QString first = f.incident(id).grade;
    EXPECT_NE(first, QStringLiteral("III"));
    auto view = f.service.view(id);
    ASSERT_TRUE(view.ok());
    ASSERT_TRUE(view->grade.next.has_value());
    EXPECT_EQ(view->grade.next->at, beijing(10, 10));
    EXPECT_EQ(view->grade.next->level.id, QStringLiteral("III"));
    EXPECT_EQ(*f.service.nextWakeUp().value(), beijing(10, 10));

    f.backend.clock().set(beijing(10, 42)); // the app was not running at 10:10
    auto rose = f.service.tick();
    ASSERT_TRUE(rose.ok()) << rose.error().toStdString();
    EXPECT_EQ(*rose, 1);
    const Incident after = f.incident(id);
    EXPECT_EQ(after.grade, QStringLiteral("III"));
    EXPECT_EQ(after.gradedAt, beijing(10, 10))
        << "recorded when the threshold passed, not at the tick";
    EXPECT_EQ(*f.service.tick(), 0) << "nothing is repeated";
}

TEST(IncidentService, LunchBreakDoesNotCountTowardsTheThreshold)
{
    Fixture f;
    f.backend.clock().set(beijing(11, 29));
    const qint64 id = f.declareTradingOutage(beijing(11, 28));
    auto view = f.service.view(id);
    ASSERT_TRUE(view.ok());
    ASSERT_TRUE(view->grade.next.has_value());
    EXPECT_EQ(view->grade.next->at, beijing(13, 3));
}

TEST(IncidentService, ObligationsRunFromTheGradeAndTurnOverdue)
{
    Fixture f;
    const qint64 id = f.declareTradingOutage(beijing(10, 1));
    QList<ObligationRow> rows = f.owed(id);
    ASSERT_FALSE(rows.isEmpty());
    const ObligationRow first = rows.first();
    ASSERT_TRUE(first.instance.due.has_value());
    EXPECT_EQ(first.status.state, ObligationState::Due);
    f.backend.clock().set(*first.instance.due);
    f.backend.clock().advanceSecs(60);
    rows = f.owed(id);
    const auto same = std::find_if(rows.begin(), rows.end(), [&](const ObligationRow &r) {
        return r.instance.key() == first.instance.key();
    });
    ASSERT_NE(same, rows.end());
    EXPECT_EQ(same->status.state, ObligationState::Overdue);
    EXPECT_EQ(same->status.lateSeconds, 60);
    ASSERT_TRUE(
        f.service.submitReport(f.admin, id, first.instance.key(), QStringLiteral("已电话报告"))
            .ok());
    rows = f.owed(id);
    const auto met = std::find_if(rows.begin(), rows.end(), [&](const ObligationRow &r) {
        return r.instance.key() == first.instance.key();
    });
    EXPECT_EQ(met->status.state, ObligationState::SubmittedLate);
}

TEST(IncidentService, ClosingNeedsEveryReportSubmittedOrWaivedByASecondPerson)
{
    Fixture f;
    const qint64 id = f.declareTradingOutage(beijing(10, 1));
    f.backend.clock().set(beijing(10, 40));
    ASSERT_TRUE(f.service.changeState(f.admin, id, IncidentState::Recovered).ok());
    ASSERT_TRUE(f.service.changeState(f.admin, id, IncidentState::Investigating).ok());
    Status refused = f.service.changeState(f.admin, id, IncidentState::Closed);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("owed"))) << refused.error().toStdString();

    auto leaderId = f.backend->operators().add(f.admin, {QStringLiteral("lina"),
                                                         QStringLiteral("李娜"),
                                                         QStringLiteral("2222"),
                                                         {Role::DutyLeader}});
    ASSERT_TRUE(leaderId.ok());
    const Actor leader =
        *f.backend->operators().signIn(QStringLiteral("lina"), QStringLiteral("2222"));
    // The summary report needs cause, responsibility and rectification first.
    for (const ObligationRow &r : f.owed(id)) {
        if (r.status.isMet() || r.status.state == ObligationState::PendingAnchor)
            continue;
        if (r.instance.form == ReportForm::Summary) {
            Status early =
                f.service.submitReport(f.admin, id, r.instance.key(), QStringLiteral("总结"));
            EXPECT_FALSE(early.ok());
            EXPECT_TRUE(early.error().contains(QStringLiteral("cause")));
            EXPECT_FALSE(
                f.service.waive(f.admin, f.admin, id, r.instance.key(), QStringLiteral("x")).ok());
            ASSERT_TRUE(
                f.service.waive(f.admin, leader, id, r.instance.key(), QStringLiteral("内部演示"))
                    .ok());
        } else {
            ASSERT_TRUE(
                f.service.submitReport(f.admin, id, r.instance.key(), QStringLiteral("报告正文"))
                    .ok());
        }
    }
    Status closed = f.service.changeState(f.admin, id, IncidentState::Closed);
    EXPECT_TRUE(closed.ok()) << closed.error().toStdString();
}

TEST(IncidentService, PreliminaryReportCreatesTheSupplementaryObligation)
{
    Fixture f;
    const qint64 id = f.declareTradingOutage(beijing(10, 1));
    f.backend.clock().set(beijing(10, 40));
    ASSERT_TRUE(f.service.changeState(f.admin, id, IncidentState::Recovered).ok());
    auto has = [&](ReportForm form) {
        for (const ObligationRow &r : f.owed(id))
            if (r.instance.form == form && r.instance.due)
                return r.instance.key();
        return QString();
    };
    EXPECT_TRUE(has(ReportForm::Supplementary).isEmpty());
    const QString summary = has(ReportForm::Summary);
    ASSERT_FALSE(summary.isEmpty());
    EXPECT_FALSE(f.service.submitReport(f.admin, id, summary, QStringLiteral("总结")).ok())
        << "cause unknown";
    EXPECT_FALSE(
        f.service.submitReport(f.admin, id, summary, QStringLiteral("x"), ReportForm::Progress)
            .ok());
    Status filed = f.service.submitReport(f.admin, id, summary, QStringLiteral("原因尚在调查"),
                                          ReportForm::Preliminary);
    ASSERT_TRUE(filed.ok()) << filed.error().toStdString();
    EXPECT_FALSE(has(ReportForm::Supplementary).isEmpty());
    EXPECT_EQ(f.backend->incidents().submissions(id)->first().form, QStringLiteral("preliminary"));
}

TEST(IncidentService, RestartGivesTheSameObligationsAndCountdowns)
{
    Fixture f;
    const qint64 id = f.declareTradingOutage(beijing(10, 1));
    f.backend.clock().set(beijing(11, 50));
    const QList<ObligationRow> before = f.owed(id);
    const auto wake = *f.service.nextWakeUp();
    f.backend.reopen();
    IncidentService &again = f.backend->incidentService();
    const QList<ObligationRow> after =
        *again.obligations(*f.backend->incidents().get(id), f.backend.clock().now());
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after.at(i).instance, before.at(i).instance);
        EXPECT_EQ(after.at(i).status.state, before.at(i).status.state);
        EXPECT_EQ(after.at(i).status.remainingSeconds, before.at(i).status.remainingSeconds);
    }
    EXPECT_EQ(*again.nextWakeUp(), wake);
}

TEST(IncidentService, ChecklistStepsAreTimelineEntries)
{
    Fixture f;
    const qint64 id = f.declareTradingOutage(beijing(10, 1));
    ASSERT_TRUE(f.service.checkStep(f.admin, id, 0, true).ok());
    ASSERT_TRUE(f.service.checkStep(f.admin, id, 2, true).ok());
    ASSERT_TRUE(f.service.checkStep(f.admin, id, 2, false).ok());
    const QList<bool> done = *f.service.checkedSteps(id, 4);
    EXPECT_EQ(done, (QList<bool>{true, false, false, false}));
    EXPECT_FALSE(f.service.checkStep(f.admin, id, 99, true).ok());
}

TEST(IncidentService, WarningOwesItsReportAndIsLifted)
{
    Fixture f;
    NewIncident n;
    n.title = QStringLiteral("机房温度告警");
    n.warning = true;
    n.faultType = QStringLiteral("facility");
    auto id = f.service.declare(f.admin, n);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    bool warningReport = false;
    for (const ObligationRow &r : f.owed(*id))
        warningReport |= r.instance.form == ReportForm::Warning;
    EXPECT_TRUE(warningReport);
    EXPECT_TRUE(f.service.changeState(f.admin, *id, IncidentState::WarningLifted).ok());
}
