#include "institution/settings_repository.h"
#include "temp_database.h"

#include <gtest/gtest.h>

using namespace dd;

TEST(Settings, NewDatabaseLetsTheCliWriteAndAdminCanTurnItOff)
{
    test::TempBackend backend;
    EXPECT_TRUE(*backend->settings().cliWritesWithoutSignIn());
    const Actor admin = backend.admin();
    ASSERT_TRUE(backend->settings().setCliWritesWithoutSignIn(admin, false).ok());
    EXPECT_FALSE(*backend->settings().cliWritesWithoutSignIn());
    const Actor officer =
        Actor::operatorAccount(9, QStringLiteral("o"), QStringLiteral("O"), {Role::DutyOfficer});
    EXPECT_FALSE(backend->settings().setCliWritesWithoutSignIn(officer, true).ok());
}

TEST(Settings, InstitutionProfileRoundTripsAndIsAudited)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    InstitutionProfile p;
    p.name = QStringLiteral("某期货交易所");
    p.type = InstitutionType::FuturesExchange;
    p.timeZoneId = QStringLiteral("Asia/Hong_Kong");
    const Status saved = backend->settings().saveInstitution(admin, p);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(*backend->settings().institution(), p);
    EXPECT_TRUE(isCoreInstitution(p.type));
    const AuditRecord last = backend->audit().latest(1)->first();
    EXPECT_EQ(last.action, QStringLiteral("institution.update"));
    EXPECT_TRUE(last.after.contains(QStringLiteral("futures_exchange")));
}

TEST(Settings, BadProfileNamesTheField)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    InstitutionProfile p = *backend->settings().institution();
    p.timeZoneId = QStringLiteral("Mars/Olympus");
    Status s = backend->settings().saveInstitution(admin, p);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().startsWith(QStringLiteral("Time zone"))) << s.error().toStdString();
    p = *backend->settings().institution();
    p.name = QStringLiteral("  ");
    EXPECT_TRUE(backend->settings().saveInstitution(admin, p).error().startsWith(
        QStringLiteral("Institution name")));
}

TEST(Settings, UnchangedValuesWriteNoAuditRow)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    const qint64 before = *backend->audit().count();
    ASSERT_TRUE(
        backend->settings().saveInstitution(admin, *backend->settings().institution()).ok());
    EXPECT_EQ(*backend->audit().count(), before);
}

TEST(Settings, ReadinessPeriodsDefaultToTheStandardAndSaveInOneAuditedTransaction)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    auto periods = backend->settings().readinessPeriods();
    ASSERT_TRUE(periods.ok()) << periods.error().toStdString();
    EXPECT_EQ(periods->size(), 8);
    EXPECT_EQ(periods->value(QStringLiteral("readiness.period.handbook_days")), 90);
    EXPECT_EQ(periods->value(QStringLiteral("readiness.period.plan_review_months")), 12);
    EXPECT_EQ(periods->value(QStringLiteral("readiness.period.roster_days")), 30);
    EXPECT_EQ(periods->value(QStringLiteral("readiness.period.documents_check_days")), 365);
    EXPECT_EQ(periods->value(QStringLiteral("readiness.period.stocktake_days")), 180);
    EXPECT_EQ(periods->value(QStringLiteral("readiness.period.training_months")), 12);
    EXPECT_EQ(periods->value(QStringLiteral("readiness.period.drill_retention_years")), 2);
    EXPECT_EQ(periods->value(QStringLiteral("readiness.due_soon_days")), 30);

    const qint64 before = *backend->audit().count();
    const Status saved = backend->settings().saveReadinessPeriods(
        admin, {{QStringLiteral("readiness.period.handbook_days"), 60},
                {QStringLiteral("readiness.due_soon_days"), 14}});
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(*backend->audit().count(), before + 1);
    const AuditRecord last = backend->audit().latest(1)->first();
    EXPECT_EQ(last.action, QStringLiteral("readiness.periods.update"));
    EXPECT_TRUE(last.after.contains(QStringLiteral("readiness.due_soon_days")));
    periods = backend->settings().readinessPeriods();
    EXPECT_EQ(periods->value(QStringLiteral("readiness.period.handbook_days")), 60);
    EXPECT_EQ(periods->value(QStringLiteral("readiness.due_soon_days")), 14);
}

TEST(Settings, ReadinessPeriodOutOfRangeOrUnknownRefusesAllNamingTheKey)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    Status s = backend->settings().saveReadinessPeriods(
        admin, {{QStringLiteral("readiness.period.handbook_days"), 45},
                {QStringLiteral("readiness.period.stocktake_days"), 0}});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("readiness.period.stocktake_days")))
        << s.error().toStdString();
    EXPECT_TRUE(s.error().contains(QStringLiteral("from 1 to"))) << s.error().toStdString();
    // Nothing was written.
    EXPECT_EQ(backend->settings().readinessPeriods()->value(
                  QStringLiteral("readiness.period.handbook_days")),
              90);
    s = backend->settings().saveReadinessPeriods(admin, {{QStringLiteral("readiness.bogus"), 3}});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("readiness.bogus")));
    const Actor officer =
        Actor::operatorAccount(9, QStringLiteral("o"), QStringLiteral("O"), {Role::DutyOfficer});
    EXPECT_FALSE(
        backend->settings()
            .saveReadinessPeriods(officer, {{QStringLiteral("readiness.period.roster_days"), 40}})
            .ok());
}
