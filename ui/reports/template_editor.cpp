#include "reports/template_editor.h"

#include "reports/template_header_form.h"
#include "reports/template_text_edit.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {
constexpr int LineRole = Qt::UserRole + 1;
constexpr int ColumnRole = Qt::UserRole + 2;
} // namespace

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new TemplateTextEdit(this))
    , m_header(new TemplateHeaderForm(this))
    , m_issuesLabel(new QLabel(this))
    , m_issueList(new QListWidget(this))
    , m_check(new QTimer(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    m_note->setObjectName(QStringLiteral("templateNote"));
    m_note->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("templateTabs"));
    m_text->setObjectName(QStringLiteral("templateText"));
    m_issueList->setObjectName(QStringLiteral("templateIssues"));
    m_issueList->setWordWrap(true);
    m_issueList->setMaximumHeight(m_issueList->fontMetrics().height() * 6);
    m_issuesLabel->setBuddy(m_issueList);
    m_check->setSingleShot(true);
    m_check->setInterval(CheckDelayMs);

    auto *headerScroll = new QScrollArea(this);
    headerScroll->setWidget(m_header);
    headerScroll->setWidgetResizable(true);
    headerScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_text, QString());
    m_tabs->addTab(headerScroll, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_issueList);

    connect(m_text, &QPlainTextEdit::textChanged, this, &TemplateEditor::onEdited);
    connect(m_header, &TemplateHeaderForm::changed, this, &TemplateEditor::onEdited);
    connect(m_check, &QTimer::timeout, this, &TemplateEditor::checkNow);
    connect(m_issueList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(LineRole).toInt();
        if (line > 0) {
            m_tabs->setCurrentWidget(m_text);
            m_text->goTo(line, item->data(ColumnRole).toInt());
        } else {
            m_tabs->setCurrentIndex(1);
        }
    });
    connect(m_issueList, &QListWidget::itemClicked, m_issueList, &QListWidget::itemActivated);
    clear();
    retranslateUi();
}

void TemplateEditor::setTemplate(const ReportTemplate &t, bool editable)
{
    m_loading = true;
    m_template = t;
    m_editable = editable;
    m_header->setTemplate(t);
    m_header->setReadOnly(!editable);
    m_text->setPlainText(t.body);
    m_text->setReadOnly(!editable);
    m_text->document()->clearUndoRedoStacks();
    m_tabs->setEnabled(true);
    m_loading = false;
    setDirty(false);
    retranslateUi();
    checkNow();
}

void TemplateEditor::clear()
{
    m_loading = true;
    m_template.reset();
    m_editable = false;
    m_text->clear();
    m_text->setReadOnly(true);
    m_tabs->setEnabled(false);
    m_loading = false;
    m_issues.clear();
    m_headerProblems.clear();
    m_issueList->clear();
    m_text->setIssues({});
    setDirty(false);
    retranslateUi();
}

ReportTemplate TemplateEditor::edited() const
{
    ReportTemplate t = m_template.value_or(ReportTemplate{});
    m_header->apply(t);
    t.body = m_text->toPlainText();
    return t;
}

void TemplateEditor::markSaved(const ReportTemplate &stored)
{
    ReportTemplate t = stored;
    t.body = m_text->toPlainText();
    m_template = t;
    setDirty(false);
    retranslateUi();
}

void TemplateEditor::onEdited()
{
    if (m_loading || !m_template)
        return;
    setDirty(true);
    m_check->start();
    emit changed();
}

void TemplateEditor::setDirty(bool dirty)
{
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    retranslateUi();
    emit dirtyChanged(dirty);
}

QStringList TemplateEditor::checkNow()
{
    m_check->stop();
    m_issueList->clear();
    if (!m_template) {
        m_issues.clear();
        m_text->setIssues({});
        return {};
    }
    const ReportTemplate t = edited();
    m_issues = ReportEngine::check(t);
    m_headerProblems = m_header->problems();
    QStringList shown;
    for (const QString &problem : std::as_const(m_headerProblems)) {
        auto *item = new QListWidgetItem(problem, m_issueList);
        item->setData(LineRole, 0);
        shown << problem;
    }
    for (const TemplateIssue &issue : std::as_const(m_issues)) {
        auto *item = new QListWidgetItem(issue.message, m_issueList);
        item->setData(LineRole, issue.line);
        item->setData(ColumnRole, issue.column);
        item->setToolTip(issue.message);
        shown << issue.message;
    }
    m_text->setIssues(m_issues);
    retranslateUi();
    return shown;
}

bool TemplateEditor::hasProblems() const
{
    return !m_issues.isEmpty() || !m_headerProblems.isEmpty();
}

void TemplateEditor::insert(const QString &text)
{
    if (!m_editable)
        return;
    m_tabs->setCurrentWidget(m_text);
    m_text->insertAtCursor(text);
}

void TemplateEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_template)
            checkNow(); // the messages are translated
    }
    QWidget::changeEvent(event);
}

void TemplateEditor::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Text"));
    m_tabs->setTabText(1, tr("He&ader"));
    if (!m_template)
        m_note->setText(tr("Choose a template in the library."));
    else if (!m_editable && m_template->builtIn)
        m_note->setText(tr("%1 is a built-in template and cannot be changed. Copy it (Ctrl+D) to "
                           "make your own version.")
                            .arg(m_template->id));
    else if (!m_editable)
        m_note->setText(
            tr("%1 — read-only here (no permission to edit duty data).").arg(m_template->id));
    else
        m_note->setText(
            tr("Editing %1%2").arg(m_template->id, m_dirty ? tr(" (unsaved changes)") : QString()));
    const int problems = m_issueList->count();
    m_issuesLabel->setText(problems == 0 ? tr("Problems: none")
                                         : tr("&Problems (%n):", nullptr, problems));
}

} // namespace ui
} // namespace dd
