#pragma once

#include "reports/report_template.h"

#include <QVariantMap>
#include <QWidget>

#include <optional>

class QTextBrowser;
class QTimer;

namespace dd {
namespace ui {

class InlineMessage;
class OutputBar;
class SubjectChooser;
struct UiContext;

// The live preview of a template: the subject to render against (by the template's context),
// the rendered report as it will print, and the output buttons. Renders a short moment after
// the last change so that typing stays fluid; the context data are read once per subject.
class TemplatePreview : public QWidget {
    Q_OBJECT
public:
    static constexpr int DelayMs = 300;

    explicit TemplatePreview(UiContext &context, QWidget *parent = nullptr);

    // The template to render (header and body as edited); renders after DelayMs.
    void setTemplate(const ReportTemplate &t);
    // Renders now instead of after the delay.
    void renderNow();
    // Reads the subjects (incidents, drills) and the context data again.
    void reload();
    bool renderPending() const;

    const std::optional<RenderedReport> &report() const;
    SubjectChooser *subjects() const { return m_subjects; }
    QTextBrowser *browser() const { return m_browser; }
    OutputBar *outputs() const { return m_outputs; }
    InlineMessage *message() const { return m_message; }

signals:
    void rendered();

private:
    void render();

    UiContext &m_context;
    std::optional<ReportTemplate> m_template;
    QString m_cacheKey;
    QVariantMap m_cache;
    SubjectChooser *m_subjects;
    QTextBrowser *m_browser;
    InlineMessage *m_message;
    OutputBar *m_outputs;
    QTimer *m_delay;
};

} // namespace ui
} // namespace dd
