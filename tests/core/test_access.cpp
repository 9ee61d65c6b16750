#include "access/operator_repository.h"
#include "access/secret_hash.h"
#include "temp_database.h"

#include <gtest/gtest.h>

using namespace dd;

namespace {
NewOperator person(const QString &login, QList<Role> roles,
                   const QString &pin = QStringLiteral("2468"))
{
    return {login, login.toUpper(), pin, std::move(roles)};
}
} // namespace

TEST(SecretHash, Argon2idRoundTrip)
{
    auto h = hashSecret(QStringLiteral("1234"));
    ASSERT_TRUE(h.ok());
    EXPECT_TRUE(h->startsWith(QStringLiteral("$argon2id$")));
    EXPECT_TRUE(verifySecret(QStringLiteral("1234"), *h));
    EXPECT_FALSE(verifySecret(QStringLiteral("1235"), *h));
    EXPECT_NE(*hashSecret(QStringLiteral("1234")), *h) << "salted";
}

TEST(Operators, FirstRunCreatesAdministratorAndInstitutionOnce)
{
    test::TempBackend backend;
    EXPECT_FALSE(*backend->operators().hasOperators());
    const Actor admin = backend.admin();
    EXPECT_TRUE(admin.hasRole(Role::Administrator));
    EXPECT_TRUE(*backend->operators().hasOperators());
    EXPECT_EQ(backend->settings().institution()->name, QStringLiteral("测试证券"));
    auto again = backend->operators().createFirstAdministrator(
        {}, person(QStringLiteral("other"), {Role::Administrator}));
    EXPECT_FALSE(again.ok());
}

TEST(Operators, SignInChecksThePinAndAuditsEveryAttempt)
{
    test::TempBackend backend;
    backend.admin();
    const qint64 before = *backend->audit().count();
    EXPECT_TRUE(backend->operators().signIn(QStringLiteral("admin"), QStringLiteral("1000")).ok());
    auto wrong = backend->operators().signIn(QStringLiteral("admin"), QStringLiteral("9999"));
    EXPECT_FALSE(wrong.ok());
    auto unknown = backend->operators().signIn(QStringLiteral("nobody"), QStringLiteral("1000"));
    EXPECT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error(), unknown.error()) << "no hint which part was wrong";
    EXPECT_EQ(*backend->audit().count(), before + 3);
    EXPECT_EQ(backend->audit().latest(1)->first().action, QStringLiteral("access.sign_in_refused"));
}

TEST(Operators, ViewerCannotWriteAndTheRepositoryRefuses)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    ASSERT_TRUE(
        backend->operators().add(admin, person(QStringLiteral("viewer"), {Role::Viewer})).ok());
    auto viewer = backend->operators().signIn(QStringLiteral("viewer"), QStringLiteral("2468"));
    ASSERT_TRUE(viewer.ok());
    const qint64 auditBefore = *backend->audit().count();
    InstitutionProfile p = *backend->settings().institution();
    p.name = QStringLiteral("不该保存");
    Status saved = backend->settings().saveInstitution(*viewer, p);
    EXPECT_FALSE(saved.ok());
    EXPECT_FALSE(backend->operators()
                     .add(*viewer, person(QStringLiteral("sneaky"), {Role::Administrator}))
                     .ok());
    EXPECT_EQ(backend->settings().institution()->name, QStringLiteral("测试证券"));
    EXPECT_EQ(*backend->audit().count(), auditBefore);
}

TEST(Operators, DutyOfficerMayEditDutyDataButNotSettings)
{
    const Actor officer = Actor::operatorAccount(2, QStringLiteral("zw"), QStringLiteral("张伟"),
                                                 {Role::DutyOfficer});
    EXPECT_TRUE(officer.can(Permission::EditDutyData));
    EXPECT_TRUE(officer.can(Permission::DeclareIncident));
    EXPECT_FALSE(officer.can(Permission::Approve));
    EXPECT_FALSE(officer.can(Permission::ManageSettings));
    const Actor leader =
        Actor::operatorAccount(3, QStringLiteral("ln"), QStringLiteral("李娜"), {Role::DutyLeader});
    EXPECT_TRUE(leader.can(Permission::Approve));
    EXPECT_FALSE(Actor::nobody().can(Permission::EditDutyData));
    EXPECT_TRUE(Actor::nobody().can(Permission::Read));
}

