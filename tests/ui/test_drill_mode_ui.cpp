#include "demo/demo_generator.h"
#include "drills/drill_mode.h"
#include "drills/drill_mode_dialogs.h"
#include "drills/drill_mode_marker.h"
#include "drills/drill_repository.h"
#include "shell/main_window.h"
#include "ui_fixture.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>

using namespace dd;
using namespace dd::ui;

namespace {

const QString DrillTitle = QStringLiteral("集中交易系统切换演练");

// A production database like a real desk's (the demo company) with one approved drill.
struct DrillModeFixture {
    test::UiFixture f;
    Actor admin = Actor::nobody();
    qint64 drillId = 0;

    explicit DrillModeFixture(const QString &lang = QStringLiteral("en"))
        : f(lang)
    {
        // The demo company up to its incidents (handbook, roster, rule sets, incidents).
        for (const DemoGenerator::Step &step : DemoGenerator::steps()) {
            // A later feature's demo step may fail on its own; it writes nothing then.
            if (auto written = step.run(*f.backend, DemoScale::Small); !written)
                std::cerr << "demo step skipped: " << written.error().toStdString() << '\n';
            auto incidents = f.backend->incidents().list();
            if (!incidents || !incidents->isEmpty())
                break;
        }
        auto signedIn =
            f.backend->operators().signIn(QStringLiteral("admin"), QStringLiteral("1000"));
        EXPECT_TRUE(signedIn.ok());
        admin = signedIn ? *signedIn : Actor::nobody();
        f.session.setActor(admin);

        DrillRepository drills(f.backend->database(), f.backend->audit(), f.backend->clock());
        auto contacts = f.backend->contacts().contacts();
        EXPECT_TRUE(contacts.ok() && !contacts->isEmpty());
        Drill plan;
        plan.title = DrillTitle;
        plan.purpose = QStringLiteral("检验主备切换");
        plan.scenario = QStringLiteral("主机房断电");
        plan.plannedStart = f.backend->clock().now().addDays(1);
        plan.plannedEnd = plan.plannedStart.addSecs(7200);
        plan.participants = {contacts->first().id};
        plan.method = DrillMethod::SwitchOver;
        plan.preparation = QStringLiteral("备机检查");
        plan.recordingRequirements = QStringLiteral("记录每一步的时间");
        plan.recoveryRequirements = QStringLiteral("30 分钟内恢复交易");
        auto id = drills.savePlan(admin, plan);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        drillId = id ? *id : 0;
        auto saved = drills.drill(drillId);
        EXPECT_TRUE(saved.ok());
        EXPECT_TRUE(drills.approve(admin, drillId, saved->version).ok());
    }
};

// The drill database opened as the console would, with its own session and context.
struct DrillConsole {
    std::unique_ptr<Backend> backend;
    Session session;
    std::optional<UiContext> context;

    DrillConsole(const QString &path, DrillModeFixture &fx)
    {
        auto opened = Backend::open(path, OpenMode::ReadWrite, fx.f.backend.clock());
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        backend = std::move(*opened);
        session.setActor(*DrillMode::samePerson(*backend, fx.admin));
        context.emplace(
            UiContext{*backend, session, fx.f.language, false, DrillMode::session(*backend)});
    }
};

// Answers each modal window as it appears (dialogs run their own event loop).
class ModalAnswerer : public QObject {
public:
    explicit ModalAnswerer(std::function<bool(QWidget *)> answer)
        : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != m_last) {
                if (m_answer(modal))
                    m_last = modal;
            }
        });
        m_timer.start(20);
    }
    QStringList titles;

private:
    std::function<bool(QWidget *)> m_answer;
    QTimer m_timer;
    QWidget *m_last = nullptr;
};

void settle(QWidget &window)
{
    window.resize(1400, 900);
    window.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
}

class DrillModeUi : public ::testing::TestWithParam<const char *> {};

} // namespace

