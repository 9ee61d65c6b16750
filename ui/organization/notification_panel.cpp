#include "organization/notification_panel.h"

#include "app/backend.h"
#include "common/icons.h"
#include "common/inline_message.h"
#include "contacts/phone_numbers.h"
#include "organization/communication_dialog.h"
#include "organization/contact_chooser.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

// A field with its error line right under it.
QWidget *withError(QWidget *field, InlineMessage *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

NotificationSlotBox::NotificationSlotBox(NotificationSlot slot, QWidget *parent)
    : QGroupBox(parent)
    , m_slot(slot)
    , m_personLabel(new QLabel(this))
    , m_person(new ContactComboBox(this))
    , m_dutyPhoneLabel(new QLabel(this))
    , m_dutyPhone(new QLineEdit(this))
    , m_dutyPhoneError(new InlineMessage(this))
    , m_faxLabel(new QLabel(this))
    , m_fax(new QLineEdit(this))
    , m_faxError(new InlineMessage(this))
{
    const QString prefix =
        slot == NotificationSlot::Primary ? QStringLiteral("primary") : QStringLiteral("backup");
    setObjectName(prefix + QStringLiteral("Slot"));
    m_person->setObjectName(prefix + QStringLiteral("Person"));
    m_dutyPhone->setObjectName(prefix + QStringLiteral("DutyPhone"));
    m_dutyPhoneError->setObjectName(prefix + QStringLiteral("DutyPhoneError"));
    m_fax->setObjectName(prefix + QStringLiteral("Fax"));
    m_faxError->setObjectName(prefix + QStringLiteral("FaxError"));
    m_personLabel->setBuddy(m_person);
    m_dutyPhoneLabel->setBuddy(m_dutyPhone);
    m_faxLabel->setBuddy(m_fax);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_personLabel, m_person);
    form->addRow(m_dutyPhoneLabel, withError(m_dutyPhone, m_dutyPhoneError, this));
    form->addRow(m_faxLabel, withError(m_fax, m_faxError, this));

    connect(m_person, &QComboBox::currentIndexChanged, this, &NotificationSlotBox::personChosen);
    connect(m_dutyPhone, &QLineEdit::textEdited, this, [this] {
        m_dutyPhoneError->clearMessage();
        emit edited();
    });
    connect(m_fax, &QLineEdit::textEdited, this, [this] {
        m_faxError->clearMessage();
        emit edited();
    });
    retranslateUi();
}

void NotificationSlotBox::setDirectory(const ContactDirectory &directory)
{
    m_directory = &directory;
}

void NotificationSlotBox::setContact(const NotificationContact &contact)
{
    if (m_directory) {
        const QSignalBlocker blocker(m_person);
        m_person->setDirectory(*m_directory, contact.contactId);
    }
    {
        const QSignalBlocker blocker(m_person);
        m_person->setContactId(contact.contactId);
    }
    m_dutyPhone->setText(PhoneNumbers::display(contact.dutyPhone));
    m_fax->setText(PhoneNumbers::display(contact.fax));
    m_dutyPhoneError->clearMessage();
    m_faxError->clearMessage();
}

