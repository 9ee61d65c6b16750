#include "access/first_run_wizard.h"
#include "access/sign_in_dialog.h"
#include "common/inline_message.h"
#include "ui_fixture.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

void type(SignInDialog &dialog, const QString &login, const QString &pin)
{
    auto *chooser = dialog.findChild<QComboBox *>(QStringLiteral("operator"));
    auto *pinField = dialog.findChild<QLineEdit *>(QStringLiteral("pin"));
    ASSERT_NE(chooser, nullptr);
    ASSERT_NE(pinField, nullptr);
    chooser->lineEdit()->clear();
    QTest::keyClicks(chooser->lineEdit(), login);
    pinField->clear();
    QTest::keyClicks(pinField, pin);
    QTest::keyClick(pinField, Qt::Key_Return);
}

} // namespace

TEST(SignInDialog, WrongPinShowsTheErrorAndStaysOpenRightPinSignsIn)
{
    test::UiFixture f;
    f.backend.admin();
    f.addOperator(QStringLiteral("zhangwei"), QStringLiteral("张伟"), QStringLiteral("2468"),
                  {Role::DutyOfficer});
    SignInDialog dialog(f.context, SignInDialog::Mode::SignIn);
    dialog.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    auto *chooser = dialog.findChild<QComboBox *>(QStringLiteral("operator"));
    EXPECT_EQ(chooser->count(), 2);
    EXPECT_GE(chooser->findText(QStringLiteral("张伟 (zhangwei)")), 0);
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("pin"))->echoMode(),
              QLineEdit::Password);

    type(dialog, QStringLiteral("zhangwei"), QStringLiteral("9999"));
    auto *error = dialog.findChild<InlineMessage *>(QStringLiteral("error"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.actor().kind(), Actor::Kind::Nobody);

    type(dialog, QStringLiteral("zhangwei"), QStringLiteral("2468"));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.actor().login(), QStringLiteral("zhangwei"));
    EXPECT_EQ(dialog.actor().displayName(), QStringLiteral("张伟"));
}

TEST(SignInDialog, ChoosingANameFromTheListSignsThatPersonIn)
{
    test::UiFixture f;
    f.backend.admin();
    SignInDialog dialog(f.context, SignInDialog::Mode::SignIn);
    dialog.show();
    auto *chooser = dialog.findChild<QComboBox *>(QStringLiteral("operator"));
    chooser->setCurrentIndex(chooser->findData(QStringLiteral("admin")));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("pin")), QStringLiteral("1000"));
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("pin")), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.actor().login(), QStringLiteral("admin"));
}

TEST(SignInDialog, SecondPersonModeRefusesTheSamePersonAndAcceptsAnother)
{
    test::UiFixture f;
    f.signInAdmin();
    f.addOperator(QStringLiteral("lina"), QStringLiteral("李娜"), QStringLiteral("1357"),
                  {Role::ItLead});
    SignInDialog dialog(f.context, SignInDialog::Mode::SecondPerson);
    dialog.setConfirmation(QStringLiteral("waive the 30-minute report"), Permission::Approve);
    dialog.show();

    type(dialog, QStringLiteral("admin"), QStringLiteral("1000"));
    auto *error = dialog.findChild<InlineMessage *>(QStringLiteral("error"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("second person")))
        << error->text().toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);

    type(dialog, QStringLiteral("lina"), QStringLiteral("1357"));
    EXPECT_EQ(dialog.result(), QDialog::Accepted)
        << error->text().toStdString() << " typed: "
        << dialog.findChild<QComboBox *>(QStringLiteral("operator"))->currentText().toStdString();
    EXPECT_EQ(dialog.actor().login(), QStringLiteral("lina"));
    EXPECT_EQ(f.session.actor().login(), QStringLiteral("admin")); // nothing changed hands
    EXPECT_EQ(f.backend->audit().latest(1)->first().action, QStringLiteral("access.confirm"));
}

TEST(FirstRunWizard, CreatesTheAdministratorAndTheInstitution)
{
    test::TempBackend backend;
    FirstRunWizard wizard(backend->operators());
    wizard.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    // An unnamed institution stops on the first page.
    wizard.next();
    EXPECT_EQ(wizard.currentId(), 0);
    EXPECT_TRUE(wizard.findChild<InlineMessage *>(QStringLiteral("institutionError"))->isVisible());

    // (QTest types ASCII only.)
    wizard.findChild<QLineEdit *>(QStringLiteral("institutionName"))
        ->setText(QStringLiteral("华东证券股份有限公司"));
    auto *kind = wizard.findChild<QComboBox *>(QStringLiteral("institutionType"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("securities")));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), 1);

    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("login")),
                     QStringLiteral("chief"));
    wizard.findChild<QLineEdit *>(QStringLiteral("displayName"))->setText(QStringLiteral("王芳"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("pin")), QStringLiteral("2468"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("repeatPin")),
                     QStringLiteral("2469"));
    wizard.button(QWizard::FinishButton)->click();
    auto *error = wizard.findChild<InlineMessage *>(QStringLiteral("administratorError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Repeat PIN")))
        << error->text().toStdString();
    EXPECT_FALSE(*backend->operators().hasOperators());
    EXPECT_NE(wizard.result(), QDialog::Accepted);

    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("repeatPin")),
                     QStringLiteral("2468"));
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_EQ(wizard.administrator().login(), QStringLiteral("chief"));
    EXPECT_TRUE(wizard.administrator().hasRole(Role::Administrator));
    EXPECT_TRUE(*backend->operators().hasOperators());
    EXPECT_EQ(backend->settings().institution()->name, QStringLiteral("华东证券股份有限公司"));
    EXPECT_TRUE(backend->operators().signIn(QStringLiteral("chief"), QStringLiteral("2468")).ok());
}

TEST(FirstRunWizard, CoreRefusalIsShownOnThePage)
{
    test::TempBackend backend;
    FirstRunWizard wizard(backend->operators());
    wizard.show();
    wizard.findChild<QLineEdit *>(QStringLiteral("institutionName"))
        ->setText(QStringLiteral("某基金"));
    wizard.next();
    wizard.findChild<QLineEdit *>(QStringLiteral("login"))
        ->setText(QStringLiteral("x")); // too short
    wizard.findChild<QLineEdit *>(QStringLiteral("displayName"))->setText(QStringLiteral("某人"));
    wizard.findChild<QLineEdit *>(QStringLiteral("pin"))->setText(QStringLiteral("2468"));
    wizard.findChild<QLineEdit *>(QStringLiteral("repeatPin"))->setText(QStringLiteral("2468"));
    wizard.button(QWizard::FinishButton)->click();
    auto *error = wizard.findChild<InlineMessage *>(QStringLiteral("administratorError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Login"))) << error->text().toStdString();
    EXPECT_FALSE(*backend->operators().hasOperators());
}
