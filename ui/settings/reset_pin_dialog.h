#pragma once

#include "access/operator_repository.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// Sets a new PIN for one operator (typed twice) through the repository.
class ResetPinDialog : public QDialog {
    Q_OBJECT
public:
    ResetPinDialog(UiContext &context, const Operator &person, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslateUi();

    UiContext &m_context;
    Operator m_person;
    QLabel *m_intro;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
