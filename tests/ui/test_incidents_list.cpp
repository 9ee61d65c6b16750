#include "incidents/incident_filter_bar.h"
#include "incidents/incident_filter_proxy.h"
#include "incidents/incident_format.h"
#include "incidents/incident_table_model.h"
#include "incidents/incident_workspace.h"
#include "incidents/incidents_page.h"
#include "test_incidents_fixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

const QTimeZone Beijing(QByteArrayLiteral("Asia/Shanghai"));

IncidentSummary summary(qint64 id, const QString &number, const QString &title, IncidentState state,
                        const QString &grade, const QDateTime &detected)
{
    IncidentSummary s;
    s.id = id;
    s.number = number;
    s.title = title;
    s.state = state;
    s.grade = grade;
    s.faultType = QStringLiteral("trading_outage");
    s.affectedSystems = QStringLiteral("集中交易");
    s.detectedAt = detected;
    return s;
}

QList<GradeLevel> csrc2012Grades()
{
    return {{QStringLiteral("I"),
             {QStringLiteral("特别重大"), QStringLiteral("Especially major")},
             4,
             QStringLiteral("#C00000")},
            {QStringLiteral("II"),
             {QStringLiteral("重大"), QStringLiteral("Major")},
             3,
             QStringLiteral("#E46C0A")},
            {QStringLiteral("III"),
             {QStringLiteral("较大"), QStringLiteral("Large")},
             2,
             QStringLiteral("#D4A017")},
            {QStringLiteral("IV"),
             {QStringLiteral("一般"), QStringLiteral("General")},
             1,
             QStringLiteral("#1F5FBF")}};
}

const QDateTime At(QDate(2026, 3, 2), QTime(2, 10), Qt::UTC);

QList<IncidentSummary> sample()
{
    return {summary(3, QStringLiteral("2026-0003"), QStringLiteral("行情延迟"),
                    IncidentState::Warning, QStringLiteral("none"), At),
            summary(2, QStringLiteral("2026-0002"), QStringLiteral("集中交易系统中断"),
                    IncidentState::Responding, QStringLiteral("III"), At.addDays(-1)),
            summary(1, QStringLiteral("2026-0001"), QStringLiteral("网上交易登录失败"),
                    IncidentState::Closed, QStringLiteral("IV"), At.addDays(-20))};
}

} // namespace

TEST(IncidentTableModel, PassesTheModelTesterThroughResetsInsertsAndChanges)
{
    IncidentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    IncidentFilterProxy proxy;
    proxy.setIncidentModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(IncidentTableModel::DetectedColumn, Qt::DescendingOrder);
    model.setDisplay(csrc2012Grades(), QStringLiteral("en"), Beijing);

    QList<IncidentSummary> rows = sample().mid(1);
    model.setIncidents(rows);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), int(IncidentTableModel::ColumnCount));

    // A new incident on top is an insertion, not a reset.
    int inserted = 0;
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] { ++inserted; });
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    model.setIncidents(sample());
    EXPECT_EQ(inserted, 1);
    EXPECT_EQ(resets, 0);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOf(3), 0);

    // A change of grade is a dataChanged of that row.
    QList<IncidentSummary> changed = sample();
    changed[1].grade = QStringLiteral("II");
    int changes = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex &from, const QModelIndex &to) {
                         ++changes;
                         EXPECT_EQ(from.row(), 1);
                         EXPECT_EQ(to.row(), 1);
                     });
    model.setIncidents(changed);
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(model.data(model.index(1, IncidentTableModel::GradeColumn)).toString(),
              QStringLiteral("II Major"));
    EXPECT_EQ(resets, 0);

    // Anything else resets.
    model.setIncidents(sample().mid(2));
    EXPECT_EQ(resets, 1);
    model.setIncidents({});
    EXPECT_EQ(model.rowCount(), 0);
    model.setDisplay(csrc2012Grades(), QStringLiteral("zh_CN"), Beijing);
}

