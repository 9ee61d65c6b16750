#pragma once

#include "inventory/inventory_register.h"

#include <QWidget>

class QLabel;
class QSplitter;

namespace dd {
namespace ui {

class InlineMessage;
class RegisterTable;
struct UiContext;

// Technical documents and software backups: kinds, where kept, custodian, last check; the
// kinds without any entry are named above the table.
class DocumentsPanel : public QWidget {
    Q_OBJECT
public:
    DocumentsPanel(UiContext &context, InventoryRegister &inventory, QWidget *parent = nullptr);
    void reload();
    void retranslateUi();
    RegisterTable *documents() const { return m_table; }
    void addDocument();
    void editDocument(qint64 id);
    void removeDocument(qint64 id);

private:
    UiContext &m_context;
    InventoryRegister &m_inventory;
    QLabel *m_status;
    RegisterTable *m_table;
    InlineMessage *m_message;
};

// Spare parts and emergency supplies (expiry and stocktake marked) above the emergency budget
// lines.
class SuppliesPanel : public QWidget {
    Q_OBJECT
public:
    SuppliesPanel(UiContext &context, InventoryRegister &inventory, QWidget *parent = nullptr);
    void reload();
    void retranslateUi();
    RegisterTable *supplies() const { return m_supplies; }
    RegisterTable *budgets() const { return m_budgets; }
    void addSupply();
    void editSupply(qint64 id);
    void removeSupply(qint64 id);
    void addBudget();
    void editBudget(qint64 id);
    void removeBudget(qint64 id);

private:
    UiContext &m_context;
    InventoryRegister &m_inventory;
    QLabel *m_status;
    RegisterTable *m_supplies;
    QLabel *m_budgetStatus;
    RegisterTable *m_budgets;
    InlineMessage *m_message;
    QSplitter *m_splitter;
};

} // namespace ui
} // namespace dd
