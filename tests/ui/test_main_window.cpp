#include "access/sign_in_dialog.h"
#include "shell/main_window.h"
#include "shell/page_registry.h"
#include "storage/database.h"
#include "ui_fixture.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPixmap>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

// A page that is more than an empty rectangle: text and frames give many colours.
constexpr int MinimumColours = 24;

void showAndSettle(QWidget &window)
{
    window.show();
    window.activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
}

class EveryPage : public ::testing::TestWithParam<const char *> {};

} // namespace

TEST_P(EveryPage, BuildsAndDrawsInsideTheMainWindowInBothLanguages)
{
    const QString lang = QString::fromLatin1(GetParam());
    test::UiFixture f(lang);
    f.signInAdmin();
    f.addOperator(QStringLiteral("zhangwei"), QStringLiteral("张伟"), QStringLiteral("2468"),
                  {Role::DutyOfficer, Role::DutyLeader});
    f.addOperator(QStringLiteral("lina"), QStringLiteral("李娜"), QStringLiteral("1357"),
                  {Role::ItLead});
    MainWindow window(f.context);
    window.resize(1400, 900);
    showAndSettle(window);

    const QString dir = test::screenshotDir();
    const QList<PageSpec> &pages = pageRegistry();
    for (int i = 0; i < pages.size(); ++i) {
        ASSERT_TRUE(window.showPage(pages[i].id));
        QApplication::processEvents();
        EXPECT_EQ(window.currentPageId(), pages[i].id);
        ASSERT_NE(window.page(pages[i].id), nullptr);
        const QImage shot = window.grab().toImage();
        EXPECT_EQ(shot.size(), QSize(1400, 900) * shot.devicePixelRatio());
        EXPECT_GT(test::distinctColours(shot), MinimumColours) << pages[i].id.toStdString();
        const QString file =
            QStringLiteral("%1/%2-%3-%4.png").arg(dir, lang).arg(i + 1).arg(pages[i].id);
        EXPECT_TRUE(shot.save(file)) << file.toStdString();
    }

    window.setDrillBanner(true);
    window.showPage(QStringLiteral("dashboard"));
    QApplication::processEvents();
    EXPECT_TRUE(window.isDrillBannerShown());
    window.grab().save(QStringLiteral("%1/%2-drill-banner.png").arg(dir, lang));
}

INSTANTIATE_TEST_SUITE_P(Languages, EveryPage, ::testing::Values("zh_CN", "en"));

TEST(MainWindow, CtrlTwoSwitchesToTheIncidentsPage)
{
    test::UiFixture f;
    f.signInAdmin();
    MainWindow window(f.context);
    window.resize(1000, 700);
    showAndSettle(window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("dashboard"));
    // Pages are created on first show, except the incidents page: it holds the one timer
    // armed at the next threshold or deadline, which must run from the start.
    EXPECT_EQ(window.page(QStringLiteral("roster")), nullptr);
    EXPECT_NE(window.page(QStringLiteral("incidents")), nullptr);

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("incidents"));
    EXPECT_NE(window.page(QStringLiteral("incidents")), nullptr);
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    ASSERT_NE(sidebar, nullptr);
    EXPECT_EQ(sidebar->currentRow(), 1);

    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("readiness"));
}

TEST(MainWindow, SidebarKeyboardNavigationShowsThePage)
{
    test::UiFixture f;
    MainWindow window(f.context);
    showAndSettle(window);
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    ASSERT_NE(sidebar, nullptr);
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Down);
    QTest::keyClick(sidebar, Qt::Key_Down);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("roster"));
}

