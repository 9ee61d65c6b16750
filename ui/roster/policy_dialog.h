#pragma once

#include "escalation/escalation_policy.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// Creates or edits one escalation policy: name, the grades and fault types it applies to, its
// priority and repeat count, and the levels called in turn (a duty role, a person or the
// succession order; the acknowledgement timeout; phone or message). OK checks the policy
// (EscalationPolicy::validate) and saves it; problems are shown in the dialog, which stays open.
class PolicyDialog : public QDialog {
    Q_OBJECT
public:
    PolicyDialog(UiContext &context, const EscalationPolicy &policy, QWidget *parent = nullptr);

    EscalationPolicy policy() const; // as the form shows it now
    qint64 savedId() const { return m_saved; }

    // The steps behind the buttons (also for tests).
    void addLevel(const EscalationLevel &level = {});
    void removeLevel();
    void moveLevel(int delta);
    // Sets row `row`'s target and whom: roleKey for Role, contactId for Person.
    void setLevel(int row, const EscalationLevel &level);

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *gradeBox(const QString &gradeId) const { return m_grades.value(gradeId); }
    QListWidget *faultTypeList() const { return m_faultTypes; }
    QSpinBox *priorityBox() const { return m_priority; }
    QSpinBox *repeatBox() const { return m_repeat; }
    QTableWidget *levelsTable() const { return m_levels; }
    InlineMessage *message() const { return m_message; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillWhom(int row);
    void retranslateUi();

    UiContext &m_context;
    qint64 m_id = 0;
    qint64 m_version = 0; // of the policy being edited, for the stale-save check
    qint64 m_saved = 0;
    QList<std::pair<QString, QString>> m_roles; // key, display name
    QList<std::pair<qint64, QString>> m_people; // id, name
    QFormLayout *m_form;
    QLineEdit *m_name;
    QHash<QString, QCheckBox *> m_grades;
    QWidget *m_gradeRow;
    QListWidget *m_faultTypes;
    QSpinBox *m_priority;
    QSpinBox *m_repeat;
    QLabel *m_levelsLabel;
    QTableWidget *m_levels;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
