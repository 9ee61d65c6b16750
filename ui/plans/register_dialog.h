#pragma once

#include "common/result.h"

#include <QDateEdit>
#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace dd {
namespace ui {

class InlineMessage;

// A date that may be "not set" (shown as a dash at the minimum date).
class OptionalDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    void setValue(const QDate &date); // invalid = not set
    QDate value() const;              // invalid when not set
    // Whether "not set" may be chosen at all (else the minimum is a real date).
    void setOptional(bool optional);
    void setFallback(const QDate &date) { m_fallback = date; }

protected:
    void stepBy(int steps) override;

private:
    bool m_optional = true;
    QDate m_fallback;
};

// A form dialog of the registers: rows of label + field, an inline error line, OK / Cancel.
// OK calls apply(); the dialog closes only when it succeeds, else the error is shown and
// the input stays.
class RegisterDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegisterDialog(const QString &name, QWidget *parent = nullptr);

    InlineMessage *message() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Tries to save (what OK does); true when the dialog accepted.
    bool trySave();

protected:
    virtual Status apply() = 0;
    // Adds a row whose label text is set by retranslate() through label(i).
    QLabel *addRow(QWidget *field);
    QLabel *label(int row) const { return m_labels.at(row); }
    QFormLayout *form() const { return m_form; }

private:
    QFormLayout *m_form;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
    QList<QLabel *> m_labels;
};

} // namespace ui
} // namespace dd