TEST(MainWindow, EveryTextIsRetranslatedOnLanguageChange)
{
    test::UiFixture f;
    f.signInAdmin();
    MainWindow window(f.context);
    showAndSettle(window);
    for (const PageSpec &spec : pageRegistry())
        window.showPage(spec.id);

    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QApplication::processEvents();
    const auto translated = [](const QString &text) {
        return text.startsWith(QStringLiteral("⟦"));
    };

    EXPECT_TRUE(translated(window.windowTitle())) << window.windowTitle().toStdString();
    for (QAction *menu : window.menuBar()->actions())
        EXPECT_TRUE(translated(menu->text())) << menu->text().toStdString();
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    for (int i = 0; i < sidebar->count(); ++i)
        EXPECT_TRUE(translated(sidebar->item(i)->text())) << sidebar->item(i)->text().toStdString();
    for (const PageSpec &spec : pageRegistry()) {
        // The dashboard's heading is its status banner ("Normal — no open incident").
        auto *title = window.page(spec.id)->findChild<QLabel *>(
            spec.id == QLatin1String("dashboard") ? QStringLiteral("statusHeadline")
                                                  : QStringLiteral("pageTitle"));
        ASSERT_NE(title, nullptr) << spec.id.toStdString();
        EXPECT_TRUE(translated(title->text())) << title->text().toStdString();
    }
    for (auto *box : window.page(QStringLiteral("settings"))->findChildren<QGroupBox *>())
        EXPECT_TRUE(translated(box->title())) << box->title().toStdString();
    auto *status = window.statusBar()->findChild<QLabel *>(QStringLiteral("operatorStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(translated(status->text())) << status->text().toStdString();

    QCoreApplication::removeTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_EQ(sidebar->item(0)->text(), QStringLiteral("Dashboard"));
}

TEST(MainWindow, HandOverSignsThePreviousOperatorOutNamingTheNext)
{
    test::UiFixture f;
    f.signInAdmin();
    f.addOperator(QStringLiteral("zhangwei"), QStringLiteral("张伟"), QStringLiteral("2468"),
                  {Role::DutyOfficer});
    MainWindow window(f.context);
    showAndSettle(window);

    bool driven = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(dialog->findChild<QComboBox *>(QStringLiteral("operator"))->lineEdit(),
                         QStringLiteral("zhangwei"));
        auto *pin = dialog->findChild<QLineEdit *>(QStringLiteral("pin"));
        QTest::keyClicks(pin, QStringLiteral("2468"));
        QTest::keyClick(pin, Qt::Key_Return);
        driven = dialog->result() == QDialog::Accepted;
        if (!driven)
            dialog->reject(); // never leave the test waiting in exec()
    });
    // Should the dialog not be driven, never leave the test waiting in exec().
    QTimer::singleShot(10000, &window, [] {
        if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            modal->reject();
    });
    window.signInOrHandOver();
    ASSERT_TRUE(driven);
    EXPECT_EQ(f.session.actor().login(), QStringLiteral("zhangwei"));

    auto latest = f.backend->audit().latest(2);
    ASSERT_TRUE(latest.ok());
    QStringList actions;
    for (const AuditRecord &r : *latest)
        actions << r.action + QStringLiteral(":") + r.actor;
    EXPECT_TRUE(actions.contains(QStringLiteral("access.sign_out:admin")))
        << actions.join(u' ').toStdString();
    EXPECT_TRUE(actions.contains(QStringLiteral("access.sign_in:zhangwei")))
        << actions.join(u' ').toStdString();
    EXPECT_TRUE(latest->first().after.contains(QStringLiteral("zhangwei"))
                || latest->last().after.contains(QStringLiteral("zhangwei")));

    window.signOut();
    EXPECT_FALSE(f.session.isSignedIn());
}

TEST(MainWindow, ReadOnlyWindowOffersNoSignIn)
{
    test::UiFixture f;
    f.context.readOnly = true;
    MainWindow window(f.context);
    showAndSettle(window);
    auto *button = window.findChild<QWidget *>(QStringLiteral("signInButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isVisible());
    window.signInOrHandOver(); // does nothing, opens nothing
    EXPECT_FALSE(f.session.isSignedIn());
    test::saveScreenshot(window, QStringLiteral("en-read-only-window"));
}

TEST(MainWindow, NobodySignedInShowsAReadOnlyViewerWithASignInButton)
{
    test::UiFixture f;
    f.backend.admin();
    MainWindow window(f.context);
    window.resize(1400, 900);
    showAndSettle(window);
    window.showPage(QStringLiteral("settings"));
    QApplication::processEvents();
    auto *button = window.findChild<QPushButton *>(QStringLiteral("signInButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isVisible());
    EXPECT_TRUE(button->text().startsWith(QStringLiteral("Sign in")));
    auto *status = window.findChild<QLabel *>(QStringLiteral("operatorStatus"));
    EXPECT_TRUE(status->text().contains(QStringLiteral("read only")))
        << status->text().toStdString();
    test::saveScreenshot(window, QStringLiteral("en-not-signed-in-settings"));
}

// Issue 12: while the shared server cannot be reached, every page says so and that nothing can
// be saved; the banner goes when the connection is back. (The Database's own detection and
// reconnect run against a real server in PgOwnServer; here the state is set directly.)
TEST(MainWindow, ALostConnectionShowsARedBannerUntilItIsBack)
{
    for (const char *language : {"zh_CN", "en"}) {
        const QString lang = QString::fromLatin1(language);
        test::UiFixture f(lang);
        f.signInAdmin();
        MainWindow window(f.context);
        window.resize(1400, 900);
        showAndSettle(window);
        auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
        ASSERT_NE(banner, nullptr);
        EXPECT_FALSE(window.isConnectionBannerShown());

        ConnectionState &link = f.backend->database().connectionState();
        link.markLost(QDateTime::currentDateTimeUtc(),
                      QStringLiteral("server closed the connection unexpectedly"));
        QApplication::processEvents();
        EXPECT_TRUE(window.isConnectionBannerShown()) << language;
        EXPECT_TRUE(banner->text().contains(f.backend->database().path())) << language;
        EXPECT_TRUE(banner->text().contains(QStringLiteral("server closed the connection")));
        if (lang == QLatin1String("en"))
            EXPECT_TRUE(banner->text().contains(QStringLiteral("Nothing can be saved")))
                << banner->text().toStdString();
        else
            EXPECT_TRUE(banner->text().contains(QStringLiteral("无法保存")))
                << banner->text().toStdString();
        test::saveScreenshot(window, lang + QStringLiteral("-connection-lost"));

        link.markRestored();
        QApplication::processEvents();
        EXPECT_FALSE(window.isConnectionBannerShown());
        EXPECT_FALSE(window.statusBar()->currentMessage().isEmpty());
    }
}
