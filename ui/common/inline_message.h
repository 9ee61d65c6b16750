#pragma once

#include <QLabel>

class QTimer;

namespace dd {
namespace ui {

// A one-line message under a form: an error in red that stays until the next attempt, or a
// brief success note that fades after a few seconds. Hidden when there is nothing to say.
class InlineMessage : public QLabel {
    Q_OBJECT
public:
    explicit InlineMessage(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showSuccess(const QString &text);
    void clearMessage();
    bool isError() const { return m_error; }

private:
    QTimer *m_fade;
    bool m_error = false;
};

} // namespace ui
} // namespace dd
