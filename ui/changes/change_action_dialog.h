#pragma once

#include "changes/change_request.h"
#include "common/result.h"
#include "config/config_item.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dd {
namespace ui {

class InlineMessage;
class ZonedTimeEdit;

// The form of one step on a change: approve (risk assessment, assessment, window confirmed),
// reject or cancel (reason), record a test (phase, description, passed), finish or roll back
// (outcome), review (goal reached, impact on production, configuration updated, note), or
// update one of the change's configuration items. OK runs the step given to setApply(); a
// refusal shows the core's message and keeps the dialog open with what was typed.
class ChangeActionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Approve, Reject, Cancel, Test, Finish, RollBack, Review, UpdateItem };

    ChangeActionDialog(Kind kind, const ChangeRequest &change, const QList<ConfigItem> &items,
                       QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setApply(std::function<Status(const ChangeActionDialog &)> apply);
    // Runs the step; true (and the dialog accepted) when it was done.
    bool trySave();

    ChangeApproval approval() const;
    QString text() const; // reason, outcome or assessment
    ChangeTest::Phase phase() const;
    bool passed() const;
    ChangeReview review() const;
    ConfigItem item() const; // the edited item
    QString note() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadItem(int index);
    QLabel *row(QWidget *field);

    Kind m_kind;
    ChangeRequest m_change;
    QList<ConfigItem> m_items;
    std::function<Status(const ChangeActionDialog &)> m_apply;

    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QLabel *m_intro;
    QComboBox *m_technical = nullptr;
    QComboBox *m_business = nullptr;
    ZonedTimeEdit *m_start = nullptr;
    ZonedTimeEdit *m_end = nullptr;
    QCheckBox *m_windowConfirmed = nullptr;
    QComboBox *m_phase = nullptr;
    QCheckBox *m_passed = nullptr;
    QCheckBox *m_goalReached = nullptr;
    QCheckBox *m_configUpdated = nullptr;
    QComboBox *m_item = nullptr;
    QLineEdit *m_itemName = nullptr;
    QPlainTextEdit *m_itemDescription = nullptr;
    QComboBox *m_itemStatus = nullptr;
    QLineEdit *m_itemLocation = nullptr;
    QSpinBox *m_itemClass = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_note = nullptr;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
