// InventoryRegister: documents and backups, supplies, budget; rules; demo registers.
#include "audit/audit_log.h"
#include "demo/demo_plans.h"
#include "inventory/inventory_register.h"
#include "plans/plan_register.h"
#include "temp_database.h"

#include <gtest/gtest.h>

namespace dd::test {
namespace {

class Inventory : public ::testing::Test {
protected:
    TempBackend b;
    Actor admin = b.admin();
    InventoryRegister inv{b->database(), b->audit(), b->clock()};
    const QDate today{2026, 1, 5};

    int audits(const QString &action)
    {
        auto all = b->audit().latest(1000);
        return int(std::count_if(all->begin(), all->end(),
                                 [&](const AuditRecord &r) { return r.action == action; }));
    }

    SupplyItem item(const QString &name)
    {
        SupplyItem s;
        s.category = SupplyCategory::Fire;
        s.name = name;
        s.quantity = 4;
        s.unit = QStringLiteral("具");
        s.location = QStringLiteral("主机房入口");
        s.lastStocktake = QDate(2025, 12, 1);
        return s;
    }
};

TEST(InventoryRules, ExpiryStocktakeAndAmounts)
{
    const QDate today(2026, 1, 5);
    SupplyItem s;
    EXPECT_FALSE(InventoryRules::expired(s, today));
    s.expiry = today;
    EXPECT_TRUE(InventoryRules::expired(s, today));
    s.expiry = today.addDays(1);
    EXPECT_FALSE(InventoryRules::expired(s, today));
    EXPECT_TRUE(InventoryRules::expiresWithin(s, today, 1));
    s.expiry = today.addDays(31);
    EXPECT_FALSE(InventoryRules::expiresWithin(s, today, 30));
    EXPECT_TRUE(InventoryRules::stocktakeOverdue(s, today, 180));
    s.lastStocktake = today.addDays(-180);
    EXPECT_FALSE(InventoryRules::stocktakeOverdue(s, today, 180));
    s.lastStocktake = today.addDays(-181);
    EXPECT_TRUE(InventoryRules::stocktakeOverdue(s, today, 180));
    TechnicalDocument d;
    EXPECT_TRUE(InventoryRules::checkOverdue(d, today, 365));
    d.lastChecked = today.addDays(-10);
    EXPECT_FALSE(InventoryRules::checkOverdue(d, today, 365));

    EXPECT_EQ(InventoryRules::formatAmount(123456789), QStringLiteral("1,234,567.89"));
    EXPECT_EQ(InventoryRules::formatAmount(5), QStringLiteral("0.05"));
    EXPECT_EQ(InventoryRules::parseAmount(QStringLiteral("1,234,567.8")), 123456780);
    EXPECT_EQ(InventoryRules::parseAmount(QStringLiteral("12")), 1200);
    EXPECT_FALSE(InventoryRules::parseAmount(QStringLiteral("-1")).has_value());
    EXPECT_FALSE(InventoryRules::parseAmount(QStringLiteral("1.234")).has_value());
    EXPECT_FALSE(InventoryRules::parseAmount(QStringLiteral("abc")).has_value());
    for (DocumentKind k : InventoryRules::allDocumentKinds())
        EXPECT_EQ(documentKindFromId(documentKindId(k)), k);
    for (SupplyCategory c : InventoryRules::allSupplyCategories())
        EXPECT_EQ(supplyCategoryFromId(supplyCategoryId(c)), c);
    EXPECT_EQ(InventoryRules::allDocumentKinds().size(), 5);
    EXPECT_EQ(InventoryRules::allSupplyCategories().size(), 5);
}

TEST_F(Inventory, DocumentsRoundTripAndMissingKinds)
{
    EXPECT_EQ(inv.missingDocumentKinds()->size(), 5);
    TechnicalDocument d;
    d.kind = DocumentKind::EmergencyManuals;
    d.title = QStringLiteral("交易系统切换应急操作手册");
    d.location = QStringLiteral("值班室应急资料箱");
    d.custodian = QStringLiteral("王强");
    d.lastChecked = QDate(2025, 12, 20);
    auto id = inv.saveDocument(admin, d);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    auto back = inv.document(*id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->title, d.title);
    EXPECT_EQ(back->lastChecked, d.lastChecked);
    EXPECT_EQ(back->version, 1);
    EXPECT_EQ(inv.missingDocumentKinds()->size(), 4);
    EXPECT_FALSE(inv.missingDocumentKinds()->contains(DocumentKind::EmergencyManuals));

    TechnicalDocument bad = *back;
    bad.location = QString();
    EXPECT_TRUE(inv.saveDocument(admin, bad).error().contains(QStringLiteral("Location")));
    bad = *back;
    bad.lastChecked = today.addDays(1);
    EXPECT_TRUE(inv.saveDocument(admin, bad).error().contains(QStringLiteral("future")));
    TechnicalDocument edit = *back;
    edit.lastChecked = today;
    ASSERT_TRUE(inv.saveDocument(admin, edit).ok());
    EXPECT_FALSE(inv.saveDocument(admin, edit).ok()); // stale
    EXPECT_EQ(inv.document(*id)->lastChecked, today);
    ASSERT_TRUE(inv.removeDocument(admin, *id).ok());
    EXPECT_TRUE(inv.documents()->isEmpty());
    EXPECT_EQ(audits(QStringLiteral("inventory.document.create")), 1);
    EXPECT_EQ(audits(QStringLiteral("inventory.document.update")), 1);
    EXPECT_EQ(audits(QStringLiteral("inventory.document.remove")), 1);
}

TEST_F(Inventory, SuppliesValidateAndSortByCategory)
{
    SupplyItem lamp = item(QStringLiteral("应急照明灯"));
    lamp.category = SupplyCategory::EmergencyLighting;
    ASSERT_TRUE(inv.saveSupply(admin, lamp).ok());
    SupplyItem ext = item(QStringLiteral("灭火器"));
    ext.expiry = QDate(2026, 1, 20);
    auto id = inv.saveSupply(admin, ext);
    ASSERT_TRUE(id.ok());
    auto all = inv.supplies();
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->first().name, QStringLiteral("灭火器")); // fire before lighting
    EXPECT_EQ(all->first().expiry, QDate(2026, 1, 20));
    EXPECT_FALSE(all->at(1).expiry.isValid());

