#pragma once

#include "access/actor.h"
#include "access/role.h"
#include "changes/change_request.h"
#include "common/result.h"
#include "config/config_item.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace dd {

class ChangeRegister;
class ConfigRegistry;

namespace ui {

class ChangeActionDialog;
class ChangeEditor;
class InlineMessage;
struct UiContext;

// One change request: the editor (every part the standard names; editable while it is a
// draft of the signed-in applicant) and the steps its state allows, each done through the
// core with its refusal shown: Save draft (Ctrl+S), Submit, Approve, Reject, Revise, Cancel,
// Record test, Start, Update item, Finish, Roll back, Review. A step the standard wants from
// another person (the approver, the named implementer or reviewer) asks that person to
// confirm with their PIN when someone else is signed in, and is done as them.
class ChangeDialog : public QDialog {
    Q_OBJECT
public:
    enum Action {
        SaveDraft,
        Submit,
        Approve,
        Reject,
        Revise,
        Cancel,
        RecordTest,
        Start,
        UpdateItem,
        Finish,
        RollBack,
        Review,
        ActionCount
    };

    // id 0: a new draft.
    ChangeDialog(UiContext &context, ChangeRegister &changes, ConfigRegistry &config, qint64 id,
                 QWidget *parent = nullptr);

    qint64 changeId() const { return m_change.id; }
    const ChangeRequest &change() const { return m_change; }
    ChangeEditor *editor() const { return m_editor; }
    QPushButton *button(Action action) const { return m_buttons.at(action); }
    InlineMessage *message() const { return m_message; }

    bool saveDraft();
    bool submit();
    // Opens the step's form (approve, reject, …) and runs it on OK.
    void runAction(Action action);

    // Tests: how a step's form is shown (default: exec()), and who confirms as a second person
    // (default: SignInDialog::confirmSecondPerson).
    std::function<int(ChangeActionDialog &)> execForm;
    std::function<std::optional<Actor>(const QString &what, Permission needed)> confirmPerson;

signals:
    void changed(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(qint64 id);
    void updateState();
    void retranslateUi();
    QString details() const;
    // The actor who does a step of `personId` (the implementer or reviewer): the signed-in
    // operator when it is them, else the person confirming; nothing when cancelled.
    std::optional<Actor> actorFor(qint64 personId, const QString &what, Permission needed);
    std::optional<Actor> approverActor(const QString &what);
    bool canWrite() const;

    UiContext &m_context;
    ChangeRegister &m_changes;
    ConfigRegistry &m_config;
    QList<ConfigItem> m_items;
    ChangeRequest m_change;
    QLabel *m_header;
    ChangeEditor *m_editor;
    QLabel *m_details;
    InlineMessage *m_message;
    QList<QPushButton *> m_buttons;
    QPushButton *m_close;
};

} // namespace ui
} // namespace dd
