#pragma once

#include "roster/roster_repository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimeEdit;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// Creates or edits one rotation: role, slot, layer, name, the shift pattern (shifts of the day,
// a daily or a weekly handoff), the dates and the ordered members. OK saves through
// RosterRepository::saveRotation(); a refusal is shown in the dialog, which stays open.
class RotationDialog : public QDialog {
    Q_OBJECT
public:
    // `rotation.id` 0 = a new rotation.
    RotationDialog(UiContext &context, const Rotation &rotation, QWidget *parent = nullptr);

    // The rotation as the form shows it now.
    Rotation rotation() const;
    qint64 savedId() const { return m_saved; }

    // The steps behind the buttons (also for tests).
    void addMember(qint64 contactId);
    void removeMember();
    void moveMember(int delta);
    void addShift(const QTime &start = QTime(8, 30), int minutes = 12 * 60);
    QList<qint64> members() const;

    QComboBox *roleBox() const { return m_role; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *startEdit() const { return m_start; }
    QTableWidget *shiftsTable() const { return m_shifts; }
    QListWidget *memberList() const { return m_members; }
    QListWidget *contactList() const { return m_contacts; }
    InlineMessage *message() const { return m_message; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setRotation(const Rotation &rotation);
    void filterContacts(const QString &text);
    void retranslateUi();

    UiContext &m_context;
    qint64 m_id = 0;
    qint64 m_version = 0; // of the rotation being edited, for the stale-save check
    qint64 m_saved = 0;
    QHash<qint64, QString> m_names;
    QFormLayout *m_form;
    QComboBox *m_role;
    QComboBox *m_slot;
    QSpinBox *m_layer;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_patternStack;
    QTableWidget *m_shifts;
    QPushButton *m_addShift;
    QPushButton *m_removeShift;
    QTimeEdit *m_dailyHandoff;
    QComboBox *m_weekday;
    QTimeEdit *m_weeklyHandoff;
    QLabel *m_weekdayLabel;
    QLabel *m_weeklyHandoffLabel;
    QLabel *m_dailyHandoffLabel;
    QDateEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QLineEdit *m_search;
    QListWidget *m_contacts;
    QPushButton *m_add;
    QListWidget *m_members;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_membersLabel;
    QLabel *m_contactsLabel;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
