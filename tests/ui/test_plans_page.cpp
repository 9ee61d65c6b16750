// PlansPage: supply add/edit/delete through the dialogs, a section edit, navigation targets,
// read-only mode, retranslation and screenshots of every tab in zh_CN and en.
#include "demo/demo_plans.h"
#include "inventory/inventory_register.h"
#include "plans/inventory_dialogs.h"
#include "plans/inventory_panels.h"
#include "plans/plan_log_panels.h"
#include "plans/plan_panel.h"
#include "plans/plans_page.h"
#include "plans/register_table.h"
#include "ui_fixture.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

#include <functional>

using namespace dd;
using namespace dd::ui;

namespace {

// Runs `handle` on the next modal dialog that opens (the page calls exec()).
void onNextModal(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handle(modal);
        }
    });
    timer->start();
}

void answerYes(QWidget *modal)
{
    auto *box = qobject_cast<QMessageBox *>(modal);
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Yes)->click();
}

struct PlansUi : test::UiFixture {
    Actor admin;
    InventoryRegister inventory{backend->database(), backend->audit(), backend->clock()};
    PlanRegister plans{backend->database(), backend->audit(), backend->clock()};

    explicit PlansUi(const QString &lang = QStringLiteral("en"))
        : UiFixture(lang)
    {
        admin = signInAdmin();
        Status seeded = seedDemoPlans(*backend, admin);
        EXPECT_TRUE(seeded.ok()) << (seeded ? "" : seeded.error().toStdString());
    }

    int rowOf(QTableWidget *table, const QString &text, int column)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, column) && table->item(row, column)->text().contains(text))
                return row;
        return -1;
    }
};

TEST(PlansPage, AddEditDeleteSupplyThroughDialogs)
{
    PlansUi f;
    PlansPage page(f.context);
    test::showActive(page);
    ASSERT_TRUE(page.navigateTo(QStringLiteral("supplies")));
    EXPECT_EQ(page.tabs()->currentIndex(), int(PlansPage::SuppliesTab));
    RegisterTable *supplies = page.supplies()->supplies();
    QTableWidget *table = supplies->table();
    const int before = table->rowCount();
    ASSERT_GT(before, 0);

    // Add: the first attempt without a unit is refused naming the field; the input stays.
    bool refused = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<SupplyDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("supplyName"))
            ->setText(QStringLiteral("备用光模块"));
        dialog->findChild<QSpinBox *>(QStringLiteral("supplyQuantity"))->setValue(4);
        dialog->findChild<QLineEdit *>(QStringLiteral("supplyLocation"))
            ->setText(QStringLiteral("机房备件柜 B-04"));
        refused = !dialog->trySave();
        EXPECT_TRUE(dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("supplyUnit"))->setText(QStringLiteral("个"));
        EXPECT_TRUE(dialog->trySave());
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("suppliesAdd")), Qt::LeftButton);
    EXPECT_TRUE(refused);
    ASSERT_EQ(table->rowCount(), before + 1);
    const int added = f.rowOf(table, QStringLiteral("备用光模块"), 1);
    ASSERT_GE(added, 0);
    EXPECT_EQ(table->item(added, 2)->text(), QStringLiteral("4 个"));
    const qint64 id = table->item(added, 0)->data(Qt::UserRole).toLongLong();

    // Edit with Enter on the selected row (double-click opens the same dialog).
    ASSERT_TRUE(supplies->selectId(id));
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<SupplyDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QSpinBox *>(QStringLiteral("supplyQuantity"))->setValue(9);
        EXPECT_TRUE(dialog->trySave());
    });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(f.inventory.supply(id)->quantity, 9);

    // Delete with the Delete key, after confirming.
    ASSERT_TRUE(supplies->selectId(id));
    onNextModal(answerYes);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    EXPECT_EQ(table->rowCount(), before);
    EXPECT_FALSE(f.inventory.supply(id).ok());
}

TEST(PlansPage, EditsASectionAndMarksMissingOnes)
{
    PlansUi f;
    auto current = f.plans.currentVersion(f.plans.today());
    ASSERT_TRUE(current.ok());
    ASSERT_TRUE(
        f.plans.removeSection(f.admin, current->id, PlanSection::Investigation, current->version)
            .ok());
    PlansPage page(f.context);
    test::showActive(page);
    ASSERT_TRUE(page.navigateTo(QStringLiteral("plan/scope")));
    PlanPanel *plan = page.plan();
    EXPECT_EQ(plan->versionId(), current->id);
    EXPECT_EQ(plan->sectionList()->currentRow(), 1);
    QListWidgetItem *last = plan->sectionList()->item(9);
    EXPECT_TRUE(last->text().contains(QStringLiteral("missing"))) << last->text().toStdString();
    EXPECT_TRUE(plan->sectionList()->item(0)->text().contains(QStringLiteral("✓")));

    EXPECT_FALSE(plan->saveSectionButton()->isEnabled());
    plan->sectionText()->setPlainText(QStringLiteral("本预案适用于公司全部信息系统。"));
    EXPECT_TRUE(plan->saveSectionButton()->isEnabled());
    QTest::mouseClick(plan->saveSectionButton(), Qt::LeftButton);
    auto saved = f.plans.version(current->id);
    EXPECT_EQ(saved->sections.value(PlanSection::Scope),
              QStringLiteral("本预案适用于公司全部信息系统。"));

    // Blank text is stored and marked empty.
    plan->sectionText()->clear();
    QTest::mouseClick(plan->saveSectionButton(), Qt::LeftButton);
    EXPECT_TRUE(plan->sectionList()->item(1)->text().contains(QStringLiteral("empty")));
    EXPECT_EQ(PlanRules::sectionState(*f.plans.version(current->id), PlanSection::Scope),
              SectionState::Empty);
}

