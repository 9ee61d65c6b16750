// The handbook PDF: sections in order, phones formatted, page count and text layer.
#include "handbook/handbook_pdf.h"
#include "test_handbook_pdf_text.h"
#include "test_handbook_sample.h"

#include <QPdfWriter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dd;
using dd::test::sampleHandbook;

namespace {

qsizetype at(const QString &html, const QString &text)
{
    const qsizetype i = html.indexOf(text);
    EXPECT_GE(i, 0) << "missing: " << text.toStdString();
    return i;
}

} // namespace

TEST(HandbookPdf, HtmlHasEverySectionInOrder)
{
    const QString html = HandbookPdf::html(sampleHandbook());
    // Cover, then the organization (decision body first), succession, units, agreements,
    // notification contacts.
    const qsizetype cover = at(html, QStringLiteral("华景证券股份有限公司"));
    const qsizetype version = at(html, QStringLiteral("3"));
    const qsizetype decision = at(html, orgBodyName(OrgBody::Decision));
    const qsizetype executive = at(html, orgBodyName(OrgBody::Executive));
    const qsizetype chair = at(html, QStringLiteral("赵国栋 (总指挥)"));
    const qsizetype internal =
        at(html, QStringLiteral("<h3 style=\"margin-top: 10px; font-size: 10pt;\">信息技术部"));
    const qsizetype carrier =
        at(html,
           QStringLiteral("<h3 style=\"margin-top: 10px; font-size: 10pt;\">中国电信上海分公司"));
    const qsizetype address = at(html, QStringLiteral("上海市浦东新区世纪大道 211 号"));
    const qsizetype agreement = at(html, QStringLiteral("专线通信保障协议"));
    const qsizetype fax = at(html, QStringLiteral("021 6555 0099"));
    EXPECT_LT(cover, decision);
    EXPECT_LT(version, decision);
    EXPECT_LT(decision, chair);
    EXPECT_LT(chair, executive);
    EXPECT_LT(executive, internal);
    EXPECT_LT(internal, carrier);
    EXPECT_LT(carrier, address);
    EXPECT_LT(address, agreement);
    EXPECT_LT(agreement, fax);
    // Phones are displayed in national format, never as stored.
    EXPECT_TRUE(html.contains(QStringLiteral("138 0013 8000")));
    EXPECT_FALSE(html.contains(QStringLiteral("+8613800138000")));
    EXPECT_TRUE(html.contains(QStringLiteral("2025-07-01")));              // last review
    EXPECT_TRUE(html.contains(QStringLiteral("30 分钟响应，4 小时修复"))); // response time
}

TEST(HandbookPdf, AgreementReviewsAndCommunicationsArePrinted)
{
    Handbook h = sampleHandbook();
    h.agreements[1].reviewPeriodDays = 90; // last review 2025-07-01: due 2025-09-29, overdue
    const QString html = HandbookPdf::html(h);
    // Each agreement's review period and next review date.
    const qsizetype first = at(html, QStringLiteral("专线通信保障协议"));
    const qsizetype firstDue = at(html, QStringLiteral("2026-07-01"));
    EXPECT_TRUE(html.contains(QStringLiteral("every 365 day"))) << "review period";
    EXPECT_TRUE(html.contains(QStringLiteral("<b>2025-09-29 (overdue)</b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("every 90 day")));
    EXPECT_LT(first, firstDue);
    // The record of whom the notification contacts were communicated to, after them.
    const qsizetype fax = at(html, QStringLiteral("021 6555 0099"));
    const qsizetype told = at(html, QStringLiteral("Communicated to"));
    const qsizetype regulator = at(html, QStringLiteral("上海证监局"));
    EXPECT_TRUE(html.contains(QStringLiteral("2025-12-01")));
    EXPECT_TRUE(html.contains(QStringLiteral("联络人变更后报送")));
    EXPECT_TRUE(html.contains(QStringLiteral("2025-06-03")));
    EXPECT_LT(fax, told);
    EXPECT_LT(told, regulator);

    h.communications.clear();
    EXPECT_TRUE(HandbookPdf::html(h).contains(
        QStringLiteral("No communication of the notification contacts")));
}

TEST(HandbookPdf, DataIsEscaped)
{
    Handbook h = sampleHandbook();
    h.contacts[0].name = QStringLiteral("<b>赵</b> & 国栋");
    const QString html = HandbookPdf::html(h);
    EXPECT_FALSE(html.contains(QStringLiteral("<b>赵</b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;赵&lt;/b&gt; &amp; 国栋")));
}

TEST(HandbookPdf, PdfPagesAndTextLayer)
{
    QTemporaryDir dir;
    const Handbook h = sampleHandbook();
    const QString path = dir.filePath(QStringLiteral("handbook.pdf"));
    auto pages = HandbookPdf::write(h, path);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    EXPECT_GE(*pages, 2); // the cover is a page of its own
    const QByteArray pdf = test::readFile(path);
    EXPECT_EQ(test::pdfPageCount(pdf), *pages);
    const QString text = test::pdfText(pdf);
    for (const Contact &c : h.contacts)
        EXPECT_TRUE(text.contains(c.name)) << c.name.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("华景证券股份有限公司")));
    EXPECT_TRUE(text.contains(QStringLiteral("中国电信上海分公司")));
}

// 300 people: 1000 take about 6 s in a Debug build, too slow for every test run.
TEST(HandbookPdf, ThreeHundredContactsAndAnyPagedDevice)
{
    Handbook h = sampleHandbook();
    for (int i = 0; i < 300; ++i) {
        Contact c;
        c.id = 1000 + i;
        c.name = QStringLiteral("联系人%1").arg(i);
        c.unitId = 1 + i % 5;
        c.position = QStringLiteral("工程师");
        c.mobile = QStringLiteral("+86139%1").arg(10000000 + i);
        h.contacts.append(c);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.pdf"));
    auto pages = HandbookPdf::write(h, path);
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    EXPECT_GT(*pages, 5);
    const QString text = test::pdfText(test::readFile(path));
    EXPECT_TRUE(text.contains(QStringLiteral("联系人299")));

    // The same document on another paged device (as the print preview does).
    QPdfWriter writer(dir.filePath(QStringLiteral("device.pdf")));
    writer.setResolution(600);
    auto printed = HandbookPdf::print(h, writer);
    ASSERT_TRUE(printed.ok()) << printed.error().toStdString();
    EXPECT_EQ(*printed, *pages);
}
