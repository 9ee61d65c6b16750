#pragma once

#include "contacts/contact.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// Adds or edits a position of the emergency organization: body, title, department, chair flag
// and the key tasks (printed on the action cards), one per line, in order. The members are
// kept as they are (they are added on the tree). OK saves through the repository; a refusal is
// shown in the dialog, which stays open.
class PositionDialog : public QDialog {
    Q_OBJECT
public:
    PositionDialog(UiContext &context, const OrgPosition &position, QWidget *parent = nullptr);

    OrgPosition position() const; // what the fields say now
    qint64 savedId() const { return m_savedId; }

    // The key-task buttons (also used by tests).
    void addTask(const QString &text = {});
    void removeTask();
    void moveTask(int delta);
    QStringList tasks() const;
    bool submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();
    void retranslateUi();

    UiContext &m_context;
    OrgPosition m_position;
    qint64 m_savedId = 0;
    QLabel *m_bodyLabel;
    QComboBox *m_body;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_departmentLabel;
    QComboBox *m_department;
    QCheckBox *m_chair;
    QLabel *m_tasksLabel;
    QListWidget *m_tasks;
    QPushButton *m_addTask;
    QPushButton *m_removeTask;
    QPushButton *m_taskUp;
    QPushButton *m_taskDown;
    QLabel *m_tasksHint;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

// The department combo's value: a required department's id, or the free text typed.
QString departmentFromCombo(const QComboBox *combo);
void fillDepartmentCombo(QComboBox *combo, const QString &department);

} // namespace ui
} // namespace dd
