#pragma once

#include "config/config_registry.h"
#include "incidents/incident_reference.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace dd {
namespace ui {

class ConfigItemChecklist;
class InlineMessage;
class ZonedTimeEdit;
struct UiContext;

// Declares an incident or raises a warning in seconds: a title is enough; detection time is
// now, the start defaults to it, the institution type comes from the settings. OK grades it
// at once (IncidentService::declare) and the dialog closes with the new incident's id. The
// affected configuration items may be ticked too (optional; the free text stays for what is
// not in the configuration): they are linked in the same transaction as the declaration.
class DeclareDialog : public QDialog {
    Q_OBJECT
public:
    DeclareDialog(UiContext &context, bool warning, QWidget *parent = nullptr);

    qint64 incidentId() const { return m_id; }
    ConfigItemChecklist *items() const { return m_items; }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    UiContext &m_context;
    IncidentReference m_reference;
    ConfigRegistry m_config;
    QDateTime m_openedAt;   // detection time: when the officer started declaring
    QDateTime m_shownStart; // the start as the field first showed it
    qint64 m_id = 0;

    QLabel *m_intro;
    QFormLayout *m_form;
    QLineEdit *m_title;
    QRadioButton *m_incident;
    QRadioButton *m_warning;
    QComboBox *m_faultType;
    QComboBox *m_system;
    ZonedTimeEdit *m_startedAt;
    QLineEdit *m_affectedSystems;
    ConfigItemChecklist *m_items;
    QPlainTextEdit *m_description;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

// Opens the dialog (asking someone to sign in first when nobody is); the new incident's id,
// or nothing when cancelled or not allowed.
std::optional<qint64> declareInteractively(UiContext &context, bool warning, QWidget *parent);

} // namespace ui
} // namespace dd
