// vCard writing and reading (no database): folding, escaping, 3.0 / 4.0 round trip, cards
// from phones.
#include "contacts/vcard.h"

#include <QFile>
#include <QStringDecoder>

#include <gtest/gtest.h>

using namespace dd;

namespace {

std::string dump(const ImportPreview &p)
{
    QStringList out;
    for (const ImportProblem &problem : p.allProblems())
        out << problem.message;
    return out.join(u'\n').toStdString();
}

ContactTable sampleTable()
{
    ContactTable table;
    table.unitNames.insert(7, QStringLiteral("信息技术部; 运维组"));
    table.contactNames.insert(2, QStringLiteral("李娜"));
    Contact zhang;
    zhang.id = 1;
    zhang.name = QStringLiteral("欧阳晓明");
    zhang.unitId = 7;
    zhang.position = QStringLiteral("运维经理, 值班负责人");
    zhang.mobile = QStringLiteral("+8613800138000");
    zhang.officePhone = QStringLiteral("+861065550000;ext=12");
    zhang.dutyPhone = QStringLiteral("95598");
    zhang.fax = QStringLiteral("+861065550002");
    zhang.email = QStringLiteral("ouyang@example.com");
    zhang.backupId = 2;
    zhang.lastVerified = QDate(2025, 12, 1);
    zhang.notes = QStringLiteral("负责交易系统与行情系统的夜间值守，遇到故障时先电话后短信，"
                                 "路径 C:\\duty\\；备注很长很长很长很长很长很长很长很长\n第二行");
    Contact smith;
    smith.id = 3;
    smith.name = QStringLiteral("John Smith");
    smith.mobile = QStringLiteral("+8613900139000");
    table.contacts << zhang << smith;
    return table;
}

} // namespace

TEST(VCard, FoldsAt75OctetsWithoutSplittingCharacters)
{
    const QString note = QString(60, QChar(0x4E2D)); // 180 octets of "中"
    const QByteArray line = (QStringLiteral("NOTE:") + note).toUtf8();
    const QByteArray folded = VCard::fold(line);
    const QList<QByteArray> lines = folded.split('\n');
    ASSERT_GT(lines.size(), 2);
    QByteArray unfolded;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray l = lines.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        EXPECT_LE(l.size(), 75) << i;
        if (i > 0) {
            ASSERT_TRUE(l.startsWith(' '));
            l = l.mid(1);
        }
        QStringDecoder strict(QStringDecoder::Utf8);
        (void)strict(l);
        EXPECT_FALSE(strict.hasError()) << "line " << i << " splits a character";
        unfolded += l;
    }
    EXPECT_EQ(unfolded, line);
    EXPECT_EQ(VCard::fold("FN:short"), QByteArray("FN:short"));
}

