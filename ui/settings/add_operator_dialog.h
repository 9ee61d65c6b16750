#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dd {
namespace ui {

class InlineMessage;
class RoleChecklist;
struct UiContext;

// Adds an operator: login, name, PIN typed twice, roles. The repository checks the signed-in
// actor's permission and the fields; its refusal is shown here and the dialog stays open.
class AddOperatorDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddOperatorDialog(UiContext &context, QWidget *parent = nullptr);
    qint64 createdId() const { return m_createdId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslateUi();

    UiContext &m_context;
    qint64 m_createdId = 0;
    QLabel *m_loginLabel;
    QLineEdit *m_login;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    QLabel *m_rolesLabel;
    RoleChecklist *m_roles;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
