#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace dd {
namespace ui {

struct UiContext;

// The signed-in operator at the right of the status bar, with the "Sign in…" / "Hand over…"
// button. Says plainly when nobody is signed in (a read-only viewer) or the database is
// read-only.
class SessionStatus : public QWidget {
    Q_OBJECT
public:
    explicit SessionStatus(UiContext &context, QWidget *parent = nullptr);
    QString operatorText() const;

signals:
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    UiContext &m_context;
    QLabel *m_icon;
    QLabel *m_operator;
    QPushButton *m_button;
};

} // namespace ui
} // namespace dd
