#pragma once

#include "access/actor.h"
#include "config/config_registry.h"
#include "organization/contact_directory.h"
#include "plans/register_dialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace dd {
namespace ui {

class ContactComboBox;

// A new kind of configuration item the institution uses: an id (lower-case letters, digits,
// '_') and a name.
class AddKindDialog : public RegisterDialog {
    Q_OBJECT
public:
    AddKindDialog(ConfigRegistry &config, const Actor &actor, QWidget *parent = nullptr);
    QString savedId() const { return m_savedId; }

protected:
    Status apply() override;

private:
    ConfigRegistry &m_config;
    Actor m_actor;
    QString m_savedId;
    QLineEdit *m_id;
    QLineEdit *m_name;
};

// Adds, edits or replaces one configuration item. Edit keeps the number (numbers never change);
// replace asks for the successor's new number and says what happens to the old item.
class ConfigItemDialog : public RegisterDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit, Replace };

    ConfigItemDialog(Mode mode, ConfigRegistry &config, const Actor &actor,
                     const ContactDirectory &directory, const ConfigItem &item,
                     QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    Mode mode() const { return m_mode; }
    void reloadKinds(const QString &select);

protected:
    Status apply() override;

private:
    void addKind();
    void chooseOwner();

    Mode m_mode;
    ConfigRegistry &m_config;
    Actor m_actor;
    const ContactDirectory &m_directory;
    ConfigItem m_item;
    qint64 m_savedId = 0;
    QLineEdit *m_number;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QPushButton *m_addKind;
    QComboBox *m_status;
    QSpinBox *m_class;
    ContactComboBox *m_owner;
    QPushButton *m_chooseOwner;
    QLineEdit *m_location;
    QPlainTextEdit *m_description;
    QLineEdit *m_note;
};

} // namespace ui
} // namespace dd
