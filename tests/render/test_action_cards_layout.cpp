// Text fitting on the action cards: the longest names and task lists shrink, then are cut with
// a warning, and nothing is ever placed outside its box or the card.
#include "handbook/card_layout.h"
#include "handbook/text_fit.h"

#include <gtest/gtest.h>

using namespace dd;

namespace {

constexpr qreal Tolerance = 0.5; // layout units (1/1200 inch)

bool inside(const QRectF &inner, const QRectF &outer)
{
    return inner.left() >= outer.left() - Tolerance && inner.top() >= outer.top() - Tolerance
           && inner.right() <= outer.right() + Tolerance
           && inner.bottom() <= outer.bottom() + Tolerance;
}

QString repeat(const QString &piece, int characters)
{
    QString s;
    while (s.size() < characters)
        s += piece;
    return s.left(characters);
}

ActionCard longestCard()
{
    ActionCard card;
    card.name = repeat(QStringLiteral("欧阳长孙司马上官诸葛"), 20);
    card.unit = repeat(QStringLiteral("信息技术部系统运维中心"), 30);
    card.position = repeat(QStringLiteral("高级工程师"), 20);
    for (int i = 0; i < 3; ++i)
        card.roles.append(QStringLiteral("执行机构 · ")
                          + repeat(QStringLiteral("技术保障组副组长"), 16));
    for (int i = 0; i < 12; ++i)
        card.tasks.append(
            repeat(QStringLiteral("组织核心交易系统故障排查、切换备份中心并向监管报告"), 40));
    card.contacts = {{QStringLiteral("总指挥"), repeat(QStringLiteral("欧阳"), 40),
                      QStringLiteral("139 0000 0001")},
                     {QStringLiteral("值班电话"), QString(), QStringLiteral("021 6555 0000")},
                     {QStringLiteral("备岗"), repeat(QStringLiteral("上官"), 20),
                      QStringLiteral("138 0013 8001")},
                     {QStringLiteral("信息技术负责人"), QStringLiteral("王强"),
                      QStringLiteral("138 0013 8000")}};
    card.dutyLine = QStringLiteral("021 6555 0000");
    card.dutyLineVCard =
        QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nTEL:+862165550000\r\nEND:VCARD\r\n");
    card.institution = repeat(QStringLiteral("华景证券股份有限公司"), 40);
    card.handbookVersion = 12;
    card.date = QDate(2026, 1, 5);
    return card;
}

void expectEverythingInside(const CardFace &face)
{
    for (const CardFace::Text &t : face.texts) {
        EXPECT_GE(t.fitted.pointSize, CardLayout::MinPointSize - 1e-9);
        for (const QRectF &line : t.fitted.lineRects) {
            EXPECT_TRUE(inside(line, t.fitted.box)) << "line outside its box";
            EXPECT_TRUE(inside(line, face.rect)) << "line outside the card";
        }
        if (!t.fitted.runs.isEmpty()) {
            EXPECT_TRUE(inside(t.fitted.inkBounds(), face.rect)) << "ink outside the card";
        }
    }
    for (const CardFace::Fill &f : face.fills)
        EXPECT_TRUE(inside(f.rect, face.rect));
    if (!face.qrRect.isEmpty()) {
        EXPECT_TRUE(inside(face.qrRect, face.rect));
    }
}

} // namespace

TEST(TextFit, ShortTextKeepsItsPreferredSize)
{
    FitSpec spec;
    spec.font = CardLayout::font(10);
    spec.maxLines = 1;
    const QRectF box(0, 0, TextFit::mm(60), TextFit::mm(6));
    const FittedText t = TextFit::fit({QStringLiteral("王强")}, box, spec);
    EXPECT_DOUBLE_EQ(t.pointSize, 10);
    EXPECT_FALSE(t.shrunk);
    EXPECT_FALSE(t.elided);
    ASSERT_EQ(t.lineRects.size(), 1);
    EXPECT_TRUE(inside(t.lineRects.first(), box));
    EXPECT_FALSE(t.runs.isEmpty());
    EXPECT_TRUE(inside(t.inkBounds(), box));
}

TEST(TextFit, LongNameShrinksBeforeItIsCut)
{
    FitSpec spec;
    spec.font = CardLayout::font(13, true);
    spec.maxLines = 1;
    const QRectF box(0, 0, TextFit::mm(79.6), TextFit::mm(6.5));
    // Ten characters do not fit at 13 pt in 80 mm? They do; twenty need shrinking.
    const FittedText t =
        TextFit::fit({QStringLiteral("欧阳长孙司马上官诸葛欧阳长孙司马上官诸葛")}, box, spec);
    EXPECT_TRUE(t.shrunk);
    EXPECT_GE(t.pointSize, 5.5);
    EXPECT_LT(t.pointSize, 13);
    EXPECT_FALSE(t.elided);
    ASSERT_EQ(t.lineRects.size(), 1);
    EXPECT_TRUE(inside(t.lineRects.first(), box));
    EXPECT_TRUE(inside(t.inkBounds(), box));
}

