#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QTimer;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// Edits a user's rule set as JSON. The text is checked as you type (after a short pause) by the
// same parser the repository uses, so an error shows its file, JSON path and reason in red
// before anything is saved. Save (Ctrl+S) stores a new rule set or a new version of one; a
// refusal stays in the dialog and nothing changes — the set in force stays in force.
class RuleSetEditorDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose {
        Copy, // a new copy of another set (`basedOn`)
        Edit, // a new version of the user's set `basedOn`
    };

    RuleSetEditorDialog(UiContext &context, Purpose purpose, const QString &basedOn,
                        const QByteArray &json, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QByteArray json() const;
    // Checks the text now (instead of after the pause) and shows the outcome.
    bool validateNow();
    bool isValid() const { return m_valid; }
    bool save();
    QString savedId() const { return m_savedId; }
    int savedVersion() const { return m_savedVersion; }

    // How long typing must pause before the text is checked.
    static constexpr int ValidationDelayMs = 300;

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString fileName() const;
    void showValidation(bool valid, const QString &text);
    void markErrorLine();
    void retranslateUi();

    UiContext &m_context;
    Purpose m_purpose;
    QString m_basedOn;
    bool m_valid = false;
    QString m_validationText; // as shown; rebuilt on a language change by validating again
    QString m_savedId;
    int m_savedVersion = 0;
    QLabel *m_intro;
    QPlainTextEdit *m_editor;
    QLabel *m_validation;
    InlineMessage *m_message;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QShortcut *m_saveShortcut;
    QTimer *m_validateTimer;
};

} // namespace ui
} // namespace dd
