// The readiness page: grouping and order, the detail pane, Enter opens the fix page, the
// "as of" date and the change feed re-evaluate; screenshots in zh_CN and en.
#include "../core/readiness_fixture.h"
#include "readiness/readiness_evaluator.h"
#include "readiness/readiness_page.h"
#include "ui_fixture.h"

#include <QDateEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

// A ready institution with realistic failures: a department without a member, an overdue
// improvement action and a supply item expiring soon.
struct ReadinessUi : test::UiFixture {
    explicit ReadinessUi(const QString &lang)
        : test::UiFixture(lang)
    {
        admin = signInAdmin();
        ready = std::make_unique<test::ReadyInstitution>(*backend, admin);
        ready->build();
        for (OrgPosition p : *backend->contacts().positions())
            if (p.department == QStringLiteral("security") && p.body == OrgBody::Decision) {
                p.members.clear();
                EXPECT_TRUE(backend->contacts().savePosition(admin, p).ok());
            }
        DrillFinding finding;
        finding.drillId = ready->drillId;
        finding.text = QStringLiteral("备机切换慢");
        const auto findingId = backend->drills().saveFinding(admin, finding);
        EXPECT_TRUE(findingId.ok());
        ImprovementAction action;
        action.findingId = findingId ? *findingId : 0;
        action.text = QStringLiteral("优化切换脚本");
        action.ownerId = ready->itLead;
        action.due = QDate(2026, 1, 3);
        EXPECT_TRUE(backend->drills().saveAction(admin, action).ok());
        SupplyItem item = ready->inventory.supplies()->first();
        item.expiry = QDate(2026, 1, 25);
        EXPECT_TRUE(ready->inventory.saveSupply(admin, item).ok());
        context.navigate = [this](const QString &page, const QString &target) {
            opened.append({page, target});
            return true;
        };
    }
    Actor admin = Actor::nobody();
    std::unique_ptr<test::ReadyInstitution> ready;
    QList<std::pair<QString, QString>> opened;
};

CheckStatus statusOf(const ReadinessPage &page, QTreeWidgetItem *item)
{
    const int index = item->data(0, Qt::UserRole + 1).toInt();
    return page.result().checks.at(index).status;
}

TEST(ReadinessPage, GroupsWorstFirstAndFailingFirstInside)
{
    ReadinessUi f(QStringLiteral("en"));
    ReadinessPage page(f.context);
    page.waitUntilEvaluated();
    EXPECT_EQ(page.asOf(), QDate(2026, 1, 5));
    QTreeWidget *tree = page.tree();
    ASSERT_GT(tree->topLevelItemCount(), 3);
    EXPECT_EQ(page.result().count(CheckStatus::Failing), 2);
    EXPECT_EQ(page.result().count(CheckStatus::DueSoon), 1);
    // The first group holds a failing check, first in it.
    EXPECT_EQ(statusOf(page, tree->topLevelItem(0)->child(0)), CheckStatus::Failing);
    int worstBefore = 0;
    int total = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        int worst = 3;
        int previous = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            const int rank = checkStatusRank(statusOf(page, group->child(i)));
            EXPECT_LE(previous, rank) << group->text(1).toStdString();
            previous = rank;
            worst = std::min(worst, rank);
            ++total;
            // Status is a word as well as an icon.
            EXPECT_FALSE(group->child(i)->text(0).isEmpty());
            EXPECT_FALSE(group->child(i)->icon(0).isNull());
        }
        EXPECT_LE(worstBefore, worst);
        worstBefore = worst;
    }
    EXPECT_EQ(total, page.result().checks.size());
    // The worst check is selected and its evidence shown.
    auto *detail = page.findChild<QTextBrowser *>(QStringLiteral("readinessDetail"));
    ASSERT_NE(detail, nullptr);
    EXPECT_TRUE(detail->toPlainText().contains(QStringLiteral("Evidence")));
}

