#include "organization/communication_dialog.h"

#include "common/inline_message.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

// The usual ways, offered in the method combo (free text is accepted too).
const char *const Methods[] = {
    QT_TRANSLATE_NOOP("dd::ui::CommunicationDialog", "Fax"),
    QT_TRANSLATE_NOOP("dd::ui::CommunicationDialog", "Official letter"),
    QT_TRANSLATE_NOOP("dd::ui::CommunicationDialog", "E-mail"),
    QT_TRANSLATE_NOOP("dd::ui::CommunicationDialog", "Regulatory filing system"),
    QT_TRANSLATE_NOOP("dd::ui::CommunicationDialog", "Telephone"),
    QT_TRANSLATE_NOOP("dd::ui::CommunicationDialog", "Meeting"),
};

} // namespace

CommunicationDialog::CommunicationDialog(const QList<Unit> &units, const QDate &today,
                                         QWidget *parent)
    : QDialog(parent)
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(today, this))
    , m_unitLabel(new QLabel(this))
    , m_unit(new QComboBox(this))
    , m_recipientLabel(new QLabel(this))
    , m_recipient(new QLineEdit(this))
    , m_methodLabel(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("communicationDialog"));
    setMinimumWidth(480);
    m_date->setObjectName(QStringLiteral("communicationDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    m_unit->setObjectName(QStringLiteral("communicationUnit"));
    m_unit->addItem(QString(), qint64(0));
    for (const Unit &u : units)
        if (u.kind != UnitKind::Internal)
            m_unit->addItem(QStringLiteral("%1 (%2)").arg(u.name, unitKindName(u.kind)), u.id);
    m_recipient->setObjectName(QStringLiteral("communicationRecipient"));
    m_method->setObjectName(QStringLiteral("communicationMethod"));
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    for (const char *method : Methods)
        m_method->addItem(QString(), QString::fromLatin1(method));
    m_notes->setObjectName(QStringLiteral("communicationNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_error->setObjectName(QStringLiteral("error"));
    m_dateLabel->setBuddy(m_date);
    m_unitLabel->setBuddy(m_unit);
    m_recipientLabel->setBuddy(m_recipient);
    m_methodLabel->setBuddy(m_method);
    m_notesLabel->setBuddy(m_notes);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_unitLabel, m_unit);
    form->addRow(m_recipientLabel, m_recipient);
    form->addRow(m_methodLabel, m_method);
    form->addRow(m_notesLabel, m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // Choosing a unit fills the recipient when nothing was typed there yet.
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this, units] {
        const qint64 id = m_unit->currentData().toLongLong();
        for (const Unit &u : units)
            if (u.id == id && m_recipient->text().trimmed().isEmpty())
                m_recipient->setText(u.name);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommunicationDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

NotificationCommunication CommunicationDialog::communication() const
{
    NotificationCommunication c;
    c.communicated = m_date->date();
    c.unitId = m_unit->currentData().toLongLong();
    c.recipient = m_recipient->text().trimmed();
    c.method = m_method->currentText().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

void CommunicationDialog::showError(const QString &text)
{
    m_error->showError(text);
}

void CommunicationDialog::submit()
{
    m_error->clearMessage();
    if (m_recipient->text().trimmed().isEmpty()) {
        m_error->showError(tr("Recipient: say to whom the contacts were communicated, e.g. the "
                              "local CSRC bureau."));
        m_recipient->setFocus();
        return;
    }
    if (m_method->currentText().trimmed().isEmpty()) {
        m_error->showError(tr("Method: say how they were communicated, e.g. by fax."));
        m_method->setFocus();
        return;
    }
    accept();
}

void CommunicationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CommunicationDialog::retranslateUi()
{
    setWindowTitle(tr("Record communication"));
    m_dateLabel->setText(tr("&Date:"));
    m_unitLabel->setText(tr("&Unit:"));
    m_unit->setItemText(0, tr("(not a unit of the handbook)"));
    m_recipientLabel->setText(tr("&Recipient:"));
    m_recipient->setPlaceholderText(tr("e.g. 深圳证监局 机构监管处"));
    m_methodLabel->setText(tr("&Method:"));
    for (int row = 0; row < m_method->count(); ++row)
        m_method->setItemText(row, tr(m_method->itemData(row).toString().toLatin1().constData()));
    m_notesLabel->setText(tr("&Notes:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
}

} // namespace ui
} // namespace dd
