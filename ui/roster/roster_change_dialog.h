#pragma once

#include "roster/roster_snapshot.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dd {
namespace ui {

class InlineMessage;
class ZonedTimeEdit;
struct UiContext;

// One dialog for the four roster changes a duty team makes by hand: an override (someone takes
// a slot for a while), leave, a swap request and a handover record. OK writes through
// RosterRepository in one transaction; a refusal is shown in the dialog, which stays open.
class RosterChangeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Override, Leave, Swap, Handover };

    RosterChangeDialog(UiContext &context, const RosterSnapshot &snapshot, Kind kind,
                       QWidget *parent = nullptr);

    // Prefills from a clicked shift block (role, slot, person, interval).
    void setBlock(const ShiftBlock &block);
    // Prefills an empty place: role, slot and an interval starting there.
    void setPlace(qint64 roleId, Slot slot, const QDateTime &start, const QDateTime &end);

    Kind kind() const { return m_kind; }
    qint64 writtenId() const { return m_written; }
    // For tests: the editors.
    QComboBox *roleBox() const { return m_role; }
    QComboBox *personBox() const { return m_person; }
    QComboBox *otherBox() const { return m_other; }
    ZonedTimeEdit *fromEdit() const { return m_from; }
    ZonedTimeEdit *untilEdit() const { return m_until; }
    // Swap: the counterpart's shift that the requester takes back (optional).
    QCheckBox *takeBackBox() const { return m_takeBack; }
    ZonedTimeEdit *takeFromEdit() const { return m_takeFrom; }
    ZonedTimeEdit *takeUntilEdit() const { return m_takeUntil; }
    QLineEdit *reasonEdit() const { return m_reason; }
    InlineMessage *message() const { return m_message; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillPeople(QComboBox *box, bool allowNobody);
    void selectData(QComboBox *box, qint64 value);
    // Swap: prefills the take-back interval with the counterpart's next shift of the role and
    // slot after the shift given away.
    void suggestTakeBack();
    void retranslateUi();

    UiContext &m_context;
    RosterSnapshot m_snapshot;
    Kind m_kind;
    qint64 m_written = 0;
    QFormLayout *m_form;
    QComboBox *m_role;
    QComboBox *m_slot;
    QComboBox *m_person;
    QComboBox *m_other;
    QComboBox *m_leaveKind;
    ZonedTimeEdit *m_from;
    ZonedTimeEdit *m_until;
    QCheckBox *m_takeBack;
    ZonedTimeEdit *m_takeFrom;
    ZonedTimeEdit *m_takeUntil;
    QLineEdit *m_reason;
    QPlainTextEdit *m_items;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