TEST(IncidentTableModel, ShowsGradeWithColourAndTextAndTimesInTheInstitutionZone)
{
    IncidentTableModel model;
    model.setDisplay(csrc2012Grades(), QStringLiteral("zh_CN"), Beijing);
    model.setIncidents(sample());
    const QModelIndex grade = model.index(1, IncidentTableModel::GradeColumn);
    EXPECT_EQ(grade.data().toString(), QStringLiteral("III 较大"));
    EXPECT_EQ(grade.data(Qt::BackgroundRole).value<QColor>(), QColor(0xD4, 0xA0, 0x17));
    // Other cells carry a light tint of the grade, never the only signal.
    const QColor tint =
        model.index(1, IncidentTableModel::TitleColumn).data(Qt::BackgroundRole).value<QColor>();
    EXPECT_GT(tint.lightness(), 200);
    EXPECT_EQ(model.index(0, IncidentTableModel::GradeColumn).data().toString(),
              QStringLiteral("Not graded"));
    EXPECT_EQ(model.index(0, IncidentTableModel::DetectedColumn).data().toString(),
              QStringLiteral("2026-03-02 10:10"));
    EXPECT_EQ(model.index(1, IncidentTableModel::DurationColumn).data().toString(),
              QStringLiteral("ongoing"));
    EXPECT_EQ(model.index(1, 0).data(IncidentTableModel::IdRole).toLongLong(), 2);
    EXPECT_EQ(
        model.index(1, IncidentTableModel::GradeColumn).data(IncidentTableModel::SortRole).toInt(),
        2);
}

TEST(IncidentFilterProxy, FiltersByStateGradeDateAndTextThroughTheCoreFilter)
{
    IncidentTableModel model;
    model.setDisplay(csrc2012Grades(), QStringLiteral("en"), Beijing);
    model.setIncidents(sample());
    IncidentFilterProxy proxy;
    proxy.setIncidentModel(&model);
    EXPECT_EQ(proxy.rowCount(), 3);

    IncidentFilter open;
    for (IncidentState s : allIncidentStates())
        if (isOpen(s))
            open.states << s;
    proxy.setFilter(open);
    EXPECT_EQ(proxy.rowCount(), 2);

    IncidentFilter grade;
    grade.grades = {QStringLiteral("III")};
    proxy.setFilter(grade);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data(IncidentTableModel::IdRole).toLongLong(), 2);

    IncidentFilter text;
    text.text = QStringLiteral("行情");
    proxy.setFilter(text);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data(IncidentTableModel::IdRole).toLongLong(), 3);
    text.text = QStringLiteral("2026-000");
    proxy.setFilter(text);
    EXPECT_EQ(proxy.rowCount(), 3);

    IncidentFilter recent;
    recent.detectedFrom = At.addDays(-2);
    proxy.setFilter(recent);
    EXPECT_EQ(proxy.rowCount(), 2);

    // Sorting by grade uses the rank, not the text.
    proxy.setFilter({});
    proxy.sort(IncidentTableModel::GradeColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data(IncidentTableModel::IdRole).toLongLong(), 2);
    EXPECT_EQ(proxy.index(2, 0).data(IncidentTableModel::IdRole).toLongLong(), 3);
}

TEST(IncidentFilterBar, SaysWhatItWantsAsACoreFilter)
{
    IncidentFilterBar bar;
    bar.setGrades(csrc2012Grades(), QStringLiteral("en"));
    bar.setZone(Beijing, QDate(2026, 3, 2));
    IncidentFilter f = bar.filter();
    EXPECT_EQ(f.states.size(), 4) << "open incidents by default";
    EXPECT_FALSE(f.detectedFrom.isValid());

    auto *grade = bar.findChild<QComboBox *>(QStringLiteral("gradeFilter"));
    grade->setCurrentIndex(grade->findData(QStringLiteral("II")));
    auto *state = bar.findChild<QComboBox *>(QStringLiteral("stateFilter"));
    state->setCurrentIndex(state->findData(QStringLiteral("all")));
    bar.findChild<QCheckBox *>(QStringLiteral("dateRangeFilter"))->setChecked(true);
    f = bar.filter();
    EXPECT_TRUE(f.states.isEmpty());
    EXPECT_EQ(f.grades, QStringList{QStringLiteral("II")});
    // Whole days in Beijing time: 2026-02-02 00:00 +08:00 up to 2026-03-03 00:00 +08:00.
    EXPECT_EQ(f.detectedFrom, QDateTime(QDate(2026, 2, 1), QTime(16, 0), Qt::UTC));
    EXPECT_EQ(f.detectedTo, QDateTime(QDate(2026, 3, 2), QTime(16, 0), Qt::UTC));
}

