#pragma once

#include "access/actor.h"
#include "inventory/inventory_register.h"
#include "plans/register_dialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dd {
namespace ui {

// Add or edit one technical document / software backup.
class DocumentDialog : public RegisterDialog {
    Q_OBJECT
public:
    DocumentDialog(InventoryRegister &inventory, const Actor &actor, const TechnicalDocument &doc,
                   const QDate &today, QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }

protected:
    Status apply() override;

private:
    InventoryRegister &m_inventory;
    Actor m_actor;
    TechnicalDocument m_doc;
    qint64 m_savedId = 0;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QLineEdit *m_location;
    QLineEdit *m_custodian;
    OptionalDateEdit *m_checked;
    QPlainTextEdit *m_note;
};

// Add or edit one spare part or emergency supply.
class SupplyDialog : public RegisterDialog {
    Q_OBJECT
public:
    SupplyDialog(InventoryRegister &inventory, const Actor &actor, const SupplyItem &item,
                 const QDate &today, QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }

protected:
    Status apply() override;

private:
    InventoryRegister &m_inventory;
    Actor m_actor;
    SupplyItem m_item;
    qint64 m_savedId = 0;
    QComboBox *m_category;
    QLineEdit *m_name;
    QSpinBox *m_quantity;
    QLineEdit *m_unit;
    QLineEdit *m_location;
    OptionalDateEdit *m_stocktake;
    OptionalDateEdit *m_expiry;
    QPlainTextEdit *m_note;
};

// Add or edit the emergency budget line of a year.
class BudgetDialog : public RegisterDialog {
    Q_OBJECT
public:
    BudgetDialog(InventoryRegister &inventory, const Actor &actor, const BudgetLine &line,
                 const QDate &today, QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }

protected:
    Status apply() override;

private:
    InventoryRegister &m_inventory;
    Actor m_actor;
    BudgetLine m_line;
    qint64 m_savedId = 0;
    QSpinBox *m_year;
    QLineEdit *m_amount;
    QLineEdit *m_approvedBy;
    OptionalDateEdit *m_approvedOn;
    QPlainTextEdit *m_note;
};

} // namespace ui
} // namespace dd