TEST(PlansPage, NavigationTargetsSelectTabAndSection)
{
    PlansUi f;
    PlansPage page(f.context);
    NavigationTarget &target = page;
    struct Case {
        const char *target;
        PlansPage::Tab tab;
        int subTab; // -1: not the plan tab
    };
    const Case cases[] = {
        {"plan", PlansPage::PlanTab, PlanPanel::SectionsTab},
        {"reviews", PlansPage::PlanTab, PlanPanel::ReviewsTab},
        {"filings", PlansPage::PlanTab, PlanPanel::FilingsTab},
        {"coverage", PlansPage::PlanTab, PlanPanel::CoverageTab},
        {"documents", PlansPage::DocumentsTab, -1},
        {"supplies", PlansPage::SuppliesTab, -1},
        {"budget", PlansPage::SuppliesTab, -1},
    };
    for (const Case &c : cases) {
        page.showTab(c.tab == PlansPage::PlanTab ? PlansPage::SuppliesTab : PlansPage::PlanTab);
        EXPECT_TRUE(target.navigateTo(QString::fromLatin1(c.target))) << c.target;
        EXPECT_EQ(page.tabs()->currentIndex(), int(c.tab)) << c.target;
        if (c.subTab >= 0) {
            EXPECT_EQ(page.plan()->subTabs()->currentIndex(), c.subTab) << c.target;
        }
    }
    EXPECT_EQ(page.supplies()->budgets()->table()->currentRow(), 0);
    EXPECT_FALSE(target.navigateTo(QStringLiteral("nowhere")));
    EXPECT_FALSE(target.navigateTo(QStringLiteral("plan/nonsense")));
}

TEST(PlansPage, ReadOnlyShowsButDoesNotEdit)
{
    PlansUi f;
    f.context.readOnly = true;
    PlansPage page(f.context);
    test::showActive(page);
    page.navigateTo(QStringLiteral("supplies"));
    RegisterTable *supplies = page.supplies()->supplies();
    EXPECT_FALSE(supplies->isEditable());
    EXPECT_FALSE(page.findChild<QPushButton *>(QStringLiteral("suppliesAdd"))->isVisible());
    const int rows = supplies->table()->rowCount();
    supplies->table()->selectRow(0);
    QTest::keyClick(supplies->table(), Qt::Key_Delete); // no dialog, nothing removed
    EXPECT_EQ(supplies->table()->rowCount(), rows);
    EXPECT_TRUE(page.plan()->sectionText()->isReadOnly());
    EXPECT_FALSE(page.findChild<QPushButton *>(QStringLiteral("planVersionsAdd"))->isVisible());
}

TEST(PlansPage, RetranslatesOnLanguageChange)
{
    PlansUi f;
    PlansPage page(f.context);
    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_TRUE(page.tabs()->tabText(PlansPage::SuppliesTab).startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(
        page.plan()->subTabs()->tabText(PlanPanel::ReviewsTab).startsWith(QStringLiteral("⟦")));
    EXPECT_TRUE(page.supplies()->supplies()->table()->horizontalHeaderItem(1)->text().startsWith(
        QStringLiteral("⟦")));
    QCoreApplication::removeTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_EQ(page.tabs()->tabText(PlansPage::SuppliesTab), QStringLiteral("Supplies and budget"));
}

class PlansScreens : public ::testing::TestWithParam<const char *> {};

TEST_P(PlansScreens, EveryTab)
{
    const QString lang = QString::fromLatin1(GetParam());
    PlansUi f(lang);
    PlansPage page(f.context);
    page.resize(1400, 860);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    const QList<std::pair<const char *, const char *>> shots = {
        {"plan", "plans-sections"},       {"coverage", "plans-coverage"},
        {"reviews", "plans-reviews"},     {"filings", "plans-filings"},
        {"documents", "plans-documents"}, {"supplies", "plans-supplies"},
    };
    for (const auto &[target, name] : shots) {
        ASSERT_TRUE(page.navigateTo(QString::fromLatin1(target)));
        QApplication::processEvents();
        const QImage shot =
            test::saveScreenshot(page, lang + QLatin1Char('-') + QLatin1String(name));
        EXPECT_GT(test::distinctColours(shot), 12) << name;
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, PlansScreens, ::testing::Values("zh_CN", "en"));

} // namespace
