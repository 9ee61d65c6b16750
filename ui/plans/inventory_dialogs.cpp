#include "plans/inventory_dialogs.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace dd {
namespace ui {

namespace {

QPlainTextEdit *noteEdit(const QString &name, const QString &text)
{
    auto *e = new QPlainTextEdit;
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(80);
    e->setPlainText(text);
    return e;
}

QLineEdit *lineEdit(const QString &name, const QString &text)
{
    auto *e = new QLineEdit(text);
    e->setObjectName(name);
    return e;
}

OptionalDateEdit *dateEdit(const QString &name, const QDate &value, const QDate &fallback)
{
    auto *e = new OptionalDateEdit;
    e->setObjectName(name);
    e->setValue(value);
    e->setFallback(fallback);
    return e;
}

} // namespace

DocumentDialog::DocumentDialog(InventoryRegister &inventory, const Actor &actor,
                               const TechnicalDocument &doc, const QDate &today, QWidget *parent)
    : RegisterDialog(QStringLiteral("documentDialog"), parent)
    , m_inventory(inventory)
    , m_actor(actor)
    , m_doc(doc)
    , m_kind(new QComboBox)
    , m_title(lineEdit(QStringLiteral("documentTitle"), doc.title))
    , m_location(lineEdit(QStringLiteral("documentLocation"), doc.location))
    , m_custodian(lineEdit(QStringLiteral("documentCustodian"), doc.custodian))
    , m_checked(dateEdit(QStringLiteral("documentChecked"), doc.lastChecked, today))
    , m_note(noteEdit(QStringLiteral("documentNote"), doc.note))
{
    m_kind->setObjectName(QStringLiteral("documentKind"));
    for (DocumentKind k : InventoryRules::allDocumentKinds())
        m_kind->addItem(documentKindName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(doc.kind)));
    setWindowTitle(doc.id == 0 ? tr("Add document or backup") : tr("Edit document or backup"));
    addRow(m_kind)->setText(tr("&Kind:"));
    addRow(m_title)->setText(tr("&Title:"));
    addRow(m_location)->setText(tr("&Where kept:"));
    addRow(m_custodian)->setText(tr("&Custodian:"));
    addRow(m_checked)->setText(tr("&Last checked:"));
    addRow(m_note)->setText(tr("&Note:"));
    m_location->setPlaceholderText(tr("cabinet, share, offline media…"));
}

Status DocumentDialog::apply()
{
    TechnicalDocument d = m_doc;
    d.kind = DocumentKind(m_kind->currentData().toInt());
    d.title = m_title->text();
    d.location = m_location->text();
    d.custodian = m_custodian->text();
    d.lastChecked = m_checked->value();
    d.note = m_note->toPlainText();
    auto id = m_inventory.saveDocument(m_actor, d);
    if (!id)
        return id.takeError();
    m_savedId = *id;
    return {};
}

SupplyDialog::SupplyDialog(InventoryRegister &inventory, const Actor &actor, const SupplyItem &item,
                           const QDate &today, QWidget *parent)
    : RegisterDialog(QStringLiteral("supplyDialog"), parent)
    , m_inventory(inventory)
    , m_actor(actor)
    , m_item(item)
    , m_category(new QComboBox)
    , m_name(lineEdit(QStringLiteral("supplyName"), item.name))
    , m_quantity(new QSpinBox)
    , m_unit(lineEdit(QStringLiteral("supplyUnit"), item.unit))
    , m_location(lineEdit(QStringLiteral("supplyLocation"), item.location))
    , m_stocktake(dateEdit(QStringLiteral("supplyStocktake"), item.lastStocktake, today))
    , m_expiry(dateEdit(QStringLiteral("supplyExpiry"), item.expiry, today.addYears(1)))
    , m_note(noteEdit(QStringLiteral("supplyNote"), item.note))
{
    m_category->setObjectName(QStringLiteral("supplyCategory"));
    for (SupplyCategory c : InventoryRules::allSupplyCategories())
        m_category->addItem(supplyCategoryName(c), int(c));
    m_category->setCurrentIndex(m_category->findData(int(item.category)));
    m_quantity->setObjectName(QStringLiteral("supplyQuantity"));
    m_quantity->setRange(0, 1000000);
    m_quantity->setValue(item.quantity);
    setWindowTitle(item.id == 0 ? tr("Add supply item") : tr("Edit supply item"));
    addRow(m_category)->setText(tr("&Category:"));
    addRow(m_name)->setText(tr("&Name:"));
    addRow(m_quantity)->setText(tr("&Quantity:"));
    addRow(m_unit)->setText(tr("&Unit:"));
    addRow(m_location)->setText(tr("&Location:"));
    addRow(m_stocktake)->setText(tr("Last &stocktake:"));
    addRow(m_expiry)->setText(tr("&Expiry date:"));
    addRow(m_note)->setText(tr("N&ote:"));
    m_expiry->setToolTip(tr("Leave at “—” for items that do not expire"));
}

Status SupplyDialog::apply()
{
    SupplyItem s = m_item;
    s.category = SupplyCategory(m_category->currentData().toInt());
    s.name = m_name->text();
    s.quantity = m_quantity->value();
    s.unit = m_unit->text();
    s.location = m_location->text();
    s.lastStocktake = m_stocktake->value();
    s.expiry = m_expiry->value();
    s.note = m_note->toPlainText();
    auto id = m_inventory.saveSupply(m_actor, s);
    if (!id)
        return id.takeError();
    m_savedId = *id;
    return {};
}

BudgetDialog::BudgetDialog(InventoryRegister &inventory, const Actor &actor, const BudgetLine &line,
                           const QDate &today, QWidget *parent)
    : RegisterDialog(QStringLiteral("budgetDialog"), parent)
    , m_inventory(inventory)
    , m_actor(actor)
    , m_line(line)
    , m_year(new QSpinBox)
    , m_amount(lineEdit(QStringLiteral("budgetAmount"),
                        line.id == 0 ? QString() : InventoryRules::formatAmount(line.amountCents)))
    , m_approvedBy(lineEdit(QStringLiteral("budgetApprovedBy"), line.approvedBy))
    , m_approvedOn(dateEdit(QStringLiteral("budgetApprovedOn"), line.approvedOn, today))
    , m_note(noteEdit(QStringLiteral("budgetNote"), line.note))
{
    m_year->setObjectName(QStringLiteral("budgetYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(line.year == 0 ? today.year() : line.year);
    m_amount->setPlaceholderText(QStringLiteral("1,200,000.00"));
    setWindowTitle(line.id == 0 ? tr("Add budget line") : tr("Edit budget line"));
    addRow(m_year)->setText(tr("&Year:"));
    addRow(m_amount)->setText(tr("&Amount (CNY):"));
    addRow(m_approvedBy)->setText(tr("Approved &by:"));
    addRow(m_approvedOn)->setText(tr("Approved &on:"));
    addRow(m_note)->setText(tr("&Note:"));
}

Status BudgetDialog::apply()
{
    BudgetLine b = m_line;
    b.year = m_year->value();
    const auto cents = InventoryRules::parseAmount(m_amount->text());
    if (!cents)
        return fail(tr("Amount: expected an amount in yuan such as 1200000 or 1,200,000.50, got "
                       "“%1”.")
                        .arg(m_amount->text()));
    b.amountCents = *cents;
    b.approvedBy = m_approvedBy->text();
    b.approvedOn = m_approvedOn->value();
    b.note = m_note->toPlainText();
    auto id = m_inventory.saveBudget(m_actor, b);
    if (!id)
        return id.takeError();
    m_savedId = *id;
    return {};
}

} // namespace ui
} // namespace dd
