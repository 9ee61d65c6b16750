#include "contacts/phone_numbers.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>
#include <string>

namespace dd {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using i18n::phonenumbers::ShortNumberInfo;

const std::string Region = "CN";
const QString ExtSeparator = QStringLiteral(";ext=");

PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// Full-width forms to ASCII and the Chinese extension words to "ext".
QString cleaned(const QString &input)
{
    QString s = input.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression extWords(QStringLiteral("\\s*(转|分机|内线)\\s*"));
    s.replace(extWords, QStringLiteral(" ext "));
    return s.trimmed();
}

// Letters other than an extension marker ("ext", "extension", "x").
bool hasStrayLetters(const QString &s)
{
    static const QRegularExpression markers(QStringLiteral("ext(ension|n)?\\.?|\\bx"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString rest = s;
    rest.remove(markers);
    for (const QChar c : rest)
        if (c.isLetter())
            return true;
    return false;
}

bool isMobileType(PhoneNumberUtil::PhoneNumberType t)
{
    return t == PhoneNumberUtil::MOBILE || t == PhoneNumberUtil::FIXED_LINE_OR_MOBILE
           || t == PhoneNumberUtil::PAGER || t == PhoneNumberUtil::PERSONAL_NUMBER;
}

bool isServiceType(PhoneNumberUtil::PhoneNumberType t)
{
    return t == PhoneNumberUtil::TOLL_FREE || t == PhoneNumberUtil::SHARED_COST
           || t == PhoneNumberUtil::UAN || t == PhoneNumberUtil::PREMIUM_RATE;
}

bool isFixedType(PhoneNumberUtil::PhoneNumberType t)
{
    return t == PhoneNumberUtil::FIXED_LINE || t == PhoneNumberUtil::FIXED_LINE_OR_MOBILE
           || t == PhoneNumberUtil::VOIP;
}

QString e164Of(const PhoneNumber &n)
{
    std::string out;
    util().Format(n, PhoneNumberUtil::E164, &out);
    return fromStd(out);
}

QString nsnOf(const PhoneNumber &n)
{
    std::string out;
    util().GetNationalSignificantNumber(n, &out);
    return fromStd(out);
}

bool parse(const QString &text, PhoneNumber *n)
{
    return util().Parse(toStd(text), Region, n) == PhoneNumberUtil::NO_PARSING_ERROR;
}

} // namespace

Result<QString> PhoneNumbers::normalize(const QString &input, PhoneKind kind, const QString &field)
{
    const QString text = cleaned(input);
    if (text.isEmpty())
        return QString();
    const QString quoted = input.trimmed();
    if (hasStrayLetters(text))
        return fail(
            tr("%1: \"%2\" contains letters; enter the number in digits.").arg(field, quoted));

    PhoneNumber number;
    const PhoneNumberUtil::ErrorType parsed = util().Parse(toStd(text), Region, &number);
    switch (parsed) {
    case PhoneNumberUtil::NO_PARSING_ERROR: break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return fail(tr("%1: \"%2\" starts with an unknown country code.").arg(field, quoted));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return fail(tr("%1: \"%2\" is too short for a phone number.").arg(field, quoted));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return fail(tr("%1: \"%2\" is too long for a phone number.").arg(field, quoted));
    default: return fail(tr("%1: \"%2\" is not a phone number.").arg(field, quoted));
    }

    // China's service short numbers (119, 95598, 10086, ...).
    if (!util().IsValidNumber(number) && number.country_code() == 86 && !number.has_extension()) {
        ShortNumberInfo shortInfo;
        if (shortInfo.IsValidShortNumberForRegion(number, Region)) {
            if (kind == PhoneKind::DutyLine || kind == PhoneKind::Any)
                return nsnOf(number);
            return fail(tr("%1: %2 is a service short number; it cannot be used here (enter "
                           "it as a duty line or a unit's phone).")
                            .arg(field, nsnOf(number)));
        }
    }

    // A trailing "-12" after a complete fixed-line number is its extension.
    if (!util().IsValidNumber(number) && !number.has_extension()) {
        static const QRegularExpression trailing(
            QStringLiteral("^(.*\\d)\\s*[-\\x{2010}-\\x{2015}]\\s*(\\d{1,5})$"));
        const QRegularExpressionMatch m = trailing.match(text);
        PhoneNumber base;
        if (m.hasMatch() && parse(m.captured(1), &base) && util().IsValidNumber(base)) {
            const auto type = util().GetNumberType(base);
            PhoneNumber withExtension;
            if ((isFixedType(type) || isServiceType(type))
                && parse(m.captured(1) + QStringLiteral(" ext ") + m.captured(2), &withExtension)
                && withExtension.has_extension())
                number = withExtension;
        }
    }

    if (!util().IsValidNumber(number)) {
        const QString nsn = nsnOf(number);
        if (number.country_code() != 86) {
            return fail(tr("%1: \"%2\" is not a valid number for country code +%3.")
                            .arg(field, quoted)
                            .arg(number.country_code()));
        }
        if (nsn.startsWith(u'1') && nsn.size() != 11 && nsn.size() > 5)
            return fail(tr("%1: \"%2\" is not a valid mobile number: a mobile number in China "
                           "has 11 digits, this one has %3.")
                            .arg(field, quoted)
                            .arg(nsn.size()));
        if (!text.startsWith(u'0') && !text.startsWith(u'+') && (nsn.size() == 7 || nsn.size() == 8)
            && !nsn.startsWith(u'1'))
            return fail(tr("%1: \"%2\" has no area code; write a landline with its area code, "
                           "such as 010-%2.")
                            .arg(field, quoted));
        switch (util().IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            return fail(tr("%1: \"%2\" is too short for a phone number.").arg(field, quoted));
        case PhoneNumberUtil::TOO_LONG:
            return fail(tr("%1: \"%2\" is too long for a phone number.").arg(field, quoted));
        default: break;
        }
        return fail(tr("%1: \"%2\" is not a valid phone number in China (check the area code "
                       "and the number of digits).")
                        .arg(field, quoted));
    }

    const auto type = util().GetNumberType(number);
    const bool mobile = isMobileType(type) && type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    switch (kind) {
    case PhoneKind::Mobile:
        if (!isMobileType(type)) {
            if (isServiceType(type))
                return fail(tr("%1: \"%2\" is a service number (400/800), not a mobile number.")
                                .arg(field, quoted));
            return fail(tr("%1: \"%2\" is a landline, not a mobile number; enter it as the "
                           "office phone.")
                            .arg(field, quoted));
        }
        break;
    case PhoneKind::Landline:
        if (mobile)
            return fail(tr("%1: \"%2\" is a mobile number; enter it as the mobile phone.")
                            .arg(field, quoted));
        break;
    case PhoneKind::Fax:
        if (mobile)
            return fail(
                tr("%1: \"%2\" is a mobile number and cannot receive faxes.").arg(field, quoted));
        break;
    case PhoneKind::DutyLine:
    case PhoneKind::Any: break;
    }
    if (number.has_extension() && mobile)
        return fail(tr("%1: \"%2\" is a mobile number; a mobile number has no extension.")
                        .arg(field, quoted));

    QString stored = e164Of(number);
    if (number.has_extension())
        stored += ExtSeparator + fromStd(number.extension());
    return stored;
}

QString PhoneNumbers::extension(const QString &stored)
{
    const qsizetype at = stored.indexOf(ExtSeparator);
    return at < 0 ? QString() : stored.mid(at + ExtSeparator.size());
}

QString PhoneNumbers::withoutExtension(const QString &stored)
{
    const qsizetype at = stored.indexOf(ExtSeparator);
    return at < 0 ? stored : stored.left(at);
}

QString PhoneNumbers::display(const QString &stored)
{
    if (!stored.startsWith(u'+'))
        return stored;
    PhoneNumber number;
    if (util().Parse(toStd(withoutExtension(stored)), "ZZ", &number)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return stored;
    std::string out;
    util().Format(number,
                  number.country_code() == 86 ? PhoneNumberUtil::NATIONAL
                                              : PhoneNumberUtil::INTERNATIONAL,
                  &out);
    const QString text = fromStd(out);
    const QString ext = extension(stored);
    return ext.isEmpty() ? text : tr("%1 ext. %2").arg(text, ext);
}

QString PhoneNumbers::digits(const QString &stored)
{
    if (!stored.startsWith(u'+'))
        return searchDigits(stored);
    PhoneNumber number;
    if (util().Parse(toStd(withoutExtension(stored)), "ZZ", &number)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return searchDigits(withoutExtension(stored));
    std::string out;
    util().FormatOutOfCountryCallingNumber(number, Region, &out);
    return searchDigits(fromStd(out));
}

QStringList PhoneNumbers::searchForms(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    QStringList forms{digits(stored)};
    const QString international = searchDigits(withoutExtension(stored));
    if (!forms.contains(international))
        forms << international;
    return forms;
}

QString PhoneNumbers::searchDigits(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC))
        if (c >= u'0' && c <= u'9')
            out += c;
    return out;
}

} // namespace dd
