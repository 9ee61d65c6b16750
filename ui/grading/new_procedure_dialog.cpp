#include "grading/new_procedure_dialog.h"

#include "common/inline_message.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace dd {
namespace ui {

NewProcedureDialog::NewProcedureDialog(const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , m_taken(taken)
    , m_intro(new QLabel(this))
    , m_faultTypeLabel(new QLabel(this))
    , m_faultType(new QLineEdit(this))
    , m_titleLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newProcedureDialog"));
    m_intro->setWordWrap(true);
    m_faultType->setObjectName(QStringLiteral("newFaultType"));
    m_faultType->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z][a-z0-9_]{0,39}")), m_faultType));
    m_title->setObjectName(QStringLiteral("newProcedureTitle"));
    m_message->setObjectName(QStringLiteral("newProcedureMessage"));
    m_faultTypeLabel->setBuddy(m_faultType);
    m_titleLabel->setBuddy(m_title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_faultTypeLabel, m_faultType);
    form->addRow(m_titleLabel, m_title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProcedureDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewProcedureDialog::reject);
    setMinimumWidth(480);
    retranslateUi();
}

QString NewProcedureDialog::faultType() const
{
    return m_faultType->text().trimmed();
}

QString NewProcedureDialog::title() const
{
    return m_title->text().trimmed();
}

void NewProcedureDialog::accept()
{
    if (faultType().isEmpty()) {
        m_message->showError(tr("Fault type: give an id in lower case, such as power_outage."));
        m_faultType->setFocus();
        return;
    }
    if (m_taken.contains(faultType())) {
        m_message->showError(
            tr("Fault type: \"%1\" has a procedure already; choose it in the list to edit it.")
                .arg(faultType()));
        m_faultType->setFocus();
        return;
    }
    if (title().isEmpty()) {
        m_message->showError(tr("Title: name the procedure."));
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

void NewProcedureDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewProcedureDialog::retranslateUi()
{
    setWindowTitle(tr("New procedure"));
    m_intro->setText(tr("A procedure is the checklist opened in an incident of its fault type. It "
                        "starts with the personnel-safety step; add the other steps after."));
    m_faultTypeLabel->setText(tr("&Fault type:"));
    m_faultType->setPlaceholderText(tr("for example power_outage"));
    m_titleLabel->setText(tr("&Title:"));
    m_title->setPlaceholderText(tr("as in the emergency plan"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace ui
} // namespace dd
