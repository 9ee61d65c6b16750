#pragma once

#include "common/result.h"
#include "contacts/phone_numbers.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace dd {
namespace ui {

// A phone number input with its own error line: when the field is left, the text is checked
// with PhoneNumbers::normalize (the kind decides what is accepted) and either shown in its
// national format or the reason it is refused appears in red under it.
class PhoneField : public QWidget {
    Q_OBJECT
public:
    explicit PhoneField(PhoneKind kind, QWidget *parent = nullptr);

    // The label used in error messages ("Mobile"); set again on language change.
    void setFieldName(const QString &name) { m_fieldName = name; }
    // A stored number (E.164, short number or "").
    void setStored(const QString &stored);
    // Checks the text now: the stored form, or the refusal (also shown under the field).
    Result<QString> validate();
    bool hasError() const;
    QString errorText() const;
    QLineEdit *edit() const { return m_edit; }
    void setReadOnly(bool readOnly);

private:
    PhoneKind m_kind;
    QString m_fieldName;
    QLineEdit *m_edit;
    QLabel *m_error;
};

} // namespace ui
} // namespace dd