TEST(TextFit, TooLongForOneLineAtTheMinimumIsElided)
{
    FitSpec spec;
    spec.font = CardLayout::font(13, true);
    spec.maxLines = 1;
    const QRectF box(TextFit::mm(3), TextFit::mm(8), TextFit::mm(30), TextFit::mm(6.5));
    const FittedText t =
        TextFit::fit({repeat(QStringLiteral("欧阳长孙司马上官诸葛"), 60)}, box, spec);
    EXPECT_TRUE(t.elided);
    EXPECT_DOUBLE_EQ(t.pointSize, 5.5);
    ASSERT_EQ(t.lineRects.size(), 1);
    EXPECT_TRUE(inside(t.lineRects.first(), box));
    EXPECT_TRUE(inside(t.inkBounds(), box));
}

TEST(TextFit, TaskListWrapsShrinksAndCutsInsideItsBox)
{
    FitSpec spec;
    spec.font = CardLayout::font(7.5);
    spec.numbered = true;
    const QRectF box(TextFit::mm(3), TextFit::mm(20), TextFit::mm(79.6), TextFit::mm(28));
    QStringList tasks;
    for (int i = 0; i < 12; ++i)
        tasks.append(repeat(QStringLiteral("组织故障排查与系统恢复并向监管机构报送事件信息"), 40));
    const FittedText t = TextFit::fit(tasks, box, spec);
    EXPECT_TRUE(t.elided);
    EXPECT_DOUBLE_EQ(t.pointSize, 5.5);
    EXPECT_GT(t.paragraphsShown, 0);
    EXPECT_LT(t.paragraphsShown, 12);
    EXPECT_LE(t.usedHeight, box.height() + Tolerance);
    for (const QRectF &line : t.lineRects)
        EXPECT_TRUE(inside(line, box));
    EXPECT_TRUE(inside(t.inkBounds(), box));

    // Three short tasks fit at the preferred size, on more than one line each where needed.
    const FittedText few = TextFit::fit(tasks.mid(0, 3), box, spec);
    EXPECT_FALSE(few.elided);
    EXPECT_EQ(few.paragraphsShown, 3);
    EXPECT_GT(few.lineRects.size(), 6); // 3 numbers + at least 2 lines per task
}

TEST(TextFit, UnbreakableLatinTextWrapsAnywhere)
{
    FitSpec spec;
    spec.font = CardLayout::font(7);
    const QRectF box(0, 0, TextFit::mm(20), TextFit::mm(30));
    const FittedText t = TextFit::fit({QString(120, QLatin1Char('W'))}, box, spec);
    EXPECT_GT(t.lineRects.size(), 1);
    for (const QRectF &line : t.lineRects)
        EXPECT_TRUE(inside(line, box));
}

TEST(CardLayout, TypicalCardFitsWithoutProblems)
{
    ActionCard card;
    card.name = QStringLiteral("王强");
    card.unit = QStringLiteral("信息技术部");
    card.position = QStringLiteral("信息技术负责人");
    card.roles = {QStringLiteral("指挥决策机构 · 技术负责人")};
    card.tasks = {QStringLiteral("研判技术故障并提出处置方案"),
                  QStringLiteral("组织故障排查与系统恢复"),
                  QStringLiteral("向监管机构报送事件信息")};
    card.contacts = {
        {QStringLiteral("总指挥"), QStringLiteral("赵国栋"), QStringLiteral("139 0000 0001")},
        {QStringLiteral("值班电话"), QString(), QStringLiteral("021 6555 0000")}};
    card.dutyLine = QStringLiteral("021 6555 0000");
    card.dutyLineVCard =
        QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nTEL:+862165550000\r\nEND:VCARD\r\n");
    card.institution = QStringLiteral("华景证券股份有限公司");
    const CardFace front = CardLayout::front(card);
    const CardFace back = CardLayout::back(card);
    EXPECT_TRUE(front.problems.isEmpty()) << front.problems.join(QLatin1Char(';')).toStdString();
    EXPECT_TRUE(back.problems.isEmpty()) << back.problems.join(QLatin1Char(';')).toStdString();
    expectEverythingInside(front);
    expectEverythingInside(back);
    EXPECT_FALSE(back.qr.isNull());
    EXPECT_FALSE(back.qrRect.isEmpty());
}

TEST(CardLayout, LongestNamesAndTaskListsWarnAndStayOnTheCard)
{
    const ActionCard card = longestCard();
    const CardFace front = CardLayout::front(card);
    const CardFace back = CardLayout::back(card);
    EXPECT_FALSE(front.problems.isEmpty());
    EXPECT_FALSE(back.problems.isEmpty());
    expectEverythingInside(front);
    expectEverythingInside(back);
    EXPECT_DOUBLE_EQ(front.rect.width(), TextFit::mm(85.6));
    EXPECT_DOUBLE_EQ(front.rect.height(), TextFit::mm(54));
}

TEST(CardLayout, TwentyCharacterNameShrinksButIsShownWhole)
{
    ActionCard card = longestCard();
    card.name = repeat(QStringLiteral("欧阳长孙司马上官诸葛"), 20);
    card.tasks = card.tasks.mid(0, 2);
    card.roles = card.roles.mid(0, 1);
    const CardFace front = CardLayout::front(card);
    // The name is the first text after the two header texts.
    ASSERT_GE(front.texts.size(), 3);
    const FittedText &name = front.texts.at(2).fitted;
    EXPECT_TRUE(name.shrunk);
    EXPECT_FALSE(name.elided);
    expectEverythingInside(front);
}
