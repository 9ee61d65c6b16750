#pragma once

#include "access/operator_repository.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace dd {
namespace ui {

class InlineMessage;
class RoleChecklist;
struct UiContext;

// Changes one operator's roles through the repository; a refusal is shown in the dialog.
class OperatorRolesDialog : public QDialog {
    Q_OBJECT
public:
    OperatorRolesDialog(UiContext &context, const Operator &person, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslateUi();

    UiContext &m_context;
    Operator m_person;
    QLabel *m_intro;
    RoleChecklist *m_roles;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
