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
