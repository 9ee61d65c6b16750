#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QShortcut;

namespace dd {
namespace ui {

class InlineMessage;
class InstitutionTypeCombo;
class TimeZoneCombo;
struct UiContext;

// The database-wide institution profile and the dutyctl policy. Edited here, written by
// Save (or Ctrl+S) through the settings repository, which checks the signed-in actor; its
// refusal appears in red under the form, naming the field.
class InstitutionSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit InstitutionSettingsBox(UiContext &context, QWidget *parent = nullptr);

    bool save();
    void revert();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEditable();
    void retranslateUi();

    UiContext &m_context;
    bool m_savedCliWrites = false;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_typeLabel;
    InstitutionTypeCombo *m_type;
    QLabel *m_zoneLabel;
    TimeZoneCombo *m_zone;
    QCheckBox *m_cliWrites;
    QLabel *m_permissionNote;
    InlineMessage *m_message;
    QPushButton *m_save;
    QPushButton *m_revert;
    QShortcut *m_saveShortcut;
};

} // namespace ui
} // namespace dd
