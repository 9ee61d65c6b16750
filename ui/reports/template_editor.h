#pragma once

#include "reports/report_engine.h"
#include "reports/report_template.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTabWidget;
class QTimer;

namespace dd {
namespace ui {

class TemplateHeaderForm;
class TemplateTextEdit;

// One template being edited: the body (monospace, line numbers) and the header fields on
// tabs, the problems found as you type in a list under them ("line N: …"; activating one
// moves the cursor there) and underlined in the text. Built-ins are shown read-only.
class TemplateEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int CheckDelayMs = 150;

    explicit TemplateEditor(QWidget *parent = nullptr);

    // Shows `t`; the editor is clean afterwards. `editable` false shows it read-only.
    void setTemplate(const ReportTemplate &t, bool editable);
    void clear();
    bool hasTemplate() const { return m_template.has_value(); }
    // The template as edited: the loaded one with the header fields and body of the editor.
    ReportTemplate edited() const;
    bool isEditable() const { return m_editable; }
    bool isDirty() const { return m_dirty; }
    // After a save: the stored template becomes the clean state (the text is kept as it is).
    void markSaved(const ReportTemplate &stored);

    // Checks now instead of after the typing delay; returns the problems shown.
    QStringList checkNow();
    const QList<TemplateIssue> &issues() const { return m_issues; }
    bool hasProblems() const;
    // Inserts a variable tag at the cursor (editable templates only).
    void insert(const QString &text);

    TemplateTextEdit *textEdit() const { return m_text; }
    TemplateHeaderForm *header() const { return m_header; }
    QListWidget *issueList() const { return m_issueList; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // The text or a header field changed (not emitted while loading).
    void changed();
    void dirtyChanged(bool dirty);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onEdited();
    void setDirty(bool dirty);
    void retranslateUi();

    std::optional<ReportTemplate> m_template;
    bool m_editable = false;
    bool m_dirty = false;
    bool m_loading = false;
    QList<TemplateIssue> m_issues;
    QStringList m_headerProblems;
    QLabel *m_note;
    QTabWidget *m_tabs;
    TemplateTextEdit *m_text;
    TemplateHeaderForm *m_header;
    QLabel *m_issuesLabel;
    QListWidget *m_issueList;
    QTimer *m_check;
};

} // namespace ui
} // namespace dd