std::optional<NotificationContact> NotificationSlotBox::collect()
{
    NotificationContact c;
    c.slot = m_slot;
    c.contactId = m_person->contactId();
    bool ok = true;
    auto duty = PhoneNumbers::normalize(m_dutyPhone->text(), PhoneKind::DutyLine,
                                        tr("%1: duty phone").arg(title()));
    if (duty) {
        c.dutyPhone = *duty;
        m_dutyPhoneError->clearMessage();
    } else {
        m_dutyPhoneError->showError(duty.error());
        ok = false;
    }
    auto fax = PhoneNumbers::normalize(m_fax->text(), PhoneKind::Fax, tr("%1: fax").arg(title()));
    if (fax) {
        c.fax = *fax;
        m_faxError->clearMessage();
    } else {
        m_faxError->showError(fax.error());
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return c;
}

void NotificationSlotBox::setEditable(bool editable)
{
    m_person->setEnabled(editable);
    m_dutyPhone->setReadOnly(!editable);
    m_fax->setReadOnly(!editable);
}

void NotificationSlotBox::personChosen()
{
    // A person with a duty line of their own brings it along when the field is still empty.
    if (m_directory && m_dutyPhone->text().trimmed().isEmpty()) {
        if (const Contact *c = m_directory->find(m_person->contactId());
            c && !c->dutyPhone.isEmpty())
            m_dutyPhone->setText(PhoneNumbers::display(c->dutyPhone));
    }
    if (m_directory && m_fax->text().trimmed().isEmpty()) {
        if (const Contact *c = m_directory->find(m_person->contactId()); c && !c->fax.isEmpty())
            m_fax->setText(PhoneNumbers::display(c->fax));
    }
    emit edited();
}

void NotificationSlotBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void NotificationSlotBox::retranslateUi()
{
    setTitle(m_slot == NotificationSlot::Primary ? tr("IT lead (信息技术负责人)")
                                                 : tr("Backup contact"));
    m_personLabel->setText(tr("&Person:"));
    m_dutyPhoneLabel->setText(tr("&Duty phone:"));
    m_dutyPhone->setPlaceholderText(tr("e.g. 0755-8888 0000"));
    m_faxLabel->setText(tr("&Fax:"));
    m_fax->setPlaceholderText(tr("e.g. 0755-8888 0001"));
}

NotificationPanel::NotificationPanel(UiContext &context, QWidget *parent)
    : OrganizationTab(context, parent)
    , m_note(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_primary(new NotificationSlotBox(NotificationSlot::Primary, this))
    , m_backup(new NotificationSlotBox(NotificationSlot::Backup, this))
    , m_warnings(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_recordsLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_record(new QPushButton(this))
{
    setObjectName(QStringLiteral("notificationPanel"));
    m_note->setObjectName(QStringLiteral("notificationNote"));
    m_note->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("notificationWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_message->setObjectName(QStringLiteral("notificationMessage"));
    m_save->setObjectName(QStringLiteral("saveNotification"));
    m_revert->setObjectName(QStringLiteral("revertNotification"));
    m_table->setObjectName(QStringLiteral("communicationTable"));
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_record->setObjectName(QStringLiteral("recordCommunication"));
    m_primary->setDirectory(m_directory);
    m_backup->setDirectory(m_directory);

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(m_primary, 1);
    boxes->addWidget(m_backup, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_revert);
    saveRow->addStretch(1);
    auto *recordsRow = new QHBoxLayout;
    recordsRow->addWidget(m_recordsLabel, 1);
    recordsRow->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_intro);
    layout->addLayout(boxes);
    layout->addWidget(m_warnings);
    layout->addWidget(m_message);
    layout->addLayout(saveRow);
    layout->addSpacing(8);
    layout->addLayout(recordsRow);
    layout->addWidget(m_table, 1);

    for (NotificationSlotBox *box : {m_primary, m_backup})
        connect(box, &NotificationSlotBox::edited, this, [this] {
            m_dirty = true;
            updateActions();
        });
    connect(m_save, &QPushButton::clicked, this, &NotificationPanel::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_message->clearMessage();
        reload();
    });
    connect(m_record, &QPushButton::clicked, this, &NotificationPanel::askRecord);

    reload();
    retranslateUi();
}

QString NotificationPanel::tabTitle() const
{
    return tr("Notification contacts");
}

void NotificationPanel::reload()
{
    auto directory = ContactDirectory::load(m_context.backend.contacts());
    auto stored = m_context.backend.contacts().notificationContacts();
    auto records = m_context.backend.contacts().communications();
    if (!directory || !stored || !records) {
        m_message->showError(!directory ? directory.error()
                             : !stored  ? stored.error()
                                        : records.error());
        return;
    }
    m_directory = *directory;
    m_stored = *stored;
    m_records = *records;
    for (NotificationSlotBox *box : {m_primary, m_backup}) {
        NotificationContact shown;
        shown.slot = box->slot();
        for (const NotificationContact &c : std::as_const(m_stored))
            if (c.slot == box->slot())
                shown = c;
        box->setContact(shown);
    }
    m_dirty = false;
    fillTable();
    updateWarnings();
    updateActions();
}

QStringList NotificationPanel::warnings() const
{
    QStringList all;
    for (const NotificationSlot slot : {NotificationSlot::Primary, NotificationSlot::Backup}) {
        const QString who = slot == NotificationSlot::Primary ? tr("IT lead") : tr("Backup");
        const NotificationContact *found = nullptr;
        for (const NotificationContact &c : m_stored)
            if (c.slot == slot && c.contactId)
                found = &c;
        if (!found) {
            all << tr("%1: nobody is set.").arg(who);
            continue;
        }
        const Contact *person = m_directory.find(found->contactId);
        if (person && !person->active)
            all << tr("%1: %2 is no longer active.").arg(who, person->name);
        if (found->dutyPhone.isEmpty())
            all << tr("%1: the duty phone is missing.").arg(who);
        if (found->fax.isEmpty())
            all << tr("%1: the fax is missing.").arg(who);
    }
    if (m_records.isEmpty())
        all << tr("No record yet that the contacts were communicated to the regulator.");
    return all;
}

void NotificationPanel::updateWarnings()
{
    const QStringList all = warnings();
    m_warnings->setText(all.join(QLatin1Char('\n')));
    m_warnings->setVisible(!all.isEmpty());
}

bool NotificationPanel::save()
{
    m_message->clearMessage();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was saved."));
        return false;
    }
    // Both boxes are checked before anything is written, so every problem shows at once.
    const auto primary = m_primary->collect();
    const auto backup = m_backup->collect();
    if (!primary || !backup) {
        m_message->showError(tr("Nothing was saved: correct the numbers marked above."));
        return false;
    }
    if (primary->contactId && primary->contactId == backup->contactId) {
        m_message->showError(
            tr("Backup contact: choose someone other than the IT lead, or nobody."));
        return false;
    }
    const Actor &actor = m_context.session.actor();
    const Status saved = m_context.backend.database().write([&]() -> Status {
        if (Status s = m_context.backend.contacts().setNotificationContact(actor, *primary); !s)
            return s;
        return m_context.backend.contacts().setNotificationContact(actor, *backup);
    });
    if (!saved) {
        m_message->showError(saved.error());
        return false;
    }
    reload();
    m_message->showSuccess(tr("Notification contacts saved. Record when they are communicated "
                              "to the regulator."));
    return true;
}

bool NotificationPanel::recordCommunication(const NotificationCommunication &communication)
{
    m_message->clearMessage();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was saved."));
        return false;
    }
    auto recorded =
        m_context.backend.contacts().recordCommunication(m_context.session.actor(), communication);
    if (!recorded) {
        m_message->showError(recorded.error());
        return false;
    }
    // Unsaved edits of the contacts above stay as they are.
    auto records = m_context.backend.contacts().communications();
    if (records)
        m_records = *records;
    fillTable();
    updateWarnings();
    m_message->showSuccess(tr("Communication recorded."));
    return true;
}