TEST_P(DrillModeUi, TheDrillConsoleCarriesTheBannerAndEveryWindowTitleSaysDrill)
{
    const QString lang = QString::fromLatin1(GetParam());
    DrillModeFixture fx(lang);
    auto path = DrillMode::start(*fx.f.backend, fx.admin, fx.drillId);
    ASSERT_TRUE(path.ok()) << path.error().toStdString();
    DrillConsole drill(*path, fx);
    ASSERT_TRUE(drill.context->drillMode());

    MainWindow window(*drill.context);
    settle(window);
    EXPECT_TRUE(window.isDrillBannerShown());
    auto *banner = test::child<QLabel>(window, "drillBanner");
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("演练 DRILL")));
    EXPECT_TRUE(banner->text().contains(DrillTitle));
    EXPECT_GT(banner->height(), 20);
    EXPECT_EQ(banner->mapTo(&window, QPoint(0, 0)).y(),
              window.centralWidget()->mapTo(&window, QPoint(0, 0)).y()); // across the top
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("[演练 DRILL] ")))
        << window.windowTitle().toStdString();
    auto *leave = window.findChild<QAction *>(QStringLiteral("leaveDrillModeAction"));
    auto *start = window.findChild<QAction *>(QStringLiteral("startDrillModeAction"));
    ASSERT_TRUE(leave && start);
    EXPECT_TRUE(leave->isVisible());
    EXPECT_FALSE(start->isVisible());
    test::saveScreenshot(window, QStringLiteral("drill-mode-console-%1").arg(lang));

    // Any other window shown meanwhile says so in its title too.
    QDialog dialog;
    dialog.setWindowTitle(QStringLiteral("Something"));
    dialog.show();
    QApplication::processEvents();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("[演练 DRILL] Something"));
    dialog.setWindowTitle(QStringLiteral("Renamed"));
    QApplication::processEvents();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("[演练 DRILL] Renamed"));
    dialog.hide();

    // The incidents page in drill mode starts empty: production incidents are not copied.
    auto incidents = drill.backend->incidents().list();
    ASSERT_TRUE(incidents.ok());
    EXPECT_TRUE(incidents->isEmpty());
}

TEST_P(DrillModeUi, TheProductionConsoleHasNoBannerAndOffersToStartDrillMode)
{
    const QString lang = QString::fromLatin1(GetParam());
    DrillModeFixture fx(lang);
    MainWindow window(fx.f.context);
    settle(window);
    EXPECT_FALSE(window.isDrillBannerShown());
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("演练")));
    auto *start = window.findChild<QAction *>(QStringLiteral("startDrillModeAction"));
    ASSERT_NE(start, nullptr);
    EXPECT_TRUE(start->isVisible());
    EXPECT_TRUE(start->isEnabled());

    QDialog dialog;
    dialog.setWindowTitle(QStringLiteral("Something"));
    dialog.show();
    QApplication::processEvents();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Something"));
}

TEST_P(DrillModeUi, DialogsShowTheDrillsAndTheEntriesToCarry)
{
    const QString lang = QString::fromLatin1(GetParam());
    DrillModeFixture fx(lang);
    DrillRepository drills(fx.f.backend->database(), fx.f.backend->audit(), fx.f.backend->clock());
    auto list = drills.list();
    ASSERT_TRUE(list.ok());
    QList<DrillSummary> eligible;
    for (const DrillSummary &d : *list)
        if (d.status == DrillStatus::Approved || d.status == DrillStatus::InProgress)
            eligible << d;
    ASSERT_FALSE(eligible.isEmpty());
    DrillModeStartDialog start(eligible);
    start.show();
    QApplication::processEvents();
    EXPECT_GT(start.selectedDrillId(), 0);
    test::saveScreenshot(start, QStringLiteral("drill-mode-start-%1").arg(lang));

    auto path = DrillMode::start(*fx.f.backend, fx.admin, fx.drillId);
    ASSERT_TRUE(path.ok());
    DrillConsole drill(*path, fx);
    NewIncident n;
    n.title = QStringLiteral("演练：集中交易主机宕机");
    auto id = drill.backend->incidentService().declare(drill.session.actor(), n);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    ASSERT_TRUE(drill.backend->incidents()
                    .addNote(drill.session.actor(), *id, QStringLiteral("切换到备机"))
                    .ok());
    auto entries = DrillMode::collect(*drill.backend);
    ASSERT_TRUE(entries.ok());

    DrillModeLeaveDialog leave(*drill.context->drill, *entries,
                               QStringLiteral("系统管理员 (admin)"));
    leave.show();
    QApplication::processEvents();
    auto *table = test::child<QTableWidget>(leave, "entryTable");
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), entries->size());
    EXPECT_TRUE(test::child<QPushButton>(leave, "carryButton")->isEnabled());
    test::saveScreenshot(leave, QStringLiteral("drill-mode-leave-%1").arg(lang));

    DrillModeLeaveDialog nobody(*drill.context->drill, *entries, QString());
    EXPECT_FALSE(test::child<QPushButton>(nobody, "carryButton")->isEnabled());
}

