#include "incidents/report_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "i18n/language.h"
#include "incidents/incident_format.h"
#include "reports/output_bar.h"
#include "reports/report_contexts.h"
#include "reports/report_engine.h"
#include "reports/report_output.h"
#include "reports/template_library.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace dd {
namespace ui {

namespace {
constexpr int PreviewDelayMs = 300;
} // namespace

ReportDialog::ReportDialog(UiContext &context, const IncidentView &view,
                           const ObligationRow &obligation, const IncidentReference &reference,
                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_view(view)
    , m_reference(reference)
    , m_incidentId(view.incident.id)
    , m_number(view.incident.number)
    , m_obligation(obligation)
    , m_intro(new QLabel(this))
    , m_templateLabel(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_formLabel(new QLabel(this))
    , m_form(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_error(new InlineMessage(this))
    , m_outputs(new OutputBar(m_error, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    m_intro->setObjectName(QStringLiteral("reportIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_template->setObjectName(QStringLiteral("reportTemplate"));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_template->setMinimumContentsLength(30);
    m_templateLabel->setBuddy(m_template);
    m_body->setObjectName(QStringLiteral("reportBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(m_body, QString());
    m_tabs->addTab(m_preview, QString());
    m_tabs->setMinimumSize(640, 360);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_delay->setSingleShot(true);
    m_delay->setInterval(PreviewDelayMs);

    m_form->setObjectName(QStringLiteral("reportForm"));
    m_formLabel->setBuddy(m_form);
    m_form->addItem(reportFormName(obligation.instance.form), int(obligation.instance.form));
    for (ReportForm alternative : obligation.instance.alsoMetBy)
        m_form->addItem(reportFormName(alternative), int(alternative));
    const bool choice = m_form->count() > 1;
    m_form->setVisible(choice);
    m_formLabel->setVisible(choice);

    auto *chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_templateLabel);
    chooseRow->addWidget(m_template, 1);
    chooseRow->addSpacing(12);
    chooseRow->addWidget(m_formLabel);
    chooseRow->addWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(chooseRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_outputs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    loadTemplates();
    pickForForm(obligation.instance.form);

    connect(m_template, &QComboBox::currentIndexChanged, this, &ReportDialog::onTemplateChosen);
    connect(m_form, &QComboBox::currentIndexChanged, this, &ReportDialog::onFormChosen);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_edited = true;
        m_delay->start();
    });
    connect(m_delay, &QTimer::timeout, this, &ReportDialog::updatePreview);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_delay->isActive())
            updatePreview();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    retranslateUi();
    resize(960, 760);
}

void ReportDialog::loadTemplates()
{
    m_incidentTemplates.clear();
    auto all = m_context.backend.reports().all();
    if (!all) {
        m_error->showError(all.error());
        return;
    }
    for (const ReportTemplate &t : std::as_const(*all)) {
        if (t.context == ContextKind::Incident)
            m_incidentTemplates << t;
    }
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    const QString language = m_context.language.current();
    for (const ReportTemplate &t : std::as_const(m_incidentTemplates))
        m_template->addItem(QStringLiteral("%1 (%2)").arg(t.title(language), t.id), t.id);
}

void ReportDialog::pickForForm(ReportForm form)
{
    auto chosen = m_context.backend.reports().forObligation(form, m_view.incident.faultType,
                                                            m_context.language.current());
    if (chosen && render(chosen->id))
        return;
    if (!chosen)
        m_error->showError(chosen.error());
    useDraft();
}

bool ReportDialog::render(const QString &id)
{
    const auto found = std::find_if(m_incidentTemplates.begin(), m_incidentTemplates.end(),
                                    [&id](const ReportTemplate &t) { return t.id == id; });
    if (found == m_incidentTemplates.end())
        return false;
    const ReportTemplate &t = *found;
    auto data = ReportContexts::build(m_context.backend, ContextKind::Incident, m_incidentId,
                                      ReportOutput::author(m_context), t.language);
    if (!data) {
        m_error->showError(data.error());
        return false;
    }
    auto rendered = ReportEngine::render(t, *data, ReportOutput::options(m_context));
    if (!rendered) {
        m_error->showError(rendered.error());
        return false;
    }
    m_current = t;
    m_rendered = *rendered;
    {
        const QSignalBlocker blocker(m_template);
        m_template->setCurrentIndex(m_template->findData(t.id));
    }
    m_loading = true;
    m_body->setPlainText(m_rendered.text);
    m_loading = false;
    m_edited = false;
    updatePreview();
    return true;
}

void ReportDialog::useDraft()
{
    m_current.reset();
    m_rendered = RenderedReport{};
    m_rendered.title = m_obligation.label;
    m_rendered.format = TemplateFormat::Markdown;
    m_rendered.language = m_context.language.current();
    m_rendered.drill = m_view.incident.drill || m_context.drillMode();
    m_rendered.institution = m_reference.institution.name;
    {
        const QSignalBlocker blocker(m_template);
        m_template->setCurrentIndex(-1);
    }
    m_loading = true;
    m_body->setPlainText(draft(m_view, m_obligation, m_reference, m_context.language.current(),
                               m_context.backend.clock().now(),
                               m_context.session.actor().displayName()));
    m_loading = false;
    m_edited = false;
    updatePreview();
}

QString ReportDialog::templateId() const
{
    return m_current ? m_current->id : QString();
}

bool ReportDialog::selectTemplate(const QString &id)
{
    return render(id);
}

RenderedReport ReportDialog::report() const
{
    RenderedReport report = m_rendered;
    if (m_current) {
        report.text = body();
        return report;
    }
    // The draft is plain text: every line its own line on paper.
    QStringList lines = body().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = ReportEngine::escapeMarkdown(line);
    report.text = lines.join(QStringLiteral("  \n"));
    return report;
}

void ReportDialog::onTemplateChosen(int index)
{
    const QString id = m_template->itemData(index).toString();
    if (id.isEmpty() || id == templateId())
        return;
    if (m_edited) {
        const auto answer = QMessageBox::question(
            this, tr("Replace the text"),
            tr("Render the other template? Your changes to the text will be replaced."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker blocker(m_template);
            m_template->setCurrentIndex(m_template->findData(templateId()));
            return;
        }
    }
    if (!render(id)) {
        const QSignalBlocker blocker(m_template);
        m_template->setCurrentIndex(m_template->findData(templateId()));
    }
}

void ReportDialog::onFormChosen()
{
    // Follow the form with the template unless the officer has started editing.
    if (!m_edited)
        pickForForm(filedAs());
}

void ReportDialog::updatePreview()
{
    m_delay->stop();
    const RenderedReport current = report();
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(ReportOutput::previewHtml(current));
    m_preview->verticalScrollBar()->setValue(scroll);
    m_outputs->setReport(current, m_current
                                      ? m_current->outputs
                                      : QList<OutputForm>{OutputForm::Pdf, OutputForm::Odt,
                                                          OutputForm::Html, OutputForm::Text});
}

QString ReportDialog::body() const
{
    return m_body->toPlainText();
}

void ReportDialog::setBody(const QString &body)
{
    m_body->setPlainText(body);
}

ReportForm ReportDialog::filedAs() const
{
    return ReportForm(m_form->currentData().toInt());
}

void ReportDialog::setFiledAs(ReportForm form)
{
    const int index = m_form->findData(int(form));
    if (index >= 0)
        m_form->setCurrentIndex(index);
}

QString ReportDialog::draft(const IncidentView &view, const ObligationRow &obligation,
                            const IncidentReference &reference, const QString &language,
                            const QDateTime &now, const QString &author)
{
    const Incident &i = view.incident;
    const QTimeZone &zone = reference.zone;
    const QString grade = IncidentFormat::grade(
        view.grade.gradeId, view.grade.level ? &*view.grade.level : nullptr, language);
    QStringList lines;
    lines << obligation.label << QString();
    lines << tr("Incident: %1 %2").arg(i.number, i.title);
    lines << tr("Grade: %1 (rule set %2)").arg(grade, view.grade.ruleSetId);
    lines << tr("State: %1").arg(incidentStateName(i.state));
    lines << tr("Detected: %1").arg(IncidentFormat::time(i.detectedAt, zone));
    lines << tr("Started: %1").arg(IncidentFormat::time(i.startedAt, zone));
    lines << (i.recoveredAt.isValid()
                  ? tr("Recovered: %1 (down %2)")
                        .arg(IncidentFormat::time(i.recoveredAt, zone),
                             IncidentFormat::duration(i.startedAt.secsTo(i.recoveredAt)))
                  : tr("Recovered: not yet (down %1 so far)")
                        .arg(IncidentFormat::duration(i.startedAt.secsTo(now))));
    if (!i.affectedSystems.isEmpty())
        lines << tr("Affected systems: %1").arg(i.affectedSystems);
    if (!i.description.isEmpty())
        lines << tr("What happened: %1").arg(i.description);
    if (!i.cause.isEmpty())
        lines << (i.causeKnown ? tr("Cause: %1").arg(i.cause)
                               : tr("Cause (not yet confirmed): %1").arg(i.cause));
    lines << QString();
    lines << tr("Reported by %1 at %2 (%3)")
                 .arg(author, IncidentFormat::time(now, zone), QString::fromUtf8(zone.id()));
    return lines.join(u'\n');
}

void ReportDialog::accept()
{
    m_error->clearMessage();
    if (body().trimmed().isEmpty()) {
        m_error->showError(tr("The report is empty: write or render its text first."));
        return;
    }
    Status submitted = m_context.backend.incidentService().submitReport(
        m_context.session.actor(), m_incidentId, m_obligation.instance.key(), body(),
        filedAs() == m_obligation.instance.form ? std::nullopt : std::optional(filedAs()),
        m_current ? ReportSource{m_current->id, int(m_current->version)} : ReportSource{});
    if (!submitted) {
        m_error->showError(submitted.error());
        return;
    }
    QDialog::accept();
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslateUi()
{
    setWindowTitle(tr("Submit report — %1").arg(m_number));
    m_intro->setText(tr("%1\n\nThe text below is rendered from the report template for this "
                        "obligation. Edit it as needed; Submit stamps the report with the time "
                        "now and your name and stores this text. Whether it was on time is "
                        "computed from that stamp.")
                         .arg(m_obligation.label));
    m_templateLabel->setText(tr("&Template:"));
    m_template->setPlaceholderText(tr("No template: a short draft"));
    m_formLabel->setText(tr("&Filed as:"));
    for (int i = 0; i < m_form->count(); ++i)
        m_form->setItemText(i, reportFormName(ReportForm(m_form->itemData(i).toInt())));
    const QString language = m_context.language.current();
    for (int i = 0; i < m_template->count() && i < m_incidentTemplates.size(); ++i)
        m_template->setItemText(
            i, QStringLiteral("%1 (%2)").arg(m_incidentTemplates[i].title(language),
                                             m_incidentTemplates[i].id));
    m_tabs->setTabText(0, tr("Te&xt"));
    m_tabs->setTabText(1, tr("Pre&view"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Submit now"));
}

} // namespace ui
} // namespace dd