void NotificationPanel::askRecord()
{
    CommunicationDialog dialog(m_directory.units, today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto recorded = m_context.backend.contacts().recordCommunication(m_context.session.actor(),
                                                                         dialog.communication());
        if (!recorded) {
            dialog.showError(recorded.error());
            continue;
        }
        auto records = m_context.backend.contacts().communications();
        if (records)
            m_records = *records;
        fillTable();
        updateWarnings();
        m_message->showSuccess(tr("Communication recorded."));
        return;
    }
}

void NotificationPanel::fillTable()
{
    QList<NotificationCommunication> sorted = m_records;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.communicated > b.communicated; });
    m_table->setRowCount(int(sorted.size()));
    for (int row = 0; row < sorted.size(); ++row) {
        const NotificationCommunication &c = sorted[row];
        QString recipient = c.recipient;
        if (const QString unit = m_directory.unitName(c.unitId);
            !unit.isEmpty() && !recipient.contains(unit))
            recipient = QStringLiteral("%1 (%2)").arg(recipient, unit);
        const QStringList cells{c.communicated.toString(Qt::ISODate), recipient, c.method, c.notes};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
}

void NotificationPanel::updateActions()
{
    const bool edit = canEdit();
    m_primary->setEditable(edit);
    m_backup->setEditable(edit);
    m_save->setEnabled(edit && m_dirty);
    m_revert->setEnabled(edit && m_dirty);
    m_record->setEnabled(edit);
    updateNote(m_note, tr("notification contacts"));
}

void NotificationPanel::retranslateUi()
{
    m_intro->setText(tr("The IT lead and a backup are the contacts the regulator and the related "
                        "units reach in an incident. Both need a duty phone and a fax."));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    m_recordsLabel->setText(tr("Communicated to regulators and related units:"));
    m_record->setText(tr("&Record communication…"));
    m_record->setIcon(icon(QStringLiteral("reports")));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Recipient"), tr("Method"), tr("Notes")});
    updateWarnings();
    updateActions();
}

} // namespace ui
} // namespace dd