INSTANTIATE_TEST_SUITE_P(Languages, DrillModeUi, ::testing::Values("zh_CN", "en"));

TEST(DrillModeUiFlow, StartingAndLeavingSwitchDatabasesAndCarryTheTimeline)
{
    DrillModeFixture fx;
    const QString production = fx.f.backend.path();

    QString target;
    {
        MainWindow window(fx.f.context);
        settle(window);
        QSignalSpy switched(&window, &MainWindow::databaseSwitchRequested);
        ModalAnswerer answer([](QWidget *modal) {
            if (auto *d = qobject_cast<DrillModeStartDialog *>(modal)) {
                d->accept();
                return true;
            }
            return false;
        });
        window.findChild<QAction *>(QStringLiteral("startDrillModeAction"))->trigger();
        ASSERT_EQ(switched.count(), 1);
        target = switched.first().first().toString();
    }
    ASSERT_TRUE(QFileInfo::exists(target));
    fx.f.backend.close(); // as main() does while the drill runs

    {
        DrillConsole drill(target, fx);
        NewIncident n;
        n.title = QStringLiteral("演练：行情中断");
        auto id = drill.backend->incidentService().declare(drill.session.actor(), n);
        ASSERT_TRUE(id.ok());
        EXPECT_TRUE(drill.backend->incidents().get(*id)->drill);

        MainWindow window(*drill.context);
        settle(window);
        QSignalSpy switched(&window, &MainWindow::databaseSwitchRequested);
        QStringList seen;
        ModalAnswerer answer([&seen](QWidget *modal) {
            seen << modal->windowTitle();
            if (auto *leave = qobject_cast<DrillModeLeaveDialog *>(modal)) {
                leave->findChild<QPushButton *>(QStringLiteral("carryButton"))->click();
                return true;
            }
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                EXPECT_NE(box->icon(), QMessageBox::Critical) << box->text().toStdString();
                box->accept();
                return true;
            }
            return false;
        });
        window.findChild<QAction *>(QStringLiteral("leaveDrillModeAction"))->trigger();
        ASSERT_EQ(switched.count(), 1);
        EXPECT_EQ(switched.first().first().toString(), QFileInfo(production).absoluteFilePath());
        for (const QString &title : seen) // the dialogs of drill mode say DRILL as well
            EXPECT_TRUE(title.startsWith(QStringLiteral("[演练 DRILL] "))) << title.toStdString();
        EXPECT_TRUE(DrillMode::session(*drill.backend)->carriedAt.isValid());
    }

    fx.f.backend.reopen();
    DrillRepository drills(fx.f.backend->database(), fx.f.backend->audit(), fx.f.backend->clock());
    auto record = drills.drill(fx.drillId);
    ASSERT_TRUE(record.ok());
    ASSERT_FALSE(record->timeline.isEmpty());
    for (const DrillTimelineEntry &e : record->timeline)
        EXPECT_EQ(e.source, QStringLiteral("drill_mode"));
    EXPECT_TRUE(fx.f.backend->audit().verify()->intact);
}
