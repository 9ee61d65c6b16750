#pragma once

#include "drills/drill.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace dd {
namespace ui {

// Closing a drill: "Does the emergency plan need an update?" must be answered yes or no (the
// answer and the note are recorded with the drill).
class CompleteDrillDialog : public QDialog {
    Q_OBJECT
public:
    explicit CompleteDrillDialog(const QString &drillTitle, QWidget *parent = nullptr);
    std::optional<bool> planUpdateNeeded() const;
    QString note() const;
    QRadioButton *yesButton() const { return m_yes; }
    QRadioButton *noButton() const { return m_no; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    void updateOk();
    QRadioButton *m_yes;
    QRadioButton *m_no;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

// An improvement action: what, owner (from the handbook), due date, status and evidence.
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    ActionDialog(const ImprovementAction &action, const QString &findingText,
                 const QList<std::pair<qint64, QString>> &people, bool editable,
                 QWidget *parent = nullptr);
    ImprovementAction action() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *ownerBox() const { return m_owner; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *statusBox() const { return m_status; }
    QPlainTextEdit *evidenceEdit() const { return m_evidence; }

private:
    ImprovementAction m_action;
    QPlainTextEdit *m_text;
    QComboBox *m_owner;
    QDateEdit *m_due;
    QComboBox *m_status;
    QPlainTextEdit *m_evidence;
};

// A finding of a drill: which drill and what was found.
class FindingDialog : public QDialog {
    Q_OBJECT
public:
    FindingDialog(const QList<DrillSummary> &drills, qint64 drillId, const QString &text,
                  QWidget *parent = nullptr);
    qint64 drillId() const;
    QString text() const;
    QComboBox *drillBox() const { return m_drill; }
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    QComboBox *m_drill;
    QPlainTextEdit *m_text;
};

} // namespace ui
} // namespace dd
