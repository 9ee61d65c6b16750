#include "incidents/declare_dialog.h"
#include "incidents/incident_filter_proxy.h"
#include "incidents/incident_table_model.h"
#include "incidents/incident_workspace.h"
#include "incidents/incidents_page.h"
#include "shell/main_window.h"
#include "test_incidents_fixture.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

void showActive(QWidget &window)
{
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST(DeclareIncident, CtrlNFromAnyPageDeclaresAndOpensTheNewIncident)
{
    test::IncidentUi f;
    MainWindow window(f.context);
    showActive(window);
    window.showPage(QStringLiteral("settings"));

    QString started;
    test::whenModal(&window, [&](QDialog *dialog) {
        auto *declare = qobject_cast<DeclareDialog *>(dialog);
        ASSERT_NE(declare, nullptr);
        EXPECT_TRUE(
            declare->findChild<QRadioButton *>(QStringLiteral("declareIncident"))->isChecked());
        auto *title = declare->findChild<QLineEdit *>(QStringLiteral("declareTitle"));
        EXPECT_EQ(declare->focusWidget(), title);
        title->setText(QStringLiteral("集中交易系统委托失败")); // keyClicks is ASCII only
        auto *system = declare->findChild<QComboBox *>(QStringLiteral("declareSystem"));
        system->setCurrentIndex(system->findData(QStringLiteral("centralized_trading")));
        started = declare->findChild<QDateTimeEdit *>(QStringLiteral("declareStartedAt"))
                      ->dateTime()
                      .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QTest::keyClick(title, Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    // Detection time = now, shown in Beijing time.
    EXPECT_EQ(started, QStringLiteral("2026-03-02 10:10"));

    EXPECT_EQ(window.currentPageId(), QStringLiteral("incidents"));
    auto *page = qobject_cast<IncidentsPage *>(window.page(QStringLiteral("incidents")));
    ASSERT_NE(page, nullptr);
    ASSERT_EQ(page->model()->rowCount(), 1);
    const IncidentSummary &row = page->model()->incidentAt(0);
    EXPECT_EQ(row.title, QStringLiteral("集中交易系统委托失败"));
    EXPECT_EQ(row.state, IncidentState::Responding);
    EXPECT_EQ(page->proxy()->rowCount(), 1) << "an open incident passes the default filter";
    EXPECT_EQ(page->workspace()->incidentId(), row.id);
    EXPECT_EQ(page->table()->currentIndex().data(IncidentTableModel::IdRole).toLongLong(), row.id);

    const Incident stored = *f.backend->incidents().get(row.id);
    EXPECT_EQ(stored.detectedAt, f.backend.clock().now());
    EXPECT_EQ(stored.facts.value(QStringLiteral("institution_type")).toString(),
              QStringLiteral("securities"));
    EXPECT_EQ(stored.facts.value(QStringLiteral("system")).toString(),
              QStringLiteral("centralized_trading"));
    EXPECT_EQ(stored.facts.value(QStringLiteral("started_at")).toString(),
              QStringLiteral("2026-03-02T10:10:00+08:00"));
}

TEST(DeclareIncident, CtrlShiftNRaisesAWarning)
{
    test::IncidentUi f;
    MainWindow window(f.context);
    showActive(window);
    test::whenModal(&window, [&](QDialog *dialog) {
        EXPECT_TRUE(
            dialog->findChild<QRadioButton *>(QStringLiteral("declareWarning"))->isChecked());
        dialog->findChild<QLineEdit *>(QStringLiteral("declareTitle"))
            ->setText(QStringLiteral("磁盘使用率 90%"));
        dialog->accept();
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *page = qobject_cast<IncidentsPage *>(window.page(QStringLiteral("incidents")));
    ASSERT_NE(page, nullptr);
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->incidentAt(0).state, IncidentState::Warning);
}

TEST(DeclareIncident, AnEmptyTitleIsRefusedInTheDialog)
{
    test::IncidentUi f;
    DeclareDialog dialog(f.context, false);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.accept();
    EXPECT_EQ(dialog.result(), 0);
    EXPECT_TRUE(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("declareError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("Title"))) << error->text().toStdString();
    EXPECT_EQ(f.backend->incidents().list()->size(), 0);
}

namespace {
class DeclareScreenshots : public ::testing::TestWithParam<const char *> {};
} // namespace

TEST_P(DeclareScreenshots, DeclareDialogDraws)
{
    const QString lang = QString::fromLatin1(GetParam());
    test::IncidentUi f(lang);
    DeclareDialog dialog(f.context, false);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::processEvents();
    EXPECT_GT(test::distinctColours(
                  test::saveScreenshot(dialog, lang + QStringLiteral("-dialog-declare"))),
              12);
}

INSTANTIATE_TEST_SUITE_P(Languages, DeclareScreenshots, ::testing::Values("zh_CN", "en"));
