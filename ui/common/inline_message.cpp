#include "common/inline_message.h"

#include <QTimer>

namespace dd {
namespace ui {

namespace {
constexpr int SuccessVisibleMs = 4000;
}

InlineMessage::InlineMessage(QWidget *parent)
    : QLabel(parent)
    , m_fade(new QTimer(this))
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fade->setSingleShot(true);
    m_fade->setInterval(SuccessVisibleMs);
    connect(m_fade, &QTimer::timeout, this, &InlineMessage::clearMessage);
    hide();
}

void InlineMessage::showError(const QString &text)
{
    m_fade->stop();
    m_error = true;
    setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    setText(text);
    setAccessibleDescription(text);
    show();
}

void InlineMessage::showSuccess(const QString &text)
{
    m_error = false;
    setStyleSheet(QStringLiteral("color: #1e7d32;"));
    setText(text);
    setAccessibleDescription(text);
    show();
    m_fade->start();
}

void InlineMessage::clearMessage()
{
    m_fade->stop();
    m_error = false;
    clear();
    hide();
}

} // namespace ui
} // namespace dd
