#include "access/first_run_wizard.h"
#include "access/sign_in_dialog.h"
#include "settings/add_operator_dialog.h"
#include "ui_fixture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

constexpr int MinimumColours = 12;

class Dialogs : public ::testing::TestWithParam<const char *> {};

void settle(QWidget &w)
{
    w.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&w));
    QApplication::processEvents();
}

} // namespace

// Each dialog draws in both languages; the pictures go beside the page screenshots.
TEST_P(Dialogs, DrawInBothLanguages)
{
    const QString lang = QString::fromLatin1(GetParam());
    test::UiFixture f(lang);
    f.addOperator(QStringLiteral("zhangwei"), QStringLiteral("张伟"), QStringLiteral("2468"),
                  {Role::DutyOfficer});
    {
        SignInDialog dialog(f.context, SignInDialog::Mode::SignIn);
        settle(dialog);
        dialog.findChild<QComboBox *>(QStringLiteral("operator"))
            ->setEditText(QStringLiteral("zhangwei"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("pin")),
                         QStringLiteral("0000"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("pin")), Qt::Key_Return);
        QApplication::processEvents();
        EXPECT_GT(test::distinctColours(
                      test::saveScreenshot(dialog, lang + QStringLiteral("-dialog-sign-in"))),
                  MinimumColours);
    }
    f.signInAdmin();
    {
        SignInDialog dialog(f.context, SignInDialog::Mode::HandOver);
        settle(dialog);
        EXPECT_GT(test::distinctColours(
                      test::saveScreenshot(dialog, lang + QStringLiteral("-dialog-hand-over"))),
                  MinimumColours);
    }
    {
        SignInDialog dialog(f.context, SignInDialog::Mode::SecondPerson);
        dialog.setConfirmation(
            QStringLiteral("waive the hourly progress report of incident 2026-003"),
            Permission::Approve);
        settle(dialog);
        EXPECT_GT(test::distinctColours(
                      test::saveScreenshot(dialog, lang + QStringLiteral("-dialog-second-person"))),
                  MinimumColours);
    }
    {
        AddOperatorDialog dialog(f.context);
        settle(dialog);
        EXPECT_GT(test::distinctColours(
                      test::saveScreenshot(dialog, lang + QStringLiteral("-dialog-add-operator"))),
                  MinimumColours);
    }
    {
        test::TempBackend fresh;
        FirstRunWizard wizard(fresh->operators());
        wizard.resize(640, 480);
        settle(wizard);
        EXPECT_GT(test::distinctColours(
                      test::saveScreenshot(wizard, lang + QStringLiteral("-wizard-1-institution"))),
                  MinimumColours);
        wizard.findChild<QLineEdit *>(QStringLiteral("institutionName"))
            ->setText(QStringLiteral("华东证券"));
        wizard.next();
        QApplication::processEvents();
        EXPECT_GT(test::distinctColours(test::saveScreenshot(
                      wizard, lang + QStringLiteral("-wizard-2-administrator"))),
                  MinimumColours);
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, Dialogs, ::testing::Values("zh_CN", "en"));
