#include "contacts/phone_numbers.h"

#include <gtest/gtest.h>

using namespace dd;

namespace {

QString ok(const char *input, PhoneKind kind = PhoneKind::Any)
{
    auto r = PhoneNumbers::normalize(QString::fromUtf8(input), kind, QStringLiteral("Phone"));
    EXPECT_TRUE(r.ok()) << input << ": " << (r.ok() ? "" : r.error().toStdString());
    return r.ok() ? *r : QString();
}

QString error(const char *input, PhoneKind kind = PhoneKind::Any)
{
    auto r = PhoneNumbers::normalize(QString::fromUtf8(input), kind, QStringLiteral("Mobile"));
    EXPECT_FALSE(r.ok()) << input << " was accepted as " << (r.ok() ? r->toStdString() : "");
    if (r.ok())
        return {};
    EXPECT_TRUE(r.error().startsWith(QStringLiteral("Mobile: "))) << r.error().toStdString();
    return r.error();
}

} // namespace

TEST(PhoneNumbers, MobileInTheUsualWritings)
{
    const QString expected = QStringLiteral("+8613800138000");
    EXPECT_EQ(ok("138 0013 8000", PhoneKind::Mobile), expected);
    EXPECT_EQ(ok("13800138000", PhoneKind::Mobile), expected);
    EXPECT_EQ(ok("+86 138-0013-8000", PhoneKind::Mobile), expected);
    EXPECT_EQ(ok("0086 13800138000", PhoneKind::Mobile), expected);
    EXPECT_EQ(ok("(+86) 138.0013.8000", PhoneKind::Mobile), expected);
    EXPECT_EQ(ok("１３８００１３８０００", PhoneKind::Mobile), expected); // full-width digits
}

TEST(PhoneNumbers, LandlinesNeedTheirAreaCode)
{
    EXPECT_EQ(ok("010-65550000", PhoneKind::Landline), QStringLiteral("+861065550000"));
    EXPECT_EQ(ok("(021)5555 6666", PhoneKind::Landline), QStringLiteral("+862155556666"));
    EXPECT_EQ(ok("（021）5555-6666", PhoneKind::Landline), QStringLiteral("+862155556666"));
    EXPECT_EQ(ok("0755-8888-8888", PhoneKind::Landline), QStringLiteral("+8675588888888"));
    EXPECT_EQ(ok("+86 10 6555 0000", PhoneKind::Landline), QStringLiteral("+861065550000"));
    EXPECT_TRUE(error("65550000", PhoneKind::Landline).contains(QStringLiteral("area code")));
}

TEST(PhoneNumbers, Extensions)
{
    const QString expected = QStringLiteral("+861065550000;ext=12");
    EXPECT_EQ(ok("010-65550000 ext 12", PhoneKind::Landline), expected);
    EXPECT_EQ(ok("010-65550000 ext. 12", PhoneKind::Landline), expected);
    EXPECT_EQ(ok("010 65550000 x12", PhoneKind::Landline), expected);
    EXPECT_EQ(ok("010-65550000转12", PhoneKind::Landline), expected);
    EXPECT_EQ(ok("010-65550000 分机 12", PhoneKind::Landline), expected);
    // A trailing "-12" after a complete landline is its extension...
    EXPECT_EQ(ok("010-65550000-12", PhoneKind::Landline), expected);
    EXPECT_EQ(ok("010-65550000-8001", PhoneKind::Landline),
              QStringLiteral("+861065550000;ext=8001"));
    // ...but grouping dashes inside a valid number are not.
    EXPECT_EQ(ok("010-6555-0000", PhoneKind::Landline), QStringLiteral("+861065550000"));
    // A mobile has no extension.
    EXPECT_TRUE(
        error("13800138000 ext 1", PhoneKind::Mobile).contains(QStringLiteral("extension")));
    EXPECT_EQ(PhoneNumbers::extension(expected), QStringLiteral("12"));
    EXPECT_EQ(PhoneNumbers::withoutExtension(expected), QStringLiteral("+861065550000"));
}

TEST(PhoneNumbers, ServiceNumbers)
{
    EXPECT_EQ(ok("400-820-8820", PhoneKind::Landline), QStringLiteral("+864008208820"));
    EXPECT_EQ(ok("800 820 8820", PhoneKind::DutyLine), QStringLiteral("+868008208820"));
    EXPECT_EQ(ok("95598", PhoneKind::DutyLine), QStringLiteral("95598"));
    EXPECT_EQ(ok("119", PhoneKind::Any), QStringLiteral("119"));
    EXPECT_TRUE(error("95598", PhoneKind::Mobile).contains(QStringLiteral("short")));
    EXPECT_TRUE(error("400-820-8820", PhoneKind::Mobile).contains(QStringLiteral("400")));
}