TEST(Operators, SecondPersonMustBeSomeoneElseWithThePermission)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    ASSERT_TRUE(backend->operators()
                    .add(admin, person(QStringLiteral("officer"), {Role::DutyOfficer}))
                    .ok());
    ASSERT_TRUE(
        backend->operators().add(admin, person(QStringLiteral("leader"), {Role::DutyLeader})).ok());
    const Actor officer =
        *backend->operators().signIn(QStringLiteral("officer"), QStringLiteral("2468"));
    const QString what = QStringLiteral("waive report");

    auto self = backend->operators().confirmSecondPerson(
        officer, QStringLiteral("officer"), QStringLiteral("2468"), Permission::Approve, what);
    EXPECT_FALSE(self.ok());
    auto lacking = backend->operators().confirmSecondPerson(
        *backend->operators().signIn(QStringLiteral("leader"), QStringLiteral("2468")),
        QStringLiteral("officer"), QStringLiteral("2468"), Permission::Approve, what);
    EXPECT_FALSE(lacking.ok()) << "a duty officer may not approve";
    auto wrongPin = backend->operators().confirmSecondPerson(
        officer, QStringLiteral("leader"), QStringLiteral("0000"), Permission::Approve, what);
    EXPECT_FALSE(wrongPin.ok());
    auto ok = backend->operators().confirmSecondPerson(
        officer, QStringLiteral("leader"), QStringLiteral("2468"), Permission::Approve, what);
    ASSERT_TRUE(ok.ok()) << ok.error().toStdString();
    EXPECT_EQ(ok->login(), QStringLiteral("leader"));
    EXPECT_EQ(backend->audit().latest(1)->first().action, QStringLiteral("access.confirm"));
}

TEST(Operators, ValidationNamesTheField)
{
    EXPECT_TRUE(OperatorRepository::validate(person(QStringLiteral("a b"), {Role::Viewer}))
                    .error()
                    .startsWith(QStringLiteral("Login")));
    EXPECT_TRUE(OperatorRepository::validate(
                    person(QStringLiteral("ab"), {Role::Viewer}, QStringLiteral("12")))
                    .error()
                    .startsWith(QStringLiteral("PIN")));
    EXPECT_TRUE(OperatorRepository::validate(person(QStringLiteral("ab"), {}))
                    .error()
                    .startsWith(QStringLiteral("Roles")));
    EXPECT_TRUE(
        OperatorRepository::validate(
            {QStringLiteral("ab"), QStringLiteral(" "), QStringLiteral("1234"), {Role::Viewer}})
            .error()
            .startsWith(QStringLiteral("Name")));
}

TEST(Operators, DuplicateLoginIsRefusedCaseInsensitively)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    auto dup = backend->operators().add(admin, person(QStringLiteral("ADMIN"), {Role::Viewer}));
    EXPECT_FALSE(dup.ok());
}

TEST(Operators, DeactivatedOperatorCannotSignIn)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    auto id =
        backend->operators().add(admin, person(QStringLiteral("leaver"), {Role::DutyOfficer}));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(backend->operators().setActive(admin, *id, false).ok());
    EXPECT_FALSE(
        backend->operators().signIn(QStringLiteral("leaver"), QStringLiteral("2468")).ok());
    EXPECT_FALSE(backend->operators().setActive(admin, admin.operatorId(), false).ok())
        << "not yourself";
}

TEST(Operators, SecretChangeIsAuditedWithoutTheHash)
{
    test::TempBackend backend;
    const Actor admin = backend.admin();
    ASSERT_TRUE(
        backend->operators().setSecret(admin, admin.operatorId(), QStringLiteral("87654321")).ok());
    EXPECT_TRUE(
        backend->operators().signIn(QStringLiteral("admin"), QStringLiteral("87654321")).ok());
    const auto rows = *backend->audit().latest(5);
    for (const AuditRecord &r : rows) {
        EXPECT_FALSE(r.after.contains(QStringLiteral("argon2")));
        EXPECT_FALSE(r.before.contains(QStringLiteral("argon2")));
    }
}
