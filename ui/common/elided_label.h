#pragma once

#include <QWidget>

namespace dd {
namespace ui {

// A label that elides its text in the middle when there is not room (long file paths in the
// status bar); the full text is in the tooltip.
class ElidedLabel : public QWidget {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace ui
} // namespace dd
