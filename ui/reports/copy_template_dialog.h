#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dd {

class TemplateLibrary;

namespace ui {

// Asks the id of a copy of a template: lower-case letters, digits and _, unused; checked as
// the user types, OK only for a good id.
class CopyTemplateDialog : public QDialog {
    Q_OBJECT
public:
    CopyTemplateDialog(const TemplateLibrary &library, const QString &fromId,
                       QWidget *parent = nullptr);

    QString newId() const;
    QLineEdit *idEdit() const { return m_id; }
    // Why `id` cannot be used, empty when it can.
    static QString problem(const TemplateLibrary &library, const QString &id);

private:
    void validate();

    const TemplateLibrary &m_library;
    QLabel *m_intro;
    QLineEdit *m_id;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace dd
