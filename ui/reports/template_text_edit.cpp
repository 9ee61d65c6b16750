#include "reports/template_text_edit.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QTextBlock>

namespace dd {
namespace ui {

class LineNumberArea : public QWidget {
public:
    explicit LineNumberArea(TemplateTextEdit *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    TemplateTextEdit *m_editor;
};

TemplateTextEdit::TemplateTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &TemplateTextEdit::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, &TemplateTextEdit::updateArea);
    updateMargins();
}

int TemplateTextEdit::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits);
}

void TemplateTextEdit::updateMargins()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void TemplateTextEdit::updateArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateMargins();
}

void TemplateTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void TemplateTextEdit::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_lineNumbers->width() - 4;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top())
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void TemplateTextEdit::setIssues(const QList<TemplateIssue> &issues)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(Qt::red);
    format.setToolTip(QString());
    for (const TemplateIssue &issue : issues) {
        const QTextBlock block = document()->findBlockByNumber(issue.line - 1);
        if (!block.isValid())
            continue;
        const QString text = block.text();
        int start = qBound(0, issue.column - 1, qMax(0, int(text.size()) - 1));
        int length = 1;
        if (!issue.name.isEmpty()) {
            // Underline the name itself: at or after the reported column, else anywhere.
            int at = text.indexOf(issue.name, start);
            if (at < 0)
                at = text.indexOf(issue.name);
            if (at >= 0) {
                start = at;
                length = int(issue.name.size());
            }
        }
        if (text.isEmpty())
            length = 0;
        QTextEdit::ExtraSelection selection;
        selection.format = format;
        selection.format.setToolTip(issue.message);
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + start);
        selection.cursor.setPosition(block.position() + start + length, QTextCursor::KeepAnchor);
        selections << selection;
    }
    setExtraSelections(selections);
}

void TemplateTextEdit::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void TemplateTextEdit::insertAtCursor(const QString &text)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.insertText(text);
    cursor.endEditBlock();
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
}

} // namespace ui
} // namespace dd
