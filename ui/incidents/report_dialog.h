#pragma once

#include "incidents/incident_service.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace dd {
namespace ui {

class InlineMessage;
struct IncidentReference;
struct UiContext;

// Submits one report: the text sent (prefilled with a short template naming the incident,
// its grade and times; the report-template library replaces it later) and one button that
// stamps the submission with the time and the signed-in person.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(UiContext &context, const IncidentView &view, const ObligationRow &obligation,
                 const IncidentReference &reference, QWidget *parent = nullptr);

    QString body() const;
    // The form filed: the obligation's own, or one that also meets it (a preliminary report
    // in place of the summary while the cause is unknown).
    ReportForm filedAs() const;
    void setFiledAs(ReportForm form);
    void setBody(const QString &body);

    // The template the text starts from.
    static QString draft(const IncidentView &view, const ObligationRow &obligation,
                         const IncidentReference &reference, const QString &language,
                         const QDateTime &now, const QString &author);

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
    QLabel *m_formLabel;
    QComboBox *m_form;
    QPlainTextEdit *m_body;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
