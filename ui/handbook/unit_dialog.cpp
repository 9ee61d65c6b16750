#include "handbook/unit_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "handbook/phone_field.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {
namespace ui {

UnitDialog::UnitDialog(UiContext &context, const Unit &unit, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_unit(unit)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_phoneLabel(new QLabel(this))
    , m_phone(new PhoneField(PhoneKind::Any, this))
    , m_orderLabel(new QLabel(this))
    , m_order(new QSpinBox(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("unitDialog"));
    setMinimumWidth(480);
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_address->setObjectName(QStringLiteral("address"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_order->setObjectName(QStringLiteral("sortOrder"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_error->setObjectName(QStringLiteral("error"));
    m_order->setRange(-9999, 9999);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    for (UnitKind kind : allUnitKinds())
        m_kind->addItem(QString(), int(kind));

    m_nameLabel->setBuddy(m_name);
    m_kindLabel->setBuddy(m_kind);
    m_addressLabel->setBuddy(m_address);
    m_phoneLabel->setBuddy(m_phone->edit());
    m_orderLabel->setBuddy(m_order);
    m_notesLabel->setBuddy(m_notes);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_phoneLabel, m_phone);
    form->addRow(m_orderLabel, m_order);
    form->addRow(m_notesLabel, m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_name->setText(unit.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(unit.kind))));
    m_address->setText(unit.address);
    m_phone->setStored(unit.phone);
    m_order->setValue(unit.sortOrder);
    m_notes->setPlainText(unit.notes);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnitDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void UnitDialog::submit()
{
    Unit u = m_unit;
    u.name = m_name->text().trimmed();
    u.kind = UnitKind(m_kind->currentData().toInt());
    u.address = m_address->text().trimmed();
    u.sortOrder = m_order->value();
    u.notes = m_notes->toPlainText().trimmed();
    Result<QString> phone = m_phone->validate();
    if (!phone) {
        m_error->showError(phone.error());
        m_phone->setFocus();
        return;
    }
    u.phone = *phone;
    auto saved = m_context.backend.contacts().saveUnit(m_context.session.actor(), u);
    if (!saved) {
        m_error->showError(saved.error());
        return;
    }
    m_savedId = *saved;
    accept();
}

void UnitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UnitDialog::retranslateUi()
{
    setWindowTitle(m_unit.id > 0 ? tr("Edit unit") : tr("New unit"));
    m_nameLabel->setText(tr("&Name:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_addressLabel->setText(tr("&Address:"));
    m_phoneLabel->setText(tr("&Switchboard:"));
    m_phone->setFieldName(tr("Switchboard"));
    m_orderLabel->setText(tr("&Order in the handbook:"));
    m_order->setToolTip(
        tr("Units with a smaller number are printed first; equal numbers by name."));
    m_notesLabel->setText(tr("N&otes:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, unitKindName(UnitKind(m_kind->itemData(i).toInt())));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
}

} // namespace ui
} // namespace dd
