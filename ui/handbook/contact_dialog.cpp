#include "handbook/contact_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "handbook/handbook_dates.h"
#include "handbook/phone_field.h"
#include "settings/channel_preferences_editor.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

ContactDialog::ContactDialog(UiContext &context, const Contact &contact, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_contact(contact)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_unitLabel(new QLabel(this))
    , m_unit(new QComboBox(this))
    , m_positionLabel(new QLabel(this))
    , m_position(new QLineEdit(this))
    , m_emailLabel(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_backupLabel(new QLabel(this))
    , m_backup(new QComboBox(this))
    , m_operatorLabel(new QLabel(this))
    , m_operator(new QComboBox(this))
    , m_mobileLabel(new QLabel(this))
    , m_mobile(new PhoneField(PhoneKind::Mobile, this))
    , m_officeLabel(new QLabel(this))
    , m_office(new PhoneField(PhoneKind::Landline, this))
    , m_dutyLabel(new QLabel(this))
    , m_duty(new PhoneField(PhoneKind::DutyLine, this))
    , m_faxLabel(new QLabel(this))
    , m_fax(new PhoneField(PhoneKind::Fax, this))
    , m_verified(new QCheckBox(this))
    , m_verifiedOn(new QDateEdit(this))
    , m_inHandbook(new QCheckBox(this))
    , m_active(new QCheckBox(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_preferences(new ChannelPreferencesEditor(context, PreferenceOwner::Contact, this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("contactDialog"));
    setMinimumWidth(760);
    m_name->setObjectName(QStringLiteral("name"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_position->setObjectName(QStringLiteral("position"));
    m_email->setObjectName(QStringLiteral("email"));
    m_backup->setObjectName(QStringLiteral("backup"));
    m_operator->setObjectName(QStringLiteral("operatorLogin"));
    m_mobile->setObjectName(QStringLiteral("mobile"));
    m_office->setObjectName(QStringLiteral("office"));
    m_duty->setObjectName(QStringLiteral("duty"));
    m_fax->setObjectName(QStringLiteral("fax"));
    m_verified->setObjectName(QStringLiteral("verified"));
    m_verifiedOn->setObjectName(QStringLiteral("verifiedOn"));
    m_inHandbook->setObjectName(QStringLiteral("inHandbook"));
    m_active->setObjectName(QStringLiteral("active"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_error->setObjectName(QStringLiteral("error"));

    m_verifiedOn->setCalendarPopup(true);
    m_verifiedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_verifiedOn->setMaximumDate(institutionToday(m_context.backend));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    // The backup is found by typing any part of a name or unit.
    m_backup->setEditable(true);
    m_backup->setInsertPolicy(QComboBox::NoInsert);
    m_backup->completer()->setFilterMode(Qt::MatchContains);
    m_backup->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_backup->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_nameLabel->setBuddy(m_name);
    m_unitLabel->setBuddy(m_unit);
    m_positionLabel->setBuddy(m_position);
    m_emailLabel->setBuddy(m_email);
    m_backupLabel->setBuddy(m_backup);
    m_operatorLabel->setBuddy(m_operator);
    m_mobileLabel->setBuddy(m_mobile->edit());
    m_officeLabel->setBuddy(m_office->edit());
    m_dutyLabel->setBuddy(m_duty->edit());
    m_faxLabel->setBuddy(m_fax->edit());
    m_notesLabel->setBuddy(m_notes);

    auto *left = new QFormLayout;
    left->addRow(m_nameLabel, m_name);
    left->addRow(m_unitLabel, m_unit);
    left->addRow(m_positionLabel, m_position);
    left->addRow(m_emailLabel, m_email);
    left->addRow(m_backupLabel, m_backup);
    left->addRow(m_operatorLabel, m_operator);
    auto *right = new QFormLayout;
    right->addRow(m_mobileLabel, m_mobile);
    right->addRow(m_officeLabel, m_office);
    right->addRow(m_dutyLabel, m_duty);
    right->addRow(m_faxLabel, m_fax);
    auto *verifiedRow = new QHBoxLayout;
    verifiedRow->addWidget(m_verified);
    verifiedRow->addWidget(m_verifiedOn, 1);
    right->addRow(verifiedRow);
    for (QFormLayout *form : {left, right})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_inHandbook);
    flags->addWidget(m_active);
    flags->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_preferences);
    layout->addLayout(flags);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_verified, &QCheckBox::toggled, m_verifiedOn, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadChoices();
    fill();
    retranslateUi();
}

void ContactDialog::loadChoices()
{
    m_unit->addItem(QString(), qint64(0));
    if (auto units = m_context.backend.contacts().units(); units) {
        for (const Unit &unit : *units)
            m_unit->addItem(tr("%1 — %2").arg(unit.name, unitKindName(unit.kind)), unit.id);
    } else {
        m_error->showError(units.error());
    }

    m_backup->addItem(QString(), qint64(0));
    if (auto people = m_context.backend.contacts().contacts(); people) {
        for (const Contact &person : *people) {
            if (person.id == m_contact.id)
                continue;
            QStringList parts{person.name};
            if (!person.position.isEmpty())
                parts << person.position;
            m_backup->addItem(parts.join(QStringLiteral(", ")), person.id);
        }
    } else {
        m_error->showError(people.error());
    }

    m_operator->addItem(QString(), QString());
    if (auto operators = m_context.backend.operators().list(); operators) {
        for (const Operator &op : *operators)
            m_operator->addItem(tr("%1 (%2)").arg(op.displayName, op.login), op.login);
    }
}

void ContactDialog::fill()
{
    m_name->setText(m_contact.name);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(m_contact.unitId)));
    m_position->setText(m_contact.position);
    m_email->setText(m_contact.email);
    m_backup->setCurrentIndex(qMax(0, m_backup->findData(m_contact.backupId)));
    int op = m_operator->findData(m_contact.operatorLogin);
    if (op < 0 && !m_contact.operatorLogin.isEmpty()) {
        // An operator removed since: keep the link visible rather than dropping it silently.
        m_operator->addItem(m_contact.operatorLogin, m_contact.operatorLogin);
        op = m_operator->count() - 1;
    }
    m_operator->setCurrentIndex(qMax(0, op));
    m_mobile->setStored(m_contact.mobile);
    m_office->setStored(m_contact.officePhone);
    m_duty->setStored(m_contact.dutyPhone);
    m_fax->setStored(m_contact.fax);
    m_verified->setChecked(m_contact.lastVerified.isValid());
    m_verifiedOn->setDate(m_contact.lastVerified.isValid() ? m_contact.lastVerified
                                                           : institutionToday(m_context.backend));
    m_verifiedOn->setEnabled(m_verified->isChecked());
    m_inHandbook->setChecked(m_contact.inHandbook);
    m_active->setChecked(m_contact.active);
    // A new person is active; deactivating goes through the page's Deactivate action.
    m_active->setVisible(m_contact.id > 0);
    m_notes->setPlainText(m_contact.notes);
    m_preferences->load(m_contact.id);
}

void ContactDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_name, m_position, m_email})
        edit->setReadOnly(readOnly);
    for (PhoneField *field : {m_mobile, m_office, m_duty, m_fax})
        field->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *>{m_unit, m_backup, m_operator, m_verified,
                                                       m_verifiedOn, m_inHandbook, m_active})
        w->setEnabled(!readOnly);
    m_notes->setReadOnly(readOnly);
    m_preferences->setReadOnly(readOnly);
    m_buttons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                           : QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    retranslateUi();
}

