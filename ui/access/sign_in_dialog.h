#pragma once

#include "access/actor.h"
#include "access/role.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// Who is at the desk: an operator chooses their name (or types their login) and enters their
// PIN. The same dialog hands the desk over at shift change, and lets a second person confirm
// an action that the standard wants confirmed by someone else.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode {
        SignIn,       // nobody is signed in
        HandOver,     // the signed-in operator hands the desk to the next person
        SecondPerson, // another person confirms `actionDescription`; nothing changes hands
    };

    SignInDialog(UiContext &context, Mode mode, QWidget *parent = nullptr);

    // SecondPerson mode: what is confirmed, and what the confirming person must be allowed.
    void setConfirmation(const QString &actionDescription, Permission needed);

    // The operator who signed in (or confirmed); Actor::nobody() until the dialog is accepted.
    const Actor &actor() const { return m_actor; }

    // Asks a second person (not the signed-in one) to confirm; their actor, or nothing when
    // cancelled. The confirmation is audited by the repository.
    static std::optional<Actor> confirmSecondPerson(UiContext &context,
                                                    const QString &actionDescription,
                                                    Permission needed, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    QString chosenLogin() const;
    void retranslateUi();

    UiContext &m_context;
    Mode m_mode;
    QString m_actionDescription;
    Permission m_needed = Permission::Approve;
    Actor m_actor = Actor::nobody();

    QLabel *m_intro;
    QLabel *m_operatorLabel;
    QComboBox *m_operator;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
