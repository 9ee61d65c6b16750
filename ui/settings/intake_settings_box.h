#pragma once

#include "intake/alert.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace dd {
namespace ui {

class InlineMessage;
class IntakeTokenDialog;
class IntegrationServices;
struct UiContext;

// Settings → Monitoring intake: whether the console accepts alerts over HTTP, on which address
// and port (Save needs ManageSettings and restarts the server at once), the sources with their
// tokens (Add shows a new token once; Revoke stops it), and what the server is doing now.
class IntakeSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit IntakeSettingsBox(UiContext &context, QWidget *parent = nullptr);

    // The form's values saved and applied (the Save button).
    bool save();
    // Creates a source and shows its token once (the Add button after its dialog).
    bool addSource(const QString &name, AlertFormat format);
    bool revokeSelected();
    void reload();
    IntakeTokenDialog *tokenDialog() const { return m_tokenDialog; }
    IntegrationServices &services() const { return m_services; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void addInteractively();
    void updateStatus();
    void updateEditable();
    QString baseUrl() const;
    void retranslateUi();

    UiContext &m_context;
    IntegrationServices &m_services;
    QCheckBox *m_enabled;
    QLabel *m_bindLabel;
    QLineEdit *m_bind;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_sourcesLabel;
    QTreeWidget *m_sourceList;
    QPushButton *m_add;
    QPushButton *m_revoke;
    InlineMessage *m_message;
    IntakeTokenDialog *m_tokenDialog = nullptr;
};

} // namespace ui
} // namespace dd
