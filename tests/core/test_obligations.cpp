#include "escalation/obligation_status.h"
#include "escalation/obligations.h"
#include "test_grading_fixture.h"

#include <gtest/gtest.h>

namespace dd::test {
namespace {

const QString III = QStringLiteral("III");

QList<ObligationInstance> planIII(const IncidentAnchors &anchors, const QDateTime &now,
                                  InstitutionType type = InstitutionType::Securities)
{
    return ObligationPlanner::plan(csrc2012(), III, anchors, now, calendar(), type);
}

const ObligationInstance *find(const QList<ObligationInstance> &list, const QString &key)
{
    for (const ObligationInstance &o : list)
        if (o.key() == key)
            return &o;
    return nullptr;
}

std::string dueOf(const QList<ObligationInstance> &list, const char *key)
{
    const ObligationInstance *o = find(list, QString::fromLatin1(key));
    if (!o)
        return "missing";
    return o->due ? str(*o->due) : std::string("pending");
}

QStringList keys(const QList<ObligationInstance> &list)
{
    QStringList out;
    for (const ObligationInstance &o : list)
        out.append(o.key());
    return out;
}

IncidentAnchors downSince10()
{
    IncidentAnchors a;
    a.detected = bj(2025, 6, 4, 10, 0);
    a.graded = bj(2025, 6, 4, 10, 2);
    return a;
}

TEST(ObligationPlanner, PlansAGradeWhileStillDown)
{
    const auto list = planIII(downSince10(), bj(2025, 6, 4, 10, 40));
    EXPECT_EQ(keys(list), (QStringList{QStringLiteral("III/internal_phone#1"),
                                       QStringLiteral("III/regulator_progress#1"),
                                       QStringLiteral("III/regulator_phone#1"),
                                       QStringLiteral("III/regulator_progress#2"),
                                       QStringLiteral("III/regulator_written_initial#1"),
                                       QStringLiteral("III/regulator_recovery#1"),
                                       QStringLiteral("III/regulator_summary#1")}));
    EXPECT_EQ(dueOf(list, "III/internal_phone#1"), "2025-06-04T10:17:00+08:00");
    EXPECT_EQ(dueOf(list, "III/regulator_phone#1"), "2025-06-04T10:32:00+08:00");
    EXPECT_EQ(dueOf(list, "III/regulator_written_initial#1"), "2025-06-04T12:02:00+08:00");
    EXPECT_EQ(dueOf(list, "III/regulator_progress#1"), "2025-06-04T10:30:00+08:00");
    EXPECT_EQ(dueOf(list, "III/regulator_progress#2"), "2025-06-04T11:30:00+08:00");
    // Anchored at recovery, which has not happened: listed without a due time.
    EXPECT_EQ(dueOf(list, "III/regulator_recovery#1"), "pending");
    EXPECT_EQ(dueOf(list, "III/regulator_summary#1"), "pending");
    // Owed only once a preliminary report is filed.
    EXPECT_EQ(dueOf(list, "III/regulator_supplementary#1"), "missing");

    const ObligationInstance *phone = find(list, QStringLiteral("III/regulator_phone#1"));
    ASSERT_NE(phone, nullptr);
    EXPECT_EQ(phone->recipient, Recipient::LocalCsrcBureau);
    EXPECT_EQ(phone->form, ReportForm::Phone);
    EXPECT_EQ(phone->anchor, DeadlineAnchor::Graded);
    EXPECT_EQ(phone->anchorAt, bj(2025, 6, 4, 10, 2));
    EXPECT_EQ(phone->due->timeSpec(), Qt::UTC);
    EXPECT_EQ(find(list, QStringLiteral("III/internal_phone#1"))->recipient,
              Recipient::InternalLeadership);
    EXPECT_EQ(find(list, QStringLiteral("III/regulator_summary#1"))->alsoMetBy,
              QList<ReportForm>{ReportForm::Preliminary});
}

TEST(ObligationPlanner, RegulatorIsTheCsrcForCoreInstitutions)
{
    for (InstitutionType type : allInstitutionTypes()) {
        const auto list = planIII(downSince10(), bj(2025, 6, 4, 10, 40), type);
        const ObligationInstance *phone = find(list, QStringLiteral("III/regulator_phone#1"));
        ASSERT_NE(phone, nullptr);
        EXPECT_EQ(phone->recipient,
                  isCoreInstitution(type) ? Recipient::Csrc : Recipient::LocalCsrcBureau)
            << str(institutionTypeId(type));
    }
}

TEST(ObligationPlanner, ProgressReportsRepeatUntilRecovery)
{
    const auto list = planIII(downSince10(), bj(2025, 6, 4, 12, 45));
    EXPECT_EQ(dueOf(list, "III/regulator_progress#3"), "2025-06-04T12:30:00+08:00");
    EXPECT_EQ(dueOf(list, "III/regulator_progress#4"), "2025-06-04T13:30:00+08:00"); // the next one
    EXPECT_EQ(dueOf(list, "III/regulator_progress#5"), "missing"); // never endless

    IncidentAnchors recovered = downSince10();
    recovered.recovered = bj(2025, 6, 4, 11, 45);
    const auto after = planIII(recovered, bj(2025, 6, 5, 9, 0));
    EXPECT_EQ(dueOf(after, "III/regulator_progress#2"), "2025-06-04T11:30:00+08:00");
    EXPECT_EQ(dueOf(after, "III/regulator_progress#3"), "missing");
    EXPECT_EQ(dueOf(after, "III/regulator_recovery#1"), "2025-06-04T12:45:00+08:00");

    IncidentAnchors quick = downSince10();
    quick.recovered = bj(2025, 6, 4, 10, 29);
    EXPECT_EQ(dueOf(planIII(quick, bj(2025, 6, 4, 11, 0)), "III/regulator_progress#1"), "missing");
}

TEST(ObligationPlanner, SummaryInWorkingDaysAcrossAWeekend)
{
    IncidentAnchors a = downSince10();
    a.recovered = bj(2025, 6, 6, 10, 0); // a Friday
    EXPECT_EQ(dueOf(planIII(a, bj(2025, 6, 6, 11, 0)), "III/regulator_summary#1"),
              "2025-06-14T00:00:00+08:00");
}

TEST(ObligationPlanner, SummaryAcrossNationalDayAndAMakeUpWorkday)
{
    // 2026: Oct 1-7 holidays; Sat Oct 10 is a make-up workday: Oct 8, 9, 10, 12, 13.
    IncidentAnchors a;
    a.detected = bj(2026, 9, 30, 9, 0);
    a.graded = bj(2026, 9, 30, 9, 5);
    a.recovered = bj(2026, 9, 30, 10, 0);
    EXPECT_EQ(dueOf(planIII(a, bj(2026, 9, 30, 11, 0)), "III/regulator_summary#1"),
              "2026-10-14T00:00:00+08:00");
    // 2025: Oct 1-8 holidays; Sat Oct 11 is a make-up workday: Oct 9, 10, 11, 13, 14.
    a.recovered = bj(2025, 9, 30, 10, 0);
    EXPECT_EQ(dueOf(planIII(a, bj(2025, 9, 30, 11, 0)), "III/regulator_summary#1"),
              "2025-10-15T00:00:00+08:00");
}

TEST(ObligationPlanner, OneWorkingDayFromFridayEndsOnTheMakeUpSaturday)
{
    IncidentAnchors a;
    a.detected = bj(2026, 10, 9, 15, 0);
    a.graded = bj(2026, 10, 9, 16, 0);
    const auto list =
        ObligationPlanner::plan(csrc2012(), QStringLiteral("IV"), a, bj(2026, 10, 9, 16, 5),
                                calendar(), InstitutionType::Futures);
    EXPECT_EQ(dueOf(list, "IV/regulator_written_initial#1"), "2026-10-11T00:00:00+08:00");
}

TEST(ObligationPlanner, WorkingDayDeadlineTimeComesFromTheFile)
{
    ObligationDefinition d;
    d.unit = DeadlineUnit::WorkingDays;
    d.amount = 5;
    const QDateTime anchor = bj(2025, 6, 6, 10, 0);
    EXPECT_EQ(str(ObligationPlanner::dueTime(d, anchor, 17 * 60, calendar())),
              "2025-06-13T17:00:00+08:00");
    EXPECT_EQ(str(ObligationPlanner::dueTime(d, anchor, 24 * 60, calendar())),
              "2025-06-14T00:00:00+08:00");
    d.unit = DeadlineUnit::Minutes;
    d.amount = 90;
    EXPECT_EQ(str(ObligationPlanner::dueTime(d, anchor, 17 * 60, calendar())),
              "2025-06-06T11:30:00+08:00");
}

TEST(ObligationPlanner, PreliminaryReportCreatesTheSupplementaryObligation)
{
    IncidentAnchors a = downSince10();
    a.recovered = bj(2025, 6, 4, 10, 20);
    a.preliminarySubmitted = bj(2025, 6, 9, 15, 0);
    const auto list = planIII(a, bj(2025, 6, 9, 16, 0));
    EXPECT_EQ(dueOf(list, "III/regulator_supplementary#1"),
              "2025-06-24T00:00:00+08:00"); // 10 working days
}

TEST(ObligationPlanner, WarningAndItsLifting)
{
    IncidentAnchors a;
    a.detected = bj(2025, 6, 4, 8, 0);
    auto list =
        ObligationPlanner::plan(csrc2021(), QStringLiteral("warning"), a, bj(2025, 6, 4, 8, 5),
                                calendar(), InstitutionType::StockExchange);
    EXPECT_EQ(dueOf(list, "warning/warning_report#1"), "2025-06-04T08:30:00+08:00");
    EXPECT_EQ(dueOf(list, "warning/warning_lifted_report#1"), "pending");
    a.warningLifted = bj(2025, 6, 4, 9, 0);
    list = ObligationPlanner::plan(csrc2021(), QStringLiteral("warning"), a, bj(2025, 6, 4, 9, 5),
                                   calendar(), InstitutionType::StockExchange);
    EXPECT_EQ(dueOf(list, "warning/warning_lifted_report#1"), "2025-06-04T09:30:00+08:00");
    EXPECT_EQ(find(list, QStringLiteral("warning/warning_lifted_report#1"))->recipient,
              Recipient::Csrc);
    EXPECT_TRUE(ObligationPlanner::plan(csrc2021(), QStringLiteral("none"), a, bj(2025, 6, 4, 9, 5),
                                        calendar(), InstitutionType::StockExchange)
                    .isEmpty());
}

TEST(ObligationStatus, OnTimeVersusLateByOneMinute)
{
    const auto list = planIII(downSince10(), bj(2025, 6, 4, 10, 40));
    const ObligationInstance &phone = *find(list, QStringLiteral("III/regulator_phone#1"));
    const QDateTime due = bj(2025, 6, 4, 10, 32);
    ObligationRecords records;

    auto s = ObligationStatus::of(phone, records, due.addSecs(-60));
    EXPECT_EQ(s.state, ObligationState::Due);
    EXPECT_EQ(s.remainingSeconds, 60);
    EXPECT_EQ(ObligationStatus::of(phone, records, due).state, ObligationState::Due);
    s = ObligationStatus::of(phone, records, due.addSecs(60));
    EXPECT_EQ(s.state, ObligationState::Overdue);
    EXPECT_EQ(s.lateSeconds, 60);

    records.submissions.insert(phone.key(), due);
    s = ObligationStatus::of(phone, records, due.addSecs(3600));
    EXPECT_EQ(s.state, ObligationState::SubmittedOnTime);
    EXPECT_EQ(s.lateSeconds, 0);

    records.submissions.insert(phone.key(), due.addSecs(60));
    s = ObligationStatus::of(phone, records, due.addSecs(3600));
    EXPECT_EQ(s.state, ObligationState::SubmittedLate);
    EXPECT_EQ(s.lateSeconds, 60);
    EXPECT_EQ(obligationStateId(s.state), QStringLiteral("submitted_late"));
    EXPECT_TRUE(s.isMet());
}

TEST(ObligationStatus, WaivedPendingAndClosing)
{
    const QDateTime now = bj(2025, 6, 4, 10, 40);
    const auto list = planIII(downSince10(), now);
    const ObligationInstance &summary = *find(list, QStringLiteral("III/regulator_summary#1"));
    ObligationRecords records;
    EXPECT_EQ(ObligationStatus::of(summary, records, now).state, ObligationState::PendingAnchor);
    records.waived.insert(summary.key());
    EXPECT_EQ(ObligationStatus::of(summary, records, now).state, ObligationState::Waived);
    records.submissions.insert(summary.key(), now); // a submission wins over a waiver
    EXPECT_EQ(ObligationStatus::of(summary, records, now).state, ObligationState::SubmittedOnTime);

    EXPECT_FALSE(allObligationsMet(list, records, now));
    EXPECT_EQ(nextObligationDeadline(list, records, now), bj(2025, 6, 4, 11, 30)); // progress #2
    for (const ObligationInstance &o : list)
        records.waived.insert(o.key());
    EXPECT_TRUE(allObligationsMet(list, records, now));
    EXPECT_FALSE(nextObligationDeadline(list, records, now));
}

TEST(ObligationPlanner, ARiseAddsTheNewGradesObligationsAndKeepsWhatWasMet)
{
    const QList<GradeChange> history{{III, bj(2025, 6, 4, 10, 2)},
                                     {QStringLiteral("II"), bj(2025, 6, 4, 10, 50)}};
    QHash<QString, QDateTime> submitted{
        {QStringLiteral("III/internal_phone#1"), bj(2025, 6, 4, 10, 10)},
        {QStringLiteral("III/regulator_phone#1"), bj(2025, 6, 4, 10, 20)},
        {QStringLiteral("III/regulator_progress#1"), bj(2025, 6, 4, 10, 30)}};
    const QDateTime now = bj(2025, 6, 4, 11, 0);
    const auto list =
        ObligationPlanner::planHistory(csrc2012(), history, downSince10(), now, calendar(),
                                       InstitutionType::Securities, submitted);
    EXPECT_EQ(
        keys(list),
        (QStringList{
            QStringLiteral("III/internal_phone#1"), QStringLiteral("III/regulator_progress#1"),
            QStringLiteral("III/regulator_phone#1"), QStringLiteral("II/internal_phone#1"),
            QStringLiteral("II/regulator_phone#1"), QStringLiteral("II/regulator_progress#2"),
            QStringLiteral("II/regulator_written_initial#1"),
            QStringLiteral("II/regulator_recovery#1"), QStringLiteral("II/regulator_summary#1")}));
    // The new grade counts "graded" from the rise.
    EXPECT_EQ(dueOf(list, "II/internal_phone#1"), "2025-06-04T11:05:00+08:00");
    EXPECT_EQ(dueOf(list, "II/regulator_phone#1"), "2025-06-04T11:20:00+08:00");
    EXPECT_EQ(dueOf(list, "II/regulator_written_initial#1"), "2025-06-04T12:50:00+08:00");
    // The progress series continues under the new grade.
    EXPECT_EQ(dueOf(list, "II/regulator_progress#2"), "2025-06-04T11:30:00+08:00");

    ObligationRecords records;
    records.submissions = submitted;
    EXPECT_EQ(
        ObligationStatus::of(*find(list, QStringLiteral("III/regulator_phone#1")), records, now)
            .state,
        ObligationState::SubmittedOnTime);
}

TEST(ObligationPlanner, ARiseKeepsWhatWasAlreadyOverdue)
{
    // Nothing submitted; the III phone report was due at 10:32, before the rise at 10:50.
    const QList<GradeChange> history{{III, bj(2025, 6, 4, 10, 2)},
                                     {QStringLiteral("II"), bj(2025, 6, 4, 10, 50)}};
    const auto list =
        ObligationPlanner::planHistory(csrc2012(), history, downSince10(), bj(2025, 6, 4, 11, 0),
                                       calendar(), InstitutionType::Securities, {});
    EXPECT_EQ(dueOf(list, "III/regulator_phone#1"), "2025-06-04T10:32:00+08:00");
    EXPECT_EQ(dueOf(list, "III/regulator_progress#1"), "2025-06-04T10:30:00+08:00");
    EXPECT_EQ(dueOf(list, "III/regulator_written_initial#1"), "missing"); // superseded by II's
    EXPECT_EQ(dueOf(list, "II/regulator_progress#1"), "missing");
}

TEST(ObligationPlanner, ANewObligationDueBeforeTheRiseIsDueAtTheRise)
{
    // IV has no recovery report and no regulator phone; III's count from the rise. A custom set
    // checks the rule for definitions counted from detection.
    auto set = RuleSet::parse(R"({
      "id": "t", "version": 1, "title": {"zh": "t", "en": "t"}, "source": "test", "applies_to": ["fund"],
      "grades": [{"id": "B", "name": {"zh": "乙", "en": "B"}, "rank": 2, "colour": "#000000"},
                 {"id": "C", "name": {"zh": "丙", "en": "C"}, "rank": 1, "colour": "#000000"}],
      "systems": [{"id": "s", "name": {"zh": "s", "en": "s"}}],
      "rules": [{"id": "r", "grade": "C", "source": "test", "description": {"zh": "r", "en": "r"},
                 "when": {"fact": "recovered", "==": false}}],
      "reporting": {"working_day_deadline": "24:00", "obligations": {"B": [
        {"id": "early", "recipient": "exchange", "form": "written_initial", "anchor": "detected", "minutes": 10,
         "description": {"zh": "e", "en": "e"}, "source": "test"}]}}
    })",
                              QStringLiteral("t.json"));
    ASSERT_TRUE(set.ok()) << str(set.error());
    const QList<GradeChange> history{{QStringLiteral("C"), bj(2025, 6, 4, 10, 0)},
                                     {QStringLiteral("B"), bj(2025, 6, 4, 11, 0)}};
    const auto list = ObligationPlanner::planHistory(
        *set, history, downSince10(), bj(2025, 6, 4, 11, 1), calendar(), InstitutionType::Fund, {});
    EXPECT_EQ(dueOf(list, "B/early#1"), "2025-06-04T11:00:00+08:00");
    EXPECT_EQ(find(list, QStringLiteral("B/early#1"))->recipient, Recipient::Exchange);
}

TEST(ObligationPlanner, SameInputsAfterARestartGiveTheSameList)
{
    const QList<GradeChange> history{{QStringLiteral("IV"), bj(2025, 6, 4, 10, 1)},
                                     {III, bj(2025, 6, 4, 10, 5)}};
    const QHash<QString, QDateTime> submitted{
        {QStringLiteral("IV/internal_phone#1"), bj(2025, 6, 4, 10, 3)}};
    const auto first =
        ObligationPlanner::planHistory(csrc2021(), history, downSince10(), bj(2025, 6, 4, 13, 0),
                                       calendar(), InstitutionType::Futures, submitted);
    const auto second =
        ObligationPlanner::planHistory(csrc2021(), history, downSince10(), bj(2025, 6, 4, 13, 0),
                                       calendar(), InstitutionType::Futures, submitted);
    EXPECT_EQ(first, second);
    EXPECT_FALSE(first.isEmpty());
}

} // namespace
} // namespace dd::test