TEST(ReadinessPage, EnterOpensThePlaceToFixIt)
{
    ReadinessUi f(QStringLiteral("en"));
    ReadinessPage page(f.context);
    test::showActive(page);
    page.waitUntilEvaluated();
    ASSERT_TRUE(page.navigateTo(QStringLiteral("drills.actions")));
    page.tree()->setFocus();
    QTest::keyClick(page.tree(), Qt::Key_Return);
    ASSERT_EQ(f.opened.size(), 1);
    EXPECT_EQ(f.opened.first().first, QStringLiteral("drills"));
    EXPECT_EQ(f.opened.first().second, QStringLiteral("findings"));
    ASSERT_TRUE(page.navigateTo(QStringLiteral("organization.complete")));
    auto *fix = page.findChild<QPushButton *>(QStringLiteral("readinessFix"));
    ASSERT_NE(fix, nullptr);
    fix->click();
    ASSERT_EQ(f.opened.size(), 2);
    EXPECT_EQ(f.opened.last(),
              std::make_pair(QStringLiteral("handbook"), QStringLiteral("organization")));
    EXPECT_FALSE(page.navigateTo(QStringLiteral("no.such.check")));
}

TEST(ReadinessPage, AsOfAndDataChangesEvaluateAgain)
{
    ReadinessUi f(QStringLiteral("en"));
    ReadinessPage page(f.context);
    test::showActive(page);
    page.waitUntilEvaluated();
    const int failing = page.result().count(CheckStatus::Failing);
    page.findChild<QDateEdit *>(QStringLiteral("readinessAsOf"))->setDate(QDate(2026, 12, 2));
    QApplication::processEvents();
    page.waitUntilEvaluated();
    EXPECT_EQ(page.result().asOf, QDate(2026, 12, 2));
    EXPECT_GT(page.result().count(CheckStatus::Failing), failing);
    page.setAsOf(QDate(2026, 1, 5));
    page.waitUntilEvaluated();
    EXPECT_EQ(page.result().count(CheckStatus::Failing), failing);
    // A write elsewhere: the page follows the change feed.
    ASSERT_TRUE(f.backend->contacts().setSuccession(f.admin, {f.ready->people.at(0)}).ok());
    QApplication::processEvents();
    page.waitUntilEvaluated();
    EXPECT_EQ(page.result().count(CheckStatus::Failing), failing + 1);
}

TEST(ReadinessPage, EvaluatesOffTheUiThreadAndCoalescesRequests)
{
    ReadinessUi f(QStringLiteral("en"));
    ReadinessPage page(f.context);
    // The constructor asked; nothing is shown until the worker answers.
    EXPECT_TRUE(page.evaluator()->isBusy());
    EXPECT_TRUE(page.result().checks.isEmpty());
    const int before = page.evaluator()->started();
    // A burst of requests while one runs: one more evaluation, as of the newest date.
    for (int day = 1; day <= 20; ++day)
        page.setAsOf(QDate(2026, 2, day));
    page.waitUntilEvaluated();
    EXPECT_EQ(page.evaluator()->started() - before, 1);
    EXPECT_EQ(page.result().asOf, QDate(2026, 2, 20));
    EXPECT_FALSE(page.evaluator()->isBusy());
    // A navigation target asked for before the result is there is selected when it comes.
    page.setAsOf(QDate(2026, 1, 5));
    EXPECT_TRUE(page.navigateTo(QStringLiteral("drills.actions")));
    page.waitUntilEvaluated();
    ASSERT_NE(page.tree()->currentItem(), nullptr);
    const int index = page.tree()->currentItem()->data(0, Qt::UserRole + 1).toInt();
    EXPECT_EQ(page.result().checks.at(index).id, QStringLiteral("drills.actions"));
}

TEST(ReadinessPage, ReadOnlyWindowEvaluatesAtOnce)
{
    ReadinessUi f(QStringLiteral("en"));
    f.context.readOnly = true;
    ReadinessPage page(f.context);
    EXPECT_FALSE(page.evaluator()->isBusy());
    EXPECT_FALSE(page.result().checks.isEmpty());
}

class ReadinessScreens : public ::testing::TestWithParam<const char *> {};

TEST_P(ReadinessScreens, PageInBothLanguages)
{
    const QString lang = QString::fromLatin1(GetParam());
    ReadinessUi f(lang);
    ReadinessPage page(f.context);
    page.resize(1400, 900);
    page.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.waitUntilEvaluated();
    QApplication::processEvents();
    EXPECT_GT(
        test::distinctColours(test::saveScreenshot(page, lang + QStringLiteral("-readiness"))), 12);
}

INSTANTIATE_TEST_SUITE_P(Languages, ReadinessScreens, ::testing::Values("zh_CN", "en"));

} // namespace
