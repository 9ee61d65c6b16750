#pragma once

#include "contacts/contact.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dd {
namespace ui {

class InlineMessage;
class PhoneField;
struct UiContext;

// Adds or edits a unit of the handbook: one of our departments or a related external unit
// (carrier, fire, power, vendor, regulator, exchange ...), with its address and switchboard.
// A refused save is shown in the dialog, which stays open and has written nothing.
class UnitDialog : public QDialog {
    Q_OBJECT
public:
    // `unit.id == 0` adds a new unit (its kind preset by the caller).
    UnitDialog(UiContext &context, const Unit &unit, QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslateUi();

    UiContext &m_context;
    Unit m_unit;
    qint64 m_savedId = 0;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_phoneLabel;
    PhoneField *m_phone;
    QLabel *m_orderLabel;
    QSpinBox *m_order;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
