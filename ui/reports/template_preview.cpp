#include "reports/template_preview.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "reports/output_bar.h"
#include "reports/report_contexts.h"
#include "reports/report_engine.h"
#include "reports/report_output.h"
#include "reports/subject_chooser.h"
#include "shell/ui_context.h"

#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {
namespace ui {

TemplatePreview::TemplatePreview(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_subjects(new SubjectChooser(context, this))
    , m_browser(new QTextBrowser(this))
    , m_message(new InlineMessage(this))
    , m_outputs(new OutputBar(m_message, this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("templatePreview"));
    m_browser->setObjectName(QStringLiteral("reportPreview"));
    m_browser->setOpenLinks(false);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_delay->setSingleShot(true);
    m_delay->setInterval(DelayMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_subjects);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_outputs);

    connect(m_delay, &QTimer::timeout, this, &TemplatePreview::render);
    connect(m_subjects, &SubjectChooser::subjectChanged, this, [this] { m_delay->start(); });
}

const std::optional<RenderedReport> &TemplatePreview::report() const
{
    return m_outputs->report();
}

void TemplatePreview::setTemplate(const ReportTemplate &t)
{
    const bool contextChanged = !m_template || m_template->context != t.context;
    m_template = t;
    if (contextChanged)
        m_subjects->setContext(t.context);
    m_delay->start();
}

bool TemplatePreview::renderPending() const
{
    return m_delay->isActive();
}

void TemplatePreview::renderNow()
{
    m_delay->stop();
    render();
}

void TemplatePreview::reload()
{
    m_cacheKey.clear();
    m_cache.clear();
    m_subjects->reload();
    if (m_template)
        m_delay->start();
}

void TemplatePreview::render()
{
    m_delay->stop();
    if (!m_template)
        return;
    const ReportTemplate &t = *m_template;
    const auto failed = [this, &t](const QString &error) {
        m_message->showError(error);
        m_outputs->setReport(std::nullopt, t.outputs);
    };
    if (!m_subjects->hasSubject()) {
        m_browser->clear();
        failed(t.context == ContextKind::Drill ? tr("There is no drill to preview with yet.")
                                               : tr("There is no incident to preview with yet."));
        return;
    }
    const qint64 subject = m_subjects->subject();
    const QString key =
        QStringLiteral("%1/%2/%3").arg(contextKindId(t.context)).arg(subject).arg(t.language);
    if (key != m_cacheKey) {
        auto built = ReportContexts::build(m_context.backend, t.context, subject,
                                           ReportOutput::author(m_context), t.language);
        if (!built) {
            m_cacheKey.clear();
            failed(built.error());
            return;
        }
        m_cache = *built;
        m_cacheKey = key;
    }
    auto report = ReportEngine::render(t, m_cache, ReportOutput::options(m_context));
    if (!report) {
        // The last good rendering stays visible while the template is being fixed.
        failed(report.error());
        return;
    }
    m_message->clearMessage();
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(ReportOutput::previewHtml(*report));
    m_browser->verticalScrollBar()->setValue(scroll);
    m_outputs->setReport(*report, t.outputs);
    emit rendered();
}

} // namespace ui
} // namespace dd