TEST(VCard, EscapesTextValues)
{
    const QString raw = QStringLiteral("a,b;c\\d\ne");
    EXPECT_EQ(VCard::escape(raw), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    EXPECT_EQ(VCard::unescape(VCard::escape(raw)), raw);
    EXPECT_EQ(VCard::splitName(QStringLiteral("欧阳晓明")),
              (QStringList{QStringLiteral("欧阳"), QStringLiteral("晓明")}));
    EXPECT_EQ(VCard::splitName(QStringLiteral("张伟")),
              (QStringList{QStringLiteral("张"), QStringLiteral("伟")}));
    EXPECT_EQ(VCard::splitName(QStringLiteral("John Smith")),
              (QStringList{QStringLiteral("Smith"), QStringLiteral("John")}));
}

class VCardRoundTrip : public ::testing::TestWithParam<VCardVersion> {};

TEST_P(VCardRoundTrip, EveryFieldComesBack)
{
    const ContactTable table = sampleTable();
    const QByteArray bytes = VCard::write(table, GetParam());
    const QString text = QString::fromUtf8(bytes);
    const bool v4 = GetParam() == VCardVersion::V4;
    EXPECT_TRUE(text.contains(v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0")));
    EXPECT_TRUE(text.contains(QStringLiteral("N:欧阳;晓明;;;\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("ORG:信息技术部\\; 运维组\r\n")));
    EXPECT_TRUE(text.contains(v4 ? QStringLiteral("TEL;VALUE=uri;TYPE=cell:tel:+8613800138000")
                                 : QStringLiteral("TEL;TYPE=cell:+8613800138000")));
    EXPECT_TRUE(text.contains(QStringLiteral("TYPE=work,fax")));
    for (const QByteArray &l : bytes.split('\n'))
        EXPECT_LE(l.size(), 76) << l.constData(); // 75 octets and the CR

    auto parsed = VCard::parse(bytes, QStringLiteral("round.vcf"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_FALSE(parsed->hasErrors()) << dump(*parsed);
    EXPECT_EQ(parsed->warningCount(), 0) << dump(*parsed);
    ASSERT_EQ(parsed->rows.size(), 2);
    const Contact &want = table.contacts.first();
    const ImportRow &got = parsed->rows.first();
    EXPECT_EQ(got.row, 1);
    EXPECT_EQ(got.line, 1);
    EXPECT_EQ(got.contact.name, want.name);
    EXPECT_EQ(got.unitName, QStringLiteral("信息技术部; 运维组"));
    EXPECT_EQ(got.contact.position, want.position);
    EXPECT_EQ(got.contact.mobile, want.mobile);
    EXPECT_EQ(got.contact.officePhone, want.officePhone);
    EXPECT_EQ(got.contact.dutyPhone, want.dutyPhone);
    EXPECT_EQ(got.contact.fax, want.fax);
    EXPECT_EQ(got.contact.email, want.email);
    EXPECT_EQ(got.contact.notes, want.notes);
    EXPECT_EQ(got.contact.lastVerified, want.lastVerified);
    EXPECT_EQ(got.backupName, QStringLiteral("李娜"));
    const ImportRow &smith = parsed->rows.at(1);
    EXPECT_EQ(smith.row, 2);
    EXPECT_EQ(smith.contact.name, QStringLiteral("John Smith"));
    EXPECT_EQ(smith.contact.mobile, QStringLiteral("+8613900139000"));
    EXPECT_FALSE(smith.fields.contains(ContactField::Unit)) << "no ORG: the unit is kept";
}

INSTANTIATE_TEST_SUITE_P(Versions, VCardRoundTrip,
                         ::testing::Values(VCardVersion::V3, VCardVersion::V4));

TEST(VCard, ReadsCardsFromPhones)
{
    QFile f(QStringLiteral(CONTACTS_DATA "/phone_export.vcf"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto p = VCard::parse(f.readAll(), QStringLiteral("phone_export.vcf"));
    ASSERT_TRUE(p.ok()) << p.error().toStdString();
    EXPECT_FALSE(p->hasErrors()) << dump(*p);
    ASSERT_EQ(p->rows.size(), 2);
    const ImportRow &liu = p->rows.at(0); // vCard 2.1, quoted-printable, name from N
    EXPECT_EQ(liu.contact.name, QStringLiteral("刘洋"));
    EXPECT_EQ(liu.contact.mobile, QStringLiteral("+8613700137000"));
    EXPECT_EQ(liu.contact.officePhone, QStringLiteral("+861065550003"));
    EXPECT_EQ(liu.contact.notes, QStringLiteral("第一行\n第二行"));
    const ImportRow &chen = p->rows.at(1); // grouped properties, a TEL without a kind
    EXPECT_EQ(chen.line, 9);
    EXPECT_EQ(chen.contact.name, QStringLiteral("Jing Chen"));
    EXPECT_EQ(chen.contact.mobile, QStringLiteral("+8613500135000"));
    EXPECT_EQ(chen.contact.email, QStringLiteral("chen.jing@example.com"));
    EXPECT_EQ(chen.unitName, QStringLiteral("安全服务公司"));
}

TEST(VCard, ProblemsNameCardLineAndProperty)
{
    const QByteArray bytes = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:张三\r\n"
                             "TEL;VALUE=uri;TYPE=cell:tel:+86-10-6555-0000\r\nEND:VCARD\r\n"
                             "BEGIN:VCARD\r\nVERSION:4.0\r\nTEL;TYPE=cell:13800138000\r\n"
                             "END:VCARD\r\n";
    auto p = VCard::parse(bytes, QStringLiteral("bad.vcf"));
    ASSERT_TRUE(p.ok()) << p.error().toStdString();
    ASSERT_EQ(p->rows.size(), 2);
    ASSERT_TRUE(p->rows.at(0).hasErrors());
    const QString landline = p->rows.at(0).problems.first().message;
    EXPECT_TRUE(landline.startsWith(QStringLiteral("bad.vcf, card 1 (line 1), "
                                                   "TEL;VALUE=uri;TYPE=cell:")))
        << landline.toStdString();
    ASSERT_TRUE(p->rows.at(1).hasErrors());
    EXPECT_TRUE(p->rows.at(1).problems.first().message.contains(QStringLiteral("card 2 (line 6)")))
        << p->rows.at(1).problems.first().message.toStdString();

    EXPECT_FALSE(VCard::parse("BEGIN:VCARD\r\nFN:x\r\n", QStringLiteral("a.vcf")).ok());
    EXPECT_FALSE(VCard::parse("hello\r\n", QStringLiteral("b.vcf")).ok());
    EXPECT_FALSE(VCard::parse(QByteArray(), QStringLiteral("c.vcf")).ok());
}
