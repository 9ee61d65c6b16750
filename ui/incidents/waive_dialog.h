#pragma once

#include "incidents/incident_service.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// Waives one report: the reason, then a second person with the approval permission confirms
// with their PIN (SignInDialog). Both names go on the timeline and into the audit log.
class WaiveDialog : public QDialog {
    Q_OBJECT
public:
    WaiveDialog(UiContext &context, const Incident &incident, const ObligationRow &obligation,
                QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    UiContext &m_context;
    qint64 m_incidentId;
    QString m_number;
    ObligationRow m_obligation;
    QLabel *m_intro;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
