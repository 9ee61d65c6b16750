#pragma once

#include "reports/report_engine.h"

#include <QPlainTextEdit>

namespace dd {
namespace ui {

// The template body editor: monospace, line numbers in the margin, the problems of the last
// check underlined (a red wave under the variable or tag concerned).
class TemplateTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit TemplateTextEdit(QWidget *parent = nullptr);

    void setIssues(const QList<TemplateIssue> &issues);
    // Moves the cursor to a 1-based line and column and shows it.
    void goTo(int line, int column = 1);
    // Inserts text at the cursor (replacing a selection) as one undo step.
    void insertAtCursor(const QString &text);
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargins();
    void updateArea(const QRect &rect, int dy);

    QWidget *m_lineNumbers;
};

} // namespace ui
} // namespace dd
