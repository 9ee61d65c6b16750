#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace dd {

// What a phone field holds; decides which kinds of number it accepts.
enum class PhoneKind {
    Mobile,   // mobile numbers only
    Landline, // office phone: fixed lines and 400/800 service numbers, not mobiles
    DutyLine, // 值班电话: any valid number, also service short numbers such as 95598
    Fax,      // fixed lines (and 400/800), not mobiles, not short numbers
    Any,      // any valid number or service short number (a unit's switchboard)
};

// Phone validation and formatting with libphonenumber, default region CN.
//
// Stored form: E.164 ("+8613800138000", "+861065550000"), with an extension as
// "+861065550000;ext=12". China's service short numbers (110, 119, 95598, 10086 ...) have no
// E.164 form and are stored as their digits ("95598"). "" means no number.
//
// Accepted input: spaces, dashes, dots and parentheses anywhere, full-width characters,
// "+86" or "0086" in front, a landline's area code with or without its parentheses. An
// extension is written "ext 12", "ext. 12", "x12", "#12", "转12", "分机12" or "内线12".
// A trailing "-12" (one to five digits after a dash) is read as an extension only when the
// number without it is a complete, valid fixed-line or service number and the number with it
// is not a valid number (so "010-6555-0000" stays one number, "010-65550000-12" is the
// switchboard 010 6555 0000, extension 12). A mobile number never has an extension.
class PhoneNumbers {
    Q_DECLARE_TR_FUNCTIONS(dd::PhoneNumbers)
public:
    // The stored form of `input`, "" for blank input. A failure names `field` (translated
    // label such as "Mobile") and says what is wrong: not a number, letters, too short or too
    // long, missing area code, not valid in China, a landline in a mobile field, ...
    static Result<QString> normalize(const QString &input, PhoneKind kind, const QString &field);

    // For people in China: national format for Chinese numbers ("138 0013 8000",
    // "010 6555 0000", "400 820 8820", "010 6555 0000 ext. 12"), international format for
    // foreign ones ("+1 650-253-0000"), short numbers as they are. Text that is not a stored
    // number is returned unchanged.
    static QString display(const QString &stored);

    // The digits a person dials for the number from within China, for searching:
    // "13800138000", "01065550000", "4008208820", "0016502530000" for foreign numbers, "95598".
    // The extension is left out.
    static QString digits(const QString &stored);

    // All digit strings a search for this number should match: digits() and the E.164 digits
    // ("8613800138000"). Compare against searchDigits(query).
    static QStringList searchForms(const QString &stored);
    // The digits of a search text ("138 0013-8000" -> "13800138000"); "" when it has none.
    static QString searchDigits(const QString &text);

    // The extension of a stored number ("" when none), and the number without it.
    static QString extension(const QString &stored);
    static QString withoutExtension(const QString &stored);
};

} // namespace dd
