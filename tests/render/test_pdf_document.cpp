#include "pdf_document.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dd;

namespace {
int countPdfPages(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QByteArray pdf = f.readAll();
    static const QRegularExpression re(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(re));
}
} // namespace

TEST(PdfDocument, WritesA4PagesForLongChineseText)
{
    QTemporaryDir dir;
    QString html = QStringLiteral("<h1>应急处置联络手册</h1>");
    for (int i = 0; i < 200; ++i)
        html += QStringLiteral("<p>第%1行：信息技术负责人 王强 138 0013 8000</p>").arg(i);
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    auto pages = PdfDocument::writeHtml(
        html, path,
        {QStringLiteral("手册"), QStringLiteral("华景证券"), QStringLiteral("内部"), true});
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    EXPECT_GT(*pages, 2);
    EXPECT_EQ(countPdfPages(path), *pages);
}

TEST(PdfDocument, UnwritablePathIsAnErrorNamingIt)
{
    auto pages = PdfDocument::writeHtml(QStringLiteral("<p>x</p>"),
                                        QStringLiteral("/proc/no/such/dir/x.pdf"), {});
    ASSERT_FALSE(pages.ok());
    EXPECT_TRUE(pages.error().contains(QStringLiteral("x.pdf")));
}