qint64 ContactDialog::chosenBackup(bool *ok) const
{
    *ok = true;
    const QString text = m_backup->currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int index = m_backup->findText(text, Qt::MatchFixedString);
    if (index < 0) {
        *ok = false;
        return 0;
    }
    return m_backup->itemData(index).toLongLong();
}

void ContactDialog::submit()
{
    if (m_readOnly)
        return;
    Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.unitId = m_unit->currentData().toLongLong();
    c.position = m_position->text().trimmed();
    c.email = m_email->text().trimmed();
    c.operatorLogin = m_operator->currentData().toString();
    c.notes = m_notes->toPlainText().trimmed();
    c.inHandbook = m_inHandbook->isChecked();
    c.active = m_contact.id == 0 || m_active->isChecked();
    c.lastVerified = m_verified->isChecked() ? m_verifiedOn->date() : QDate();

    // Every phone is checked (each shows its own refusal); the first refusal is focused.
    QWidget *firstBad = nullptr;
    QStringList problems;
    const auto take = [&](PhoneField *field, QString &target) {
        Result<QString> stored = field->validate();
        if (stored) {
            target = *stored;
            return;
        }
        problems << stored.error();
        if (!firstBad)
            firstBad = field->edit();
    };
    take(m_mobile, c.mobile);
    take(m_office, c.officePhone);
    take(m_duty, c.dutyPhone);
    take(m_fax, c.fax);
    bool backupOk = true;
    c.backupId = chosenBackup(&backupOk);
    if (!backupOk) {
        problems << tr("Backup: \"%1\" is not a person in the handbook; choose one from the list "
                       "or leave it empty.")
                        .arg(m_backup->currentText().trimmed());
        if (!firstBad)
            firstBad = m_backup;
    }
    if (!problems.isEmpty()) {
        m_error->showError(problems.join(QLatin1Char('\n')));
        firstBad->setFocus();
        return;
    }

    // One user action, one transaction: the entry and its channel rows are saved together, and
    // a refused channel row leaves both as they were (the dialog stays open with the edits).
    const Actor actor = m_context.session.actor();
    auto saved = m_context.backend.database().write([&]() -> Result<qint64> {
        auto id = m_context.backend.contacts().saveContact(actor, c);
        if (!id)
            return id;
        if (Status preferences = m_preferences->save(actor, *id); !preferences)
            return preferences.takeError();
        return id;
    });
    if (!saved) {
        m_error->showError(saved.error());
        return;
    }
    m_savedId = *saved;
    m_contact.id = *saved;
    accept();
}

void ContactDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ContactDialog::retranslateUi()
{
    if (m_readOnly)
        setWindowTitle(tr("Contact"));
    else
        setWindowTitle(m_contact.id > 0 ? tr("Edit contact") : tr("New contact"));
    m_nameLabel->setText(tr("&Name:"));
    m_unitLabel->setText(tr("&Unit:"));
    m_positionLabel->setText(tr("&Position:"));
    m_emailLabel->setText(tr("&Email:"));
    m_backupLabel->setText(tr("&Backup (备岗):"));
    m_operatorLabel->setText(tr("Signs in &as:"));
    m_mobileLabel->setText(tr("&Mobile:"));
    m_officeLabel->setText(tr("&Office phone:"));
    m_dutyLabel->setText(tr("&Duty line:"));
    m_faxLabel->setText(tr("&Fax:"));
    m_mobile->setFieldName(tr("Mobile"));
    m_office->setFieldName(tr("Office phone"));
    m_duty->setFieldName(tr("Duty line"));
    m_fax->setFieldName(tr("Fax"));
    m_verified->setText(tr("&Verified on:"));
    m_inHandbook->setText(tr("Printed in the &handbook"));
    m_active->setText(tr("A&ctive"));
    m_notesLabel->setText(tr("N&otes:"));
    m_unit->setItemText(0, tr("(no unit)"));
    m_backup->setItemText(0, QString());
    m_backup->lineEdit()->setPlaceholderText(tr("Type part of a name to search"));
    m_operator->setItemText(0, tr("(does not sign in)"));
    m_mobile->edit()->setPlaceholderText(QStringLiteral("138 0013 8000"));
    m_office->edit()->setPlaceholderText(tr("010 6555 0000 ext. 12"));
    m_duty->edit()->setPlaceholderText(tr("any number, also 95598"));
    if (QPushButton *save = m_buttons->button(QDialogButtonBox::Save))
        save->setText(tr("Save"));
}

} // namespace ui
} // namespace dd
