#pragma once

#include "contacts/contact.h"
#include "organization/contact_directory.h"
#include "organization/organization_tab.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

class ContactComboBox;
class InlineMessage;

// One notification contact: the person, the duty phone and the fax, each with its error line.
class NotificationSlotBox : public QGroupBox {
    Q_OBJECT
public:
    NotificationSlotBox(NotificationSlot slot, QWidget *parent = nullptr);

    NotificationSlot slot() const { return m_slot; }
    void setDirectory(const ContactDirectory &directory);
    void setContact(const NotificationContact &contact);
    // Validates and normalises the fields; shows each problem next to its field. nullopt when
    // any field is wrong.
    std::optional<NotificationContact> collect();
    void setEditable(bool editable);
    ContactComboBox *person() const { return m_person; }
    QLineEdit *dutyPhone() const { return m_dutyPhone; }
    QLineEdit *fax() const { return m_fax; }
    InlineMessage *dutyPhoneError() const { return m_dutyPhoneError; }
    InlineMessage *faxError() const { return m_faxError; }

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void personChosen();
    void retranslateUi();

    NotificationSlot m_slot;
    const ContactDirectory *m_directory = nullptr;
    QLabel *m_personLabel;
    ContactComboBox *m_person;
    QLabel *m_dutyPhoneLabel;
    QLineEdit *m_dutyPhone;
    InlineMessage *m_dutyPhoneError;
    QLabel *m_faxLabel;
    QLineEdit *m_fax;
    InlineMessage *m_faxError;
};

// The "Notification contacts" tab (通报联络人): the IT lead and the backup, each with duty phone
// and fax, saved together; and the record of when they were communicated to the regulators
// and related units ("Record communication…").
class NotificationPanel : public OrganizationTab {
    Q_OBJECT
public:
    explicit NotificationPanel(UiContext &context, QWidget *parent = nullptr);

    QString tabTitle() const override;
    QString tabIconName() const override { return QStringLiteral("reports"); }
    void reload() override;
    bool hasUnsavedChanges() const override { return m_dirty; }

    NotificationSlotBox *primary() const { return m_primary; }
    NotificationSlotBox *backup() const { return m_backup; }
    QTableWidget *communications() const { return m_table; }
    QStringList warnings() const;

    bool save();
    bool recordCommunication(const NotificationCommunication &communication);

protected:
    void retranslateUi() override;
    void updateActions() override;

private:
    void askRecord();
    void fillTable();
    void updateWarnings();

    ContactDirectory m_directory;
    QList<NotificationContact> m_stored;
    QList<NotificationCommunication> m_records;
    bool m_dirty = false;
    QLabel *m_note;
    QLabel *m_intro;
    NotificationSlotBox *m_primary;
    NotificationSlotBox *m_backup;
    QLabel *m_warnings;
    InlineMessage *m_message;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_recordsLabel;
    QTableWidget *m_table;
    QPushButton *m_record;
};

} // namespace ui
} // namespace dd
