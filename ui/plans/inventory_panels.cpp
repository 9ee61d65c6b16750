#include "plans/inventory_panels.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "drills/drill_ui.h"
#include "plans/inventory_dialogs.h"
#include "plans/register_table.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum DocumentCol { DKindCol, DTitleCol, DLocationCol, DCustodianCol, DCheckedCol, DNoteCol, DCols };
enum SupplyCol {
    SCategoryCol,
    SNameCol,
    SQuantityCol,
    SLocationCol,
    SStocktakeCol,
    SExpiryCol,
    SNoteCol,
    SCols
};
enum BudgetCol { BYearCol, BAmountCol, BApprovedByCol, BApprovedOnCol, BNoteCol, BCols };

// What the page marks (the readiness checks decide with their own settings).
constexpr int ExpiryWarningDays = 30;
constexpr int StocktakePeriodDays = 180;
constexpr int CheckPeriodDays = 365;
const QColor GapColour(0xb0, 0x1c, 0x1c);
const QColor SoonColour(0x9a, 0x5b, 0x00);

QTableWidgetItem *marked(QTableWidgetItem *item, const QColor &colour)
{
    item->setForeground(colour);
    return item;
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

} // namespace

DocumentsPanel::DocumentsPanel(UiContext &context, InventoryRegister &inventory, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_inventory(inventory)
    , m_status(new QLabel)
    , m_table(new RegisterTable(QStringLiteral("documents"), DCols))
    , m_message(new InlineMessage)
{
    setObjectName(QStringLiteral("documentsPanel"));
    m_status->setObjectName(QStringLiteral("documentsStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    connect(m_table, &RegisterTable::addRequested, this, &DocumentsPanel::addDocument);
    connect(m_table, &RegisterTable::editRequested, this, &DocumentsPanel::editDocument);
    connect(m_table, &RegisterTable::removeRequested, this, &DocumentsPanel::removeDocument);
    connect(&m_context.session, &Session::actorChanged, this, &DocumentsPanel::reload);
    retranslateUi();
}

void DocumentsPanel::reload()
{
    m_table->setEditable(DrillUi::canEdit(m_context));
    auto docs = m_inventory.documents();
    auto missing = m_inventory.missingDocumentKinds();
    if (!docs || !missing) {
        m_message->showError(!docs ? docs.error() : missing.error());
        return;
    }
    const QDate today = DrillUi::today(m_context);
    int unchecked = 0;
    m_table->beginFill(int(docs->size()));
    QTableWidget *t = m_table->table();
    for (int row = 0; row < docs->size(); ++row) {
        const TechnicalDocument &d = docs->at(row);
        t->setItem(row, DKindCol, DrillUi::cell(documentKindName(d.kind), d.id, int(d.kind)));
        t->setItem(row, DTitleCol, DrillUi::cell(d.title, d.id));
        t->setItem(row, DLocationCol, DrillUi::cell(d.location, d.id));
        t->setItem(row, DCustodianCol, DrillUi::cell(d.custodian, d.id));
        const bool overdue = InventoryRules::checkOverdue(d, today, CheckPeriodDays);
        unchecked += overdue;
        QTableWidgetItem *checked =
            DrillUi::cell(overdue ? QStringLiteral("✗ ") + DrillUi::dateText(d.lastChecked)
                                  : DrillUi::dateText(d.lastChecked),
                          d.id, qint64(d.lastChecked.isValid() ? d.lastChecked.toJulianDay() : 0));
        t->setItem(row, DCheckedCol, overdue ? marked(checked, GapColour) : checked);
        t->setItem(row, DNoteCol, DrillUi::cell(d.note, d.id));
    }
    m_table->endFill();
    QStringList lines;
    QStringList names;
    for (DocumentKind k : *missing)
        names << documentKindName(k);
    if (!names.isEmpty())
        lines << tr("✗ No entry for: %1.").arg(names.join(QStringLiteral(", ")));
    if (unchecked > 0)
        lines << tr("✗ %n entry(s) not checked within the last 12 months.", nullptr, unchecked);
    if (lines.isEmpty())
        lines << tr("Every kind of document and backup is recorded and was checked within 12 "
                    "months.");
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void DocumentsPanel::addDocument()
{
    if (!DrillUi::canEdit(m_context))
        return;
    TechnicalDocument d;
    if (auto missing = m_inventory.missingDocumentKinds(); missing && !missing->isEmpty())
        d.kind = missing->first();
    d.lastChecked = DrillUi::today(m_context);
    DocumentDialog dialog(m_inventory, m_context.session.actor(), d, DrillUi::today(m_context),
                          this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_table->selectId(dialog.savedId());
    }
}

void DocumentsPanel::editDocument(qint64 id)
{
    auto d = m_inventory.document(id);
    if (!d || !DrillUi::canEdit(m_context))
        return;
    DocumentDialog dialog(m_inventory, m_context.session.actor(), *d, DrillUi::today(m_context),
                          this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_table->selectId(id);
    }
}

void DocumentsPanel::removeDocument(qint64 id)
{
    auto d = m_inventory.document(id);
    if (!d || !DrillUi::canEdit(m_context))
        return;
    if (!confirm(this, tr("Delete document"), tr("Delete “%1” from the inventory?").arg(d->title)))
        return;
    if (Status s = m_inventory.removeDocument(m_context.session.actor(), id); !s) {
        m_message->showError(s.error());
        return;
    }
    reload();
}

void DocumentsPanel::retranslateUi()
{
    m_table->setTitle(tr("Technical documents and software backups"));
    m_table->setHeaders({tr("Kind"), tr("Title"), tr("Where kept"), tr("Custodian"),
                         tr("Last checked"), tr("Note")});
    reload();
}

SuppliesPanel::SuppliesPanel(UiContext &context, InventoryRegister &inventory, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_inventory(inventory)
    , m_status(new QLabel)
    , m_supplies(new RegisterTable(QStringLiteral("supplies"), SCols))
    , m_budgetStatus(new QLabel)
    , m_budgets(new RegisterTable(QStringLiteral("budgets"), BCols))
    , m_message(new InlineMessage)
    , m_splitter(new QSplitter(Qt::Vertical))
{
    setObjectName(QStringLiteral("suppliesPanel"));
    m_status->setObjectName(QStringLiteral("suppliesStatus"));
    m_budgetStatus->setObjectName(QStringLiteral("budgetStatus"));
    m_status->setWordWrap(true);
    m_budgetStatus->setWordWrap(true);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_status);
    topLayout->addWidget(m_supplies, 1);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_budgetStatus);
    bottomLayout->addWidget(m_budgets, 1);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);
    m_splitter->restoreState(
        QSettings().value(QStringLiteral("plans/suppliesSplitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("plans/suppliesSplitter"), m_splitter->saveState());
    });
    connect(m_supplies, &RegisterTable::addRequested, this, &SuppliesPanel::addSupply);
    connect(m_supplies, &RegisterTable::editRequested, this, &SuppliesPanel::editSupply);
    connect(m_supplies, &RegisterTable::removeRequested, this, &SuppliesPanel::removeSupply);
    connect(m_budgets, &RegisterTable::addRequested, this, &SuppliesPanel::addBudget);
    connect(m_budgets, &RegisterTable::editRequested, this, &SuppliesPanel::editBudget);
    connect(m_budgets, &RegisterTable::removeRequested, this, &SuppliesPanel::removeBudget);
    connect(&m_context.session, &Session::actorChanged, this, &SuppliesPanel::reload);
    retranslateUi();
}

void SuppliesPanel::reload()
{
    const bool editable = DrillUi::canEdit(m_context);
    m_supplies->setEditable(editable);
    m_budgets->setEditable(editable);
    auto items = m_inventory.supplies();
    auto budgets = m_inventory.budgets();
    if (!items || !budgets) {
        m_message->showError(!items ? items.error() : budgets.error());
        return;
    }
    const QDate today = DrillUi::today(m_context);
    int expired = 0, soon = 0, overdue = 0;
    m_supplies->beginFill(int(items->size()));
    QTableWidget *t = m_supplies->table();
    for (int row = 0; row < items->size(); ++row) {
        const SupplyItem &s = items->at(row);
        t->setItem(row, SCategoryCol,
                   DrillUi::cell(supplyCategoryName(s.category), s.id, int(s.category)));
        t->setItem(row, SNameCol, DrillUi::cell(s.name, s.id));
        t->setItem(
            row, SQuantityCol,
            DrillUi::cell(QStringLiteral("%1 %2").arg(s.quantity).arg(s.unit), s.id, s.quantity));
        t->setItem(row, SLocationCol, DrillUi::cell(s.location, s.id));
        const bool late = InventoryRules::stocktakeOverdue(s, today, StocktakePeriodDays);
        overdue += late;
        QTableWidgetItem *stock = DrillUi::cell(
            (late ? QStringLiteral("✗ ") : QString()) + DrillUi::dateText(s.lastStocktake), s.id,
            qint64(s.lastStocktake.isValid() ? s.lastStocktake.toJulianDay() : 0));
        t->setItem(row, SStocktakeCol, late ? marked(stock, GapColour) : stock);
        QString expiry = s.expiry.isValid() ? DrillUi::dateText(s.expiry) : tr("does not expire");
        QTableWidgetItem *exp = nullptr;
        if (InventoryRules::expired(s, today)) {
            ++expired;
            exp = marked(
                DrillUi::cell(tr("✗ expired %1").arg(expiry), s.id, qint64(s.expiry.toJulianDay())),
                GapColour);
        } else if (InventoryRules::expiresWithin(s, today, ExpiryWarningDays)) {
            ++soon;
            exp = marked(
                DrillUi::cell(
                    tr("⚠ %1 (in %n day(s))", nullptr, int(today.daysTo(s.expiry))).arg(expiry),
                    s.id, qint64(s.expiry.toJulianDay())),
                SoonColour);
        } else {
            exp = DrillUi::cell(expiry, s.id,
                                qint64(s.expiry.isValid() ? s.expiry.toJulianDay() : 9999999));
        }
        t->setItem(row, SExpiryCol, exp);
        t->setItem(row, SNoteCol, DrillUi::cell(s.note, s.id));
    }
    m_supplies->endFill();
    QStringList lines;
    if (expired)
        lines << tr("✗ %n item(s) expired: replace them.", nullptr, expired);
    if (soon)
        lines << tr("⚠ %n item(s) expire within %1 days.", nullptr, soon).arg(ExpiryWarningDays);
    if (overdue)
        lines << tr("✗ %n item(s) not stocktaken within %1 days.", nullptr, overdue)
                     .arg(StocktakePeriodDays);
    if (lines.isEmpty())
        lines << tr("%n item(s); nothing expired, every stocktake is current.", nullptr,
                    int(items->size()));
    m_status->setText(lines.join(QLatin1Char('\n')));

    m_budgets->beginFill(int(budgets->size()));
    QTableWidget *b = m_budgets->table();
    bool thisYear = false;
    for (int row = 0; row < budgets->size(); ++row) {
        const BudgetLine &l = budgets->at(row);
        thisYear |= l.year == today.year();
        b->setItem(row, BYearCol, DrillUi::cell(QString::number(l.year), l.id, l.year));
        b->setItem(row, BAmountCol,
                   DrillUi::cell(QStringLiteral("¥ ") + InventoryRules::formatAmount(l.amountCents),
                                 l.id, l.amountCents));
        b->setItem(row, BApprovedByCol, DrillUi::cell(l.approvedBy, l.id));
        b->setItem(row, BApprovedOnCol,
                   DrillUi::cell(DrillUi::dateText(l.approvedOn), l.id,
                                 qint64(l.approvedOn.isValid() ? l.approvedOn.toJulianDay() : 0)));
        b->setItem(row, BNoteCol, DrillUi::cell(l.note, l.id));
    }
    m_budgets->endFill();
    m_budgetStatus->setText(thisYear
                                ? tr("The emergency budget for %1 is set.").arg(today.year())
                                : tr("✗ No emergency budget is set for %1.").arg(today.year()));
}

void SuppliesPanel::addSupply()
{
    if (!DrillUi::canEdit(m_context))
        return;
    SupplyItem s;
    s.lastStocktake = DrillUi::today(m_context);
    SupplyDialog dialog(m_inventory, m_context.session.actor(), s, DrillUi::today(m_context), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_supplies->selectId(dialog.savedId());
    }
}

void SuppliesPanel::editSupply(qint64 id)
{
    auto s = m_inventory.supply(id);
    if (!s || !DrillUi::canEdit(m_context))
        return;
    SupplyDialog dialog(m_inventory, m_context.session.actor(), *s, DrillUi::today(m_context),
                        this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_supplies->selectId(id);
    }
}

void SuppliesPanel::removeSupply(qint64 id)
{
    auto s = m_inventory.supply(id);
    if (!s || !DrillUi::canEdit(m_context))
        return;
    if (!confirm(this, tr("Delete supply item"),
                 tr("Delete “%1” from the inventory?").arg(s->name)))
        return;
    if (Status r = m_inventory.removeSupply(m_context.session.actor(), id); !r) {
        m_message->showError(r.error());
        return;
    }
    reload();
}

void SuppliesPanel::addBudget()
{
    if (!DrillUi::canEdit(m_context))
        return;
    BudgetLine line;
    line.year = DrillUi::today(m_context).year();
    BudgetDialog dialog(m_inventory, m_context.session.actor(), line, DrillUi::today(m_context),
                        this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_budgets->selectId(dialog.savedId());
    }
}

void SuppliesPanel::editBudget(qint64 id)
{
    if (!DrillUi::canEdit(m_context))
        return;
    auto all = m_inventory.budgets();
    if (!all)
        return;
    for (const BudgetLine &l : *all)
        if (l.id == id) {
            BudgetDialog dialog(m_inventory, m_context.session.actor(), l,
                                DrillUi::today(m_context), this);
            if (dialog.exec() == QDialog::Accepted) {
                reload();
                m_budgets->selectId(id);
            }
            return;
        }
}

void SuppliesPanel::removeBudget(qint64 id)
{
    if (!DrillUi::canEdit(m_context))
        return;
    if (!confirm(this, tr("Delete budget line"), tr("Delete the selected budget line?")))
        return;
    if (Status r = m_inventory.removeBudget(m_context.session.actor(), id); !r) {
        m_message->showError(r.error());
        return;
    }
    reload();
}

void SuppliesPanel::retranslateUi()
{
    m_supplies->setTitle(tr("Spare parts and emergency supplies"));
    m_supplies->setHeaders({tr("Category"), tr("Name"), tr("Quantity"), tr("Location"),
                            tr("Last stocktake"), tr("Expiry"), tr("Note")});
    m_budgets->setTitle(tr("Emergency budget"));
    m_budgets->setHeaders(
        {tr("Year"), tr("Amount (CNY)"), tr("Approved by"), tr("Approved on"), tr("Note")});
    reload();
}

} // namespace ui
} // namespace dd
