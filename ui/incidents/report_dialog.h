#pragma once

#include "incidents/incident_reference.h"
#include "incidents/incident_service.h"
#include "reports/report_template.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace dd {
namespace ui {

class InlineMessage;
class OutputBar;
struct UiContext;

// Renders and submits one report for an obligation: the template that files the obligation's
// form (custom before built-in, the UI language, the incident's fault type; another incident
// template can be chosen) is rendered with the incident and the signed-in operator as author.
// The officer edits the text (the preview tab shows it as it prints), may save it as PDF /
// ODT / HTML / text or print it, and Submit stamps the submission with the time and the
// signed-in person: the stored body is the final text as edited.
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
    // The template the text was rendered from; empty for the fallback draft.
    QString templateId() const;
    // Renders another template of the incident context (replacing the text); false when it is
    // not offered or does not render.
    bool selectTemplate(const QString &id);
    // The report as edited, for the outputs and the preview.
    RenderedReport report() const;

    QComboBox *templates() const { return m_template; }
    QPlainTextEdit *editor() const { return m_body; }
    QTextBrowser *preview() const { return m_preview; }
    OutputBar *outputs() const { return m_outputs; }
    InlineMessage *message() const { return m_error; }

    // The text used when no template fits (should not happen with the built-ins).
    static QString draft(const IncidentView &view, const ObligationRow &obligation,
                         const IncidentReference &reference, const QString &language,
                         const QDateTime &now, const QString &author);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadTemplates();
    void pickForForm(ReportForm form);
    bool render(const QString &id);
    void useDraft();
    void onTemplateChosen(int index);
    void onFormChosen();
    void updatePreview();
    void retranslateUi();

    UiContext &m_context;
    IncidentView m_view;
    IncidentReference m_reference;
    qint64 m_incidentId;
    QString m_number;
    ObligationRow m_obligation;
    QList<ReportTemplate> m_incidentTemplates;
    std::optional<ReportTemplate> m_current; // nullopt: the fallback draft
    RenderedReport m_rendered;
    bool m_edited = false;
    bool m_loading = false;
    QLabel *m_intro;
    QLabel *m_templateLabel;
    QComboBox *m_template;
    QLabel *m_formLabel;
    QComboBox *m_form;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_body;
    QTextBrowser *m_preview;
    InlineMessage *m_error;
    OutputBar *m_outputs;
    QDialogButtonBox *m_buttons;
    QTimer *m_delay;
};

} // namespace ui
} // namespace dd
