#pragma once

#include "contacts/contact.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dd {
namespace ui {

class ChannelPreferencesEditor;
class InlineMessage;
class PhoneField;
struct UiContext;

// Adds or edits one person of the handbook: every field of a Contact. Phones are checked as
// each field is left (the reason of a refusal under the field); the backup (备岗) is chosen
// from a searchable list. The repository checks everything again on save; its refusal is
// shown in the dialog, which stays open and has written nothing.
class ContactDialog : public QDialog {
    Q_OBJECT
public:
    // `contact.id == 0` adds a new person (its unitId preset by the caller, or 0).
    ContactDialog(UiContext &context, const Contact &contact, QWidget *parent = nullptr);

    // Shows the entry without letting it change (read-only database, or no EditDutyData).
    void setReadOnly(bool readOnly);
    qint64 savedId() const { return m_savedId; }
    // The message channels for this person (saved with the entry).
    ChannelPreferencesEditor *channelPreferences() const { return m_preferences; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadChoices();
    void fill();
    void submit();
    qint64 chosenBackup(bool *ok) const;
    void retranslateUi();

    UiContext &m_context;
    Contact m_contact;
    qint64 m_savedId = 0;
    bool m_readOnly = false;

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_unitLabel;
    QComboBox *m_unit;
    QLabel *m_positionLabel;
    QLineEdit *m_position;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QLabel *m_backupLabel;
    QComboBox *m_backup;
    QLabel *m_operatorLabel;
    QComboBox *m_operator;
    QLabel *m_mobileLabel;
    PhoneField *m_mobile;
    QLabel *m_officeLabel;
    PhoneField *m_office;
    QLabel *m_dutyLabel;
    PhoneField *m_duty;
    QLabel *m_faxLabel;
    PhoneField *m_fax;
    QCheckBox *m_verified;
    QDateEdit *m_verifiedOn;
    QCheckBox *m_inHandbook;
    QCheckBox *m_active;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    ChannelPreferencesEditor *m_preferences;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