    SupplyItem bad = item(QStringLiteral("对讲机"));
    bad.quantity = -1;
    EXPECT_TRUE(inv.saveSupply(admin, bad).error().contains(QStringLiteral("Quantity")));
    bad = item(QStringLiteral("对讲机"));
    bad.unit = QStringLiteral(" ");
    EXPECT_TRUE(inv.saveSupply(admin, bad).error().contains(QStringLiteral("Unit")));
    bad = item(QString());
    EXPECT_TRUE(inv.saveSupply(admin, bad).error().contains(QStringLiteral("Name")));
    bad = item(QStringLiteral("对讲机"));
    bad.lastStocktake = today.addDays(2);
    EXPECT_TRUE(inv.saveSupply(admin, bad).error().contains(QStringLiteral("stocktake")));
    EXPECT_EQ(inv.supplies()->size(), 2);

    const Actor viewer =
        Actor::operatorAccount(9, QStringLiteral("v"), QStringLiteral("V"), {Role::Viewer});
    EXPECT_FALSE(inv.removeSupply(viewer, *id).ok());
    ASSERT_TRUE(inv.removeSupply(admin, *id).ok());
    EXPECT_EQ(inv.supplies()->size(), 1);
}

TEST_F(Inventory, OneBudgetLinePerYear)
{
    EXPECT_FALSE(inv.budgetFor(2026)->has_value());
    BudgetLine line;
    line.year = 2026;
    line.amountCents = 120000000;
    line.approvedBy = QStringLiteral("总经理办公会");
    line.approvedOn = QDate(2026, 1, 2);
    auto id = inv.saveBudget(admin, line);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    auto got = inv.budgetFor(2026);
    ASSERT_TRUE(got->has_value());
    EXPECT_EQ((*got)->amountCents, 120000000);
    EXPECT_EQ((*got)->currency, QStringLiteral("CNY"));
    BudgetLine again = line;
    EXPECT_TRUE(inv.saveBudget(admin, again).error().contains(QStringLiteral("already")));
    again.year = 1999;
    EXPECT_TRUE(inv.saveBudget(admin, again).error().contains(QStringLiteral("Year")));
    again.year = 2027;
    again.currency = QStringLiteral("USD");
    EXPECT_TRUE(inv.saveBudget(admin, again).error().contains(QStringLiteral("CNY")));
    again.currency = QStringLiteral("CNY");
    again.approvedOn = QDate();
    EXPECT_TRUE(inv.saveBudget(admin, again).error().contains(QStringLiteral("Approved")));
    BudgetLine edit = **got;
    edit.amountCents = 150000000;
    ASSERT_TRUE(inv.saveBudget(admin, edit).ok());
    EXPECT_EQ((*inv.budgetFor(2026))->amountCents, 150000000);
    EXPECT_EQ(inv.budgets()->size(), 1);
    ASSERT_TRUE(inv.removeBudget(admin, *id).ok());
    EXPECT_TRUE(inv.budgets()->isEmpty());
    EXPECT_EQ(audits(QStringLiteral("inventory.budget.update")), 1);
}

TEST_F(Inventory, DemoRegistersAreMostlyReady)
{
    ASSERT_TRUE(seedDemoPlans(*b, admin).ok());
    PlanRegister plans(b->database(), b->audit(), b->clock());
    auto current = plans.currentVersion(today);
    ASSERT_TRUE(current.ok()) << current.error().toStdString();
    EXPECT_EQ(current->label, QStringLiteral("v3.0"));
    EXPECT_TRUE(PlanRules::complete(*current));
    EXPECT_EQ(*plans.filingState(current->id), FilingState::Filed);
    auto last = plans.lastReview();
    ASSERT_TRUE(last->has_value());
    EXPECT_EQ((*last)->date, today.addMonths(-8));
    for (const FaultTypeCoverage &c : *plans.coverage())
        EXPECT_TRUE(c.hasReportFlow) << c.faultType.toStdString();
    EXPECT_TRUE(inv.missingDocumentKinds()->isEmpty());
    int expiringSoon = 0, overdue = 0, expired = 0;
    for (const SupplyItem &s : *inv.supplies()) {
        expiringSoon += InventoryRules::expiresWithin(s, today, 30);
        overdue += InventoryRules::stocktakeOverdue(s, today, 180);
        expired += InventoryRules::expired(s, today);
    }
    EXPECT_EQ(expiringSoon, 1);
    EXPECT_EQ(overdue, 1);
    EXPECT_EQ(expired, 0);
    EXPECT_TRUE(inv.budgetFor(today.year())->has_value());
}

} // namespace
} // namespace dd::test
