#pragma once

#include "roster/roster_snapshot.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace dd {
namespace ui {

// Which shifts an iCalendar export holds: all, one duty role's or one person's.
struct RosterExportScope {
    qint64 roleId = 0;    // 0 = every role
    qint64 contactId = 0; // 0 = everybody
};

// Asks before an iCalendar export whether it holds all shifts of the shown range, one duty
// role's or one person's (for a person's own calendar).
class ExportScopeDialog : public QDialog {
    Q_OBJECT
public:
    ExportScopeDialog(const RosterSnapshot &snapshot, QWidget *parent = nullptr);

    RosterExportScope scope() const;
    QRadioButton *allButton() const { return m_all; }
    QRadioButton *roleButton() const { return m_byRole; }
    QRadioButton *personButton() const { return m_byPerson; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *personBox() const { return m_person; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEnabled();
    void retranslateUi();

    QLabel *m_question;
    QRadioButton *m_all;
    QRadioButton *m_byRole;
    QRadioButton *m_byPerson;
    QComboBox *m_role;
    QComboBox *m_person;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