TEST(PhoneNumbers, KindsRefuseTheWrongNumber)
{
    EXPECT_TRUE(error("010-65550000", PhoneKind::Mobile).contains(QStringLiteral("landline")));
    EXPECT_TRUE(error("13800138000", PhoneKind::Landline).contains(QStringLiteral("mobile")));
    EXPECT_TRUE(error("13800138000", PhoneKind::Fax).contains(QStringLiteral("fax")));
    EXPECT_EQ(ok("010-65550001", PhoneKind::Fax), QStringLiteral("+861065550001"));
    EXPECT_EQ(ok("13800138000", PhoneKind::DutyLine), QStringLiteral("+8613800138000"));
}

TEST(PhoneNumbers, ForeignNumbers)
{
    EXPECT_EQ(ok("+1 650 253 0000", PhoneKind::Landline), QStringLiteral("+16502530000"));
    EXPECT_EQ(ok("+44 20 7946 0958", PhoneKind::Any), QStringLiteral("+442079460958"));
    EXPECT_EQ(ok("+852 2123 4567", PhoneKind::Any), QStringLiteral("+85221234567"));
    EXPECT_TRUE(error("+1 650 253").contains(QStringLiteral("+1")));
}

TEST(PhoneNumbers, GarbageIsRefusedWithTheReason)
{
    EXPECT_TRUE(error("abc").contains(QStringLiteral("letters")));
    EXPECT_TRUE(error("138OO138000").contains(QStringLiteral("letters")));
    EXPECT_TRUE(error("call me").contains(QStringLiteral("letters")));
    EXPECT_TRUE(error("1380013", PhoneKind::Mobile).contains(QStringLiteral("11 digits")));
    EXPECT_TRUE(error("138001380001", PhoneKind::Mobile).contains(QStringLiteral("11 digits")));
    EXPECT_TRUE(error("12").contains(QStringLiteral("too short")));
    EXPECT_FALSE(error("---").isEmpty());
    EXPECT_FALSE(error("010-6555000").isEmpty());
    EXPECT_TRUE(error("+999 1234 5678").contains(QStringLiteral("country code")));
    // The error quotes what was typed.
    EXPECT_TRUE(error("1380013", PhoneKind::Mobile).contains(QStringLiteral("\"1380013\"")));
}

TEST(PhoneNumbers, BlankIsNoNumber)
{
    EXPECT_EQ(ok(""), QString());
    EXPECT_EQ(ok("   "), QString());
}

TEST(PhoneNumbers, DisplayForPeopleInChina)
{
    EXPECT_EQ(PhoneNumbers::display(QStringLiteral("+8613800138000")),
              QStringLiteral("138 0013 8000"));
    EXPECT_EQ(PhoneNumbers::display(QStringLiteral("+861065550000")),
              QStringLiteral("010 6555 0000"));
    EXPECT_EQ(PhoneNumbers::display(QStringLiteral("+864008208820")),
              QStringLiteral("400 820 8820"));
    EXPECT_EQ(PhoneNumbers::display(QStringLiteral("+861065550000;ext=12")),
              QStringLiteral("010 6555 0000 ext. 12"));
    EXPECT_EQ(PhoneNumbers::display(QStringLiteral("+16502530000")),
              QStringLiteral("+1 650-253-0000"));
    EXPECT_EQ(PhoneNumbers::display(QStringLiteral("95598")), QStringLiteral("95598"));
    EXPECT_EQ(PhoneNumbers::display(QString()), QString());
}

TEST(PhoneNumbers, DigitsForSearching)
{
    EXPECT_EQ(PhoneNumbers::digits(QStringLiteral("+8613800138000")),
              QStringLiteral("13800138000"));
    EXPECT_EQ(PhoneNumbers::digits(QStringLiteral("+861065550000;ext=12")),
              QStringLiteral("01065550000"));
    EXPECT_EQ(PhoneNumbers::digits(QStringLiteral("+16502530000")),
              QStringLiteral("0016502530000"));
    EXPECT_EQ(PhoneNumbers::digits(QStringLiteral("95598")), QStringLiteral("95598"));
    EXPECT_EQ(PhoneNumbers::searchForms(QStringLiteral("+8613800138000")),
              (QStringList{QStringLiteral("13800138000"), QStringLiteral("8613800138000")}));
    EXPECT_EQ(PhoneNumbers::searchDigits(QStringLiteral("138 0013-8000")),
              QStringLiteral("13800138000"));
}

TEST(PhoneNumbers, NormalizedNumbersNormalizeToThemselves)
{
    for (const char *stored :
         {"+8613800138000", "+861065550000", "+864008208820", "+16502530000", "95598"})
        EXPECT_EQ(ok(stored), QString::fromUtf8(stored));
    EXPECT_EQ(ok("+861065550000;ext=12", PhoneKind::Landline),
              QStringLiteral("+861065550000;ext=12"));
}
