// CSV import parsing (no database): encodings, RFC 4180 quoting, Excel row numbers, row
// problems naming file, row and column; CSV writing.
#include "contacts/contact_csv.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace dd;

namespace {

QByteArray dataFile(const char *name)
{
    QFile f(QStringLiteral(CONTACTS_DATA "/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

ImportPreview parsed(const QByteArray &bytes, const QString &name = QStringLiteral("c.csv"))
{
    auto p = ContactCsv::parse(bytes, name);
    EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error().toStdString());
    return p.ok() ? *p : ImportPreview();
}

QStringList messages(const ImportPreview &p)
{
    QStringList out;
    for (const ImportProblem &problem : p.allProblems())
        out << problem.message;
    return out;
}

std::string dump(const ImportPreview &p)
{
    return messages(p).join(u'\n').toStdString();
}

const QString Sample = QStringLiteral("姓名,单位,职务,手机,备注\r\n"
                                      "张伟,信息技术部,运维经理,13800138000,\"夜间, 值守\"\r\n"
                                      "欧阳晓明,运营部,主管,13900139000,\r\n");

} // namespace

TEST(ContactCsv, ReadsUtf8WithTitleRowQuotedFieldsAndExcelRowNumbers)
{
    const ImportPreview p = parsed(dataFile("handbook.csv"), QStringLiteral("handbook.csv"));
    EXPECT_EQ(p.encoding, QStringLiteral("UTF-8"));
    EXPECT_FALSE(p.hasErrors()) << dump(p);
    ASSERT_EQ(p.rows.size(), 3);
    const ImportRow &zhang = p.rows.at(0);
    EXPECT_EQ(zhang.row, 3); // title row 1, header row 2
    EXPECT_EQ(zhang.contact.name, QStringLiteral("张伟"));
    EXPECT_EQ(zhang.unitName, QStringLiteral("信息技术部"));
    EXPECT_EQ(zhang.contact.position, QStringLiteral("运维经理"));
    EXPECT_EQ(zhang.contact.mobile, QStringLiteral("+8613800138000"));
    EXPECT_EQ(zhang.contact.officePhone, QStringLiteral("+861065550000;ext=12"));
    EXPECT_EQ(zhang.contact.dutyPhone, QStringLiteral("+861065550001"));
    EXPECT_EQ(zhang.contact.fax, QStringLiteral("+861065550002"));
    EXPECT_EQ(zhang.contact.email, QStringLiteral("zhang.wei@example.com"));
    EXPECT_EQ(zhang.backupName, QStringLiteral("李娜"));
    EXPECT_EQ(zhang.contact.lastVerified, QDate(2025, 12, 1));
    EXPECT_EQ(zhang.contact.notes, QStringLiteral("负责交易系统, 夜间值守"));
    EXPECT_EQ(zhang.fields.size(), 11);

    const ImportRow &li = p.rows.at(1);
    EXPECT_EQ(li.row, 4);
    EXPECT_EQ(li.contact.notes, QStringLiteral("多行\n备注"));
    EXPECT_EQ(li.contact.lastVerified, QDate(2025, 11, 20));

    const ImportRow &wang = p.rows.at(2);
    EXPECT_EQ(wang.row, 5) << "a record spanning two lines is one Excel row";
    EXPECT_EQ(wang.line, 6);
    EXPECT_EQ(wang.unitName, QStringLiteral("中国电信, 北京分公司"));
    EXPECT_EQ(wang.contact.mobile, QStringLiteral("+8618600000000"));
    EXPECT_EQ(wang.contact.dutyPhone, QStringLiteral("10000"));
    EXPECT_EQ(p.columns.value(ContactField::Mobile), QStringLiteral("手机 (D)"));
}

TEST(ContactCsv, Utf8BomAndGbkReadTheSame)
{
    const QByteArray utf8 = Sample.toUtf8();
    QStringEncoder gbEncoder("GB18030");
    ASSERT_TRUE(gbEncoder.isValid());
    const QByteArray gbk = gbEncoder(Sample);
    ASSERT_FALSE(gbEncoder.hasError());
    ASSERT_NE(gbk, utf8);

    const ImportPreview plain = parsed(utf8);
    const ImportPreview bom = parsed(QByteArray("\xEF\xBB\xBF") + utf8);
    const ImportPreview gb = parsed(gbk);
    EXPECT_EQ(plain.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(bom.encoding, QStringLiteral("UTF-8 (BOM)"));
    EXPECT_EQ(gb.encoding, QStringLiteral("GB18030"));
    for (const ImportPreview *p : {&plain, &bom, &gb}) {
        EXPECT_FALSE(p->hasErrors()) << dump(*p);
        ASSERT_EQ(p->rows.size(), 2);
        EXPECT_EQ(p->rows.at(0).contact.name, QStringLiteral("张伟")) << p->encoding.toStdString();
        EXPECT_EQ(p->rows.at(0).unitName, QStringLiteral("信息技术部"));
        EXPECT_EQ(p->rows.at(0).contact.notes, QStringLiteral("夜间, 值守"));
        EXPECT_EQ(p->rows.at(1).contact.name, QStringLiteral("欧阳晓明"));
        EXPECT_EQ(p->rows.at(1).row, 3);
    }
    // A UTF-8 BOM in front of bytes that are not UTF-8 is refused, not guessed.
    EXPECT_FALSE(ContactCsv::parse(QByteArray("\xEF\xBB\xBF") + gbk, QStringLiteral("x.csv")).ok());
}

TEST(ContactCsv, EnglishHeadersInAnyOrderOtherDelimitersAndLfLineEnds)
{
    const ImportPreview p = parsed(QByteArray("Mobile phone;E-mail;Name;Last verified\n"
                                              "139 0013 9000;li.na@example.com;Li Na;20251120\n"));
    EXPECT_FALSE(p.hasErrors()) << dump(p);
    ASSERT_EQ(p.rows.size(), 1);
    EXPECT_EQ(p.rows.at(0).contact.name, QStringLiteral("Li Na"));
    EXPECT_EQ(p.rows.at(0).contact.mobile, QStringLiteral("+8613900139000"));
    EXPECT_EQ(p.rows.at(0).contact.email, QStringLiteral("li.na@example.com"));
    EXPECT_EQ(p.rows.at(0).contact.lastVerified, QDate(2025, 11, 20));
    EXPECT_FALSE(p.rows.at(0).fields.contains(ContactField::Unit));

    const ImportPreview tabs = parsed(QByteArray("name\tmobile\nZhao Lei\t13700137000\n"));
    ASSERT_EQ(tabs.rows.size(), 1);
    EXPECT_EQ(tabs.rows.at(0).contact.mobile, QStringLiteral("+8613700137000"));
}

TEST(ContactCsv, BadValuesAreErrorsNamingFileRowAndColumn)
{
    const QString text =
        QStringLiteral("姓名,手机,办公电话,邮箱,最后核实\n"
                       ",13800138000,,,\n"          // row 2: no name
                       "张三,1380013,,,\n"          // row 3: too short
                       "李四,010-65550000,,,\n"     // row 4: landline as mobile
                       "王五,,,not-an-address,\n"   // row 5: e-mail
                       "赵六,,010-65550000,,昨天\n" // row 6: date
                       "钱七,1.38001E+10,,,\n"      // row 7: Excel's scientific notation
                       "孙八,13900139000,,,\n");    // row 8: fine
    const ImportPreview p = parsed(text.toUtf8(), QStringLiteral("bad.csv"));
    ASSERT_EQ(p.rows.size(), 7);
    auto firstError = [&](int index) {
        for (const ImportProblem &pr : p.rows.at(index).problems)
            if (pr.isError())
                return pr.message;
        return QString();
    };
    EXPECT_TRUE(firstError(0).startsWith(QStringLiteral("bad.csv, row 2, column 姓名 (A):")))
        << firstError(0).toStdString();
    EXPECT_TRUE(firstError(1).startsWith(QStringLiteral("bad.csv, row 3, column 手机 (B):")))
        << firstError(1).toStdString();
    EXPECT_TRUE(firstError(1).contains(QStringLiteral("11 digits"))) << firstError(1).toStdString();
    EXPECT_TRUE(firstError(2).contains(QStringLiteral("landline"))) << firstError(2).toStdString();
    EXPECT_TRUE(firstError(3).startsWith(QStringLiteral("bad.csv, row 5, column 邮箱 (D):")))
        << firstError(3).toStdString();
    EXPECT_TRUE(firstError(4).startsWith(QStringLiteral("bad.csv, row 6, column 最后核实 (E):")))
        << firstError(4).toStdString();
    EXPECT_TRUE(firstError(5).contains(QStringLiteral("Excel"))) << firstError(5).toStdString();
    EXPECT_FALSE(p.rows.at(6).hasErrors()) << dump(p);
    EXPECT_EQ(p.errorCount(), 6);
    EXPECT_TRUE(p.rows.at(1).contact.mobile.isEmpty()) << "a bad number is never kept";
}

TEST(ContactCsv, DuplicatesInsideTheFileAreErrorsNamingTheFirstRow)
{
    const ImportPreview p = parsed(QStringLiteral("姓名,手机\n"
                                                  "张伟,13800138000\n"
                                                  "张  伟,138-0013-8000\n"
                                                  "张伟,13900139000\n")
                                       .toUtf8(),
                                   QStringLiteral("dup.csv"));
    ASSERT_EQ(p.rows.size(), 3);
    EXPECT_FALSE(p.rows.at(0).hasErrors());
    ASSERT_TRUE(p.rows.at(1).hasErrors()) << "same person written differently";
    EXPECT_TRUE(p.rows.at(1).problems.first().message.contains(QStringLiteral("row 2")))
        << p.rows.at(1).problems.first().message.toStdString();
    EXPECT_FALSE(p.rows.at(2).hasErrors()) << "a namesake with another mobile is someone else";
}

TEST(ContactCsv, HeaderProblems)
{
    const ImportPreview p = parsed(QByteArray("name,Shoe size,mobile,手机\nA,42,13800138000,\n"));
    ASSERT_EQ(p.problems.size(), 2);
    EXPECT_FALSE(p.problems.at(0).isError());
    EXPECT_TRUE(p.problems.at(0).message.contains(QStringLiteral("Shoe size (B)")));
    EXPECT_TRUE(p.problems.at(1).isError()) << "two mobile columns";
    EXPECT_TRUE(p.hasErrors());

    auto noHeader = ContactCsv::parse(QByteArray("a,b\n1,2\n"), QStringLiteral("x.csv"));
    ASSERT_FALSE(noHeader.ok());
    EXPECT_TRUE(noHeader.error().contains(QStringLiteral("x.csv")));
    auto unclosed =
        ContactCsv::parse(QByteArray("name,notes\nA,\"open\nB,x\n"), QStringLiteral("y.csv"));
    ASSERT_FALSE(unclosed.ok());
    EXPECT_TRUE(unclosed.error().contains(QStringLiteral("row 2")))
        << unclosed.error().toStdString();
    EXPECT_FALSE(ContactCsv::parse(QByteArray(), QStringLiteral("empty.csv")).ok());
}

TEST(ContactCsv, RecordsFollowRfc4180)
{
    auto r = ContactCsv::records(
        QStringLiteral("a,\"b \"\"q\"\", c\",d\r\n\r\n\"x\r\ny\",,\r\nlast"), QStringLiteral("f"));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 4);
    EXPECT_EQ(r->at(0).fields, (QStringList{QStringLiteral("a"), QStringLiteral("b \"q\", c"),
                                            QStringLiteral("d")}));
    EXPECT_EQ(r->at(1).fields, QStringList{QString()}) << "an empty line is an (empty) row";
    EXPECT_EQ(r->at(2).fields, (QStringList{QStringLiteral("x\ny"), QString(), QString()}));
    EXPECT_EQ(r->at(2).row, 3);
    EXPECT_EQ(r->at(3).line, 5);
    EXPECT_EQ(ContactCsv::columnLetter(0), QStringLiteral("A"));
    EXPECT_EQ(ContactCsv::columnLetter(25), QStringLiteral("Z"));
    EXPECT_EQ(ContactCsv::columnLetter(26), QStringLiteral("AA"));
}

TEST(ContactCsv, WritesExcelFriendlyCsvThatReadsBack)
{
    ContactTable table;
    table.unitNames.insert(1, QStringLiteral("信息技术部"));
    table.contactNames.insert(2, QStringLiteral("李娜"));
    Contact c;
    c.id = 1;
    c.name = QStringLiteral("张伟");
    c.unitId = 1;
    c.position = QStringLiteral("=经理");
    c.mobile = QStringLiteral("+8613800138000");
    c.officePhone = QStringLiteral("+861065550000;ext=12");
    c.dutyPhone = QStringLiteral("+16502530000");
    c.email = QStringLiteral("zhang.wei@example.com");
    c.backupId = 2;
    c.lastVerified = QDate(2025, 12, 1);
    c.notes = QStringLiteral("第一行, \"引号\"\n第二行");
    table.contacts << c;

    const QByteArray chinese = ContactCsv::write(table);
    EXPECT_TRUE(chinese.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(chinese.contains("\r\n"));
    const QString text = QString::fromUtf8(chinese);
    EXPECT_TRUE(text.contains(QStringLiteral("姓名,单位,职务,手机,办公电话,值班电话,传真,邮箱,备岗,"
                                             "最后核实,备注\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("'=经理"))) << "no formula for Excel";
    EXPECT_TRUE(text.contains(QStringLiteral("138 0013 8000")));
    EXPECT_TRUE(text.contains(QStringLiteral("'+1 650-253-0000")));

    const QByteArray english = ContactCsv::write(table, CsvHeaders::English);
    EXPECT_TRUE(english.contains("Name,Unit,Position,Mobile,Office phone,Duty phone"));

    for (const QByteArray &bytes : {chinese, english}) {
        const ImportPreview p = parsed(bytes);
        EXPECT_FALSE(p.hasErrors()) << dump(p);
        ASSERT_EQ(p.rows.size(), 1);
        const ImportRow &r = p.rows.first();
        EXPECT_EQ(r.contact.name, c.name);
        EXPECT_EQ(r.unitName, QStringLiteral("信息技术部"));
        EXPECT_EQ(r.contact.position, c.position);
        EXPECT_EQ(r.contact.mobile, c.mobile);
        EXPECT_EQ(r.contact.officePhone, c.officePhone);
        EXPECT_EQ(r.contact.dutyPhone, c.dutyPhone);
        EXPECT_EQ(r.contact.email, c.email);
        EXPECT_EQ(r.backupName, QStringLiteral("李娜"));
        EXPECT_EQ(r.contact.lastVerified, c.lastVerified);
        EXPECT_EQ(r.contact.notes, c.notes);
    }
}
