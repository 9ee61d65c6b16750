#include "plans/register_dialog.h"

#include "common/inline_message.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {
const QDate NotSet(2000, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(NotSet);
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(QStringLiteral("—"));
    setDate(NotSet);
}

void OptionalDateEdit::setValue(const QDate &date)
{
    setDate(date.isValid() ? date : NotSet);
}

QDate OptionalDateEdit::value() const
{
    return m_optional && date() == NotSet ? QDate() : date();
}

void OptionalDateEdit::setOptional(bool optional)
{
    m_optional = optional;
    setSpecialValueText(optional ? QStringLiteral("—") : QString());
}

void OptionalDateEdit::stepBy(int steps)
{
    if (date() == NotSet && m_fallback.isValid()) {
        setDate(m_fallback);
        return;
    }
    QDateEdit::stepBy(steps);
}

RegisterDialog::RegisterDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_message(new InlineMessage)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(name);
    m_message->setObjectName(name + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { (void)trySave(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

bool RegisterDialog::trySave()
{
    Status saved = apply();
    if (!saved) {
        m_message->showError(saved.error());
        return false;
    }
    accept();
    return true;
}

QLabel *RegisterDialog::addRow(QWidget *field)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    m_labels << label;
    m_form->addRow(label, field);
    return label;
}

} // namespace ui
} // namespace dd
