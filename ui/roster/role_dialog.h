#pragma once

#include "roster/roster_types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace dd {
namespace ui {

class ChannelPreferencesEditor;
class InlineMessage;
struct UiContext;

// Creates or edits one duty role: key, Chinese and English name, the coverage it needs (7×24,
// trading days, business hours), whether a backup (备岗) is required and whether a swap needs a
// duty leader's approval. A built-in role keeps its key. OK saves through
// RosterRepository::saveRole; a refusal is shown in the dialog, which stays open.
class RoleDialog : public QDialog {
    Q_OBJECT
public:
    RoleDialog(UiContext &context, const DutyRole &role, QWidget *parent = nullptr);

    DutyRole role() const; // as the form shows it now
    qint64 savedId() const { return m_saved; }

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nameEnEdit() const { return m_nameEn; }
    QComboBox *coverageBox() const { return m_coverage; }
    QCheckBox *backupBox() const { return m_backup; }
    QCheckBox *approvalBox() const { return m_approval; }
    InlineMessage *message() const { return m_message; }
    // The message channels for whoever holds the role (saved with the role).
    ChannelPreferencesEditor *channelPreferences() const { return m_preferences; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    UiContext &m_context;
    DutyRole m_role;
    qint64 m_saved = 0;
    QFormLayout *m_form;
    QLineEdit *m_key;
    QLineEdit *m_name;
    QLineEdit *m_nameEn;
    QComboBox *m_coverage;
    QCheckBox *m_backup;
    QCheckBox *m_approval;
    QLabel *m_builtinNote;
    ChannelPreferencesEditor *m_preferences;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