TEST(IncidentFormat, CountdownsDurationsAndTheNextThresholdRead)
{
    const QDateTime now = At; // 10:10 Beijing
    EXPECT_EQ(IncidentFormat::countdown(now.addSecs(25 * 60 + 30), now),
              QStringLiteral("in 25 min"));
    EXPECT_EQ(IncidentFormat::countdown(now.addSecs(-5 * 60), now),
              QStringLiteral("overdue 5 min"));
    EXPECT_EQ(IncidentFormat::countdown(now.addSecs(20), now), QStringLiteral("in <1 min"));
    EXPECT_EQ(IncidentFormat::duration(65 * 60), QStringLiteral("1 h 05 min"));
    EXPECT_EQ(IncidentFormat::duration(3 * 86400 + 4 * 3600), QStringLiteral("3 d 4 h"));

    NextThreshold next;
    next.at = now.addSecs(35 * 60);
    next.level = csrc2012Grades()[2];
    EXPECT_EQ(IncidentFormat::nextThreshold(next, now, Beijing, QStringLiteral("en")),
              QStringLiteral("Rises to Large at 10:45 (in 35 min)"));
}

TEST(IncidentFormat, TheDisplayTimerWakesWhenACountdownTextChanges)
{
    const QDateTime now = At;
    EXPECT_FALSE(nextCountdownChange(now, {}).has_value());
    // 12 min 20 s ahead: "in 12 min" becomes "in 11 min" 20 s (and a millisecond) from now.
    EXPECT_EQ(*nextCountdownChange(now, {now.addSecs(12 * 60 + 20)}), now.addMSecs(20001));
    // 5 min 10 s overdue: "overdue 5 min" becomes "overdue 6 min" in 50 s.
    EXPECT_EQ(*nextCountdownChange(now, {now.addSecs(-(5 * 60 + 10))}), now.addSecs(50));
    // The soonest of several.
    EXPECT_EQ(*nextCountdownChange(now, {now.addSecs(600 + 40), now.addSecs(-(60 + 55))}),
              now.addSecs(5));
}

TEST(IncidentsPage, LoadsTheListFiltersAndOpensTheWorkspaceWithEnter)
{
    test::IncidentUi f;
    const qint64 a =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    const qint64 b = f.declareOutage(QStringLiteral("网上交易登录缓慢"), QStringLiteral("10:08"));
    IncidentsPage page(f.context);
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    EXPECT_EQ(page.model()->rowCount(), 2);
    EXPECT_EQ(page.proxy()->rowCount(), 2);

    // Ctrl+F focuses the search; typing filters.
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = page.filterBar()->searchField();
    EXPECT_TRUE(search->hasFocus());
    search->setText(QStringLiteral("网上")); // keyClicks is ASCII only
    ASSERT_EQ(page.proxy()->rowCount(), 1);
    EXPECT_EQ(page.proxy()->index(0, 0).data(IncidentTableModel::IdRole).toLongLong(), b);
    search->clear();
    EXPECT_EQ(page.proxy()->rowCount(), 2);

    auto *stack = page.findChild<QStackedWidget *>();
    ASSERT_NE(stack, nullptr);
    EXPECT_NE(stack->currentWidget(), page.workspace());
    QTableView *table = page.table();
    table->setFocus();
    const int row =
        page.proxy()->mapFromSource(page.model()->index(page.model()->rowOf(a), 0)).row();
    table->setCurrentIndex(page.proxy()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(stack->currentWidget(), page.workspace());
    EXPECT_EQ(page.workspace()->incidentId(), a);
}
