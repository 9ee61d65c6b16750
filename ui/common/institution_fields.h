#pragma once

#include "institution/institution_profile.h"

#include <QComboBox>

namespace dd {
namespace ui {

// The kinds of institution, named in the current language (renamed in place on a language
// change, so the choice is kept).
class InstitutionTypeCombo : public QComboBox {
    Q_OBJECT
public:
    explicit InstitutionTypeCombo(QWidget *parent = nullptr);
    InstitutionType type() const;
    void setType(InstitutionType type);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

// IANA time zone ids; editable, with completion on any part of the id ("Shang" finds
// Asia/Shanghai). Core validates what is typed.
class TimeZoneCombo : public QComboBox {
    Q_OBJECT
public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);
    QString timeZoneId() const;
    void setTimeZoneId(const QString &id);
};

} // namespace ui
} // namespace dd
