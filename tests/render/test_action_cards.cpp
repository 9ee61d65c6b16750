// Action cards: built from the handbook, the QR payload, the sheet PDF (pages, text layer).
#include "handbook/action_cards.h"
#include "handbook/qr_code.h"
#include "test_handbook_pdf_text.h"
#include "test_handbook_sample.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dd;
using dd::test::sampleHandbook;

namespace {

// A handbook with n organization members, person 1 chairing the decision body.
Handbook manyMembers(int n)
{
    Handbook h = sampleHandbook();
    OrgPosition p;
    p.id = 99;
    p.body = OrgBody::Executive;
    p.title = QStringLiteral("现场处置组");
    p.keyTasks = {QStringLiteral("按预案执行现场处置")};
    for (int i = 0; i < n; ++i) {
        Contact c;
        c.id = 100 + i;
        c.name = QStringLiteral("组员%1号").arg(i + 1);
        c.unitId = 2;
        c.mobile = QStringLiteral("+86138%1").arg(10000000 + i);
        h.contacts.append(c);
        p.members.append(c.id);
    }
    h.positions.append(p);
    return h;
}

} // namespace

TEST(ActionCards, MembersComeDecisionBodyFirstEachOnce)
{
    const Handbook h = sampleHandbook();
    EXPECT_EQ(ActionCards::members(h), (QList<qint64>{1, 2, 3, 4, 5}));
    EXPECT_EQ(ActionCards::members(h, OrgBody::Decision), (QList<qint64>{1, 2, 3}));
    EXPECT_EQ(ActionCards::members(h, OrgBody::Executive), (QList<qint64>{3, 4, 5}));
}

TEST(ActionCards, CardCarriesRolesTasksAndMainContacts)
{
    const Handbook h = sampleHandbook();
    const QList<ActionCard> cards = ActionCards::build(h, {3});
    ASSERT_EQ(cards.size(), 1);
    const ActionCard &c = cards.first();
    EXPECT_EQ(c.contactId, 3);
    EXPECT_EQ(c.name, QStringLiteral("王强"));
    EXPECT_EQ(c.unit, QStringLiteral("信息技术部"));
    EXPECT_EQ(c.position, QStringLiteral("信息技术负责人"));
    ASSERT_EQ(c.roles.size(), 2); // decision body technical lead, executive group lead
    EXPECT_TRUE(c.roles.at(0).endsWith(QStringLiteral("技术负责人")));
    EXPECT_TRUE(c.roles.at(1).endsWith(QStringLiteral("技术保障组组长")));
    EXPECT_EQ(c.tasks, (QStringList{QStringLiteral("研判技术故障并提出处置方案"),
                                    QStringLiteral("组织故障排查与系统恢复"),
                                    QStringLiteral("向监管机构报送事件信息")}));
    ASSERT_EQ(c.contacts.size(), 4);
    EXPECT_EQ(c.contacts.at(0).name, QStringLiteral("赵国栋")); // commander = chair
    EXPECT_EQ(c.contacts.at(0).phone, QStringLiteral("139 0000 0001"));
    EXPECT_EQ(c.contacts.at(1).phone, QStringLiteral("021 6555 0000")); // duty line
    EXPECT_EQ(c.contacts.at(2).name, QStringLiteral("李娜"));           // backup
    EXPECT_EQ(c.contacts.at(3).name, QStringLiteral("王强"));           // IT lead
    EXPECT_EQ(c.dutyLine, QStringLiteral("021 6555 0000"));
    EXPECT_EQ(c.institution, QStringLiteral("华景证券股份有限公司"));
    EXPECT_EQ(c.handbookVersion, 3);
}

TEST(ActionCards, EmptySelectionMeansEveryMemberAndUnknownIdsAreSkipped)
{
    const Handbook h = sampleHandbook();
    EXPECT_EQ(ActionCards::build(h, {}).size(), 5);
    const QList<ActionCard> some = ActionCards::build(h, {7, 424242, 1});
    ASSERT_EQ(some.size(), 2);
    EXPECT_EQ(some.at(0).name, QStringLiteral("吴敏"));
    EXPECT_TRUE(some.at(0).roles.isEmpty());
    EXPECT_EQ(some.at(1).name, QStringLiteral("赵国栋"));
}

TEST(QrCode, DutyLineVCardPayload)
{
    const Handbook h = sampleHandbook();
    const ActionCard c = ActionCards::build(h, {1}).first();
    EXPECT_TRUE(c.dutyLineVCard.startsWith(QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\n")));
    EXPECT_TRUE(c.dutyLineVCard.contains(QStringLiteral("FN:华景证券股份有限公司")));
    EXPECT_TRUE(
        c.dutyLineVCard.contains(QStringLiteral("\r\nTEL;TYPE=WORK,VOICE:+862165550000\r\n")));
    EXPECT_TRUE(c.dutyLineVCard.endsWith(QStringLiteral("END:VCARD\r\n")));

    EXPECT_EQ(QrCode::vCard(QStringLiteral("A;B,C"), QStringLiteral("+8613800138000")),
              QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:A\\;B\\,C;;;;\r\nFN:A\\;B\\,C\r\n"
                             "TEL;TYPE=WORK,VOICE:+8613800138000\r\nEND:VCARD\r\n"));
}

TEST(QrCode, MatrixIsAValidSymbolWithFinderPatterns)
{
    const Handbook h = sampleHandbook();
    const ActionCard c = ActionCards::build(h, {1}).first();
    auto m = QrCode::encode(c.dutyLineVCard.toUtf8());
    ASSERT_TRUE(m.ok()) << m.error().toStdString();
    EXPECT_GE(m->size, 21);
    EXPECT_EQ((m->size - 17) % 4, 0);
    EXPECT_EQ(m->modules.size(), qsizetype(m->size) * m->size);
    // The three finder patterns: dark 7×7 frames in three corners.
    for (const auto &[x0, y0] : {std::pair{0, 0}, {m->size - 7, 0}, {0, m->size - 7}}) {
        for (int i = 0; i < 7; ++i) {
            EXPECT_TRUE(m->dark(x0 + i, y0));
            EXPECT_TRUE(m->dark(x0 + i, y0 + 6));
            EXPECT_TRUE(m->dark(x0, y0 + i));
            EXPECT_TRUE(m->dark(x0 + 6, y0 + i));
        }
        EXPECT_FALSE(m->dark(x0 + 1, y0 + 1));
        EXPECT_TRUE(m->dark(x0 + 3, y0 + 3));
    }
    EXPECT_FALSE(QrCode::encode({}).ok());
}

TEST(ActionCards, BacksAreMirroredForDuplexPrinting)
{
    for (int slot = 0; slot < ActionCards::CardsPerSheet; ++slot) {
        const QRectF front = ActionCards::cardRect(slot, false);
        const QRectF back = ActionCards::cardRect(slot, true);
        EXPECT_NEAR(front.left() + back.right(), 210.0, 1e-9) << slot;
        EXPECT_DOUBLE_EQ(front.top(), back.top());
        EXPECT_DOUBLE_EQ(front.width(), 85.6);
        EXPECT_DOUBLE_EQ(front.height(), 54.0);
        EXPECT_GE(front.left(), 0);
        EXPECT_LE(front.bottom(), 297.0);
    }
    // Ten cards, two columns, five rows, without overlaps.
    EXPECT_DOUBLE_EQ(ActionCards::cardRect(1, false).left(),
                     ActionCards::cardRect(0, false).right());
    EXPECT_DOUBLE_EQ(ActionCards::cardRect(9, false).top(),
                     ActionCards::cardRect(0, false).top() + 4 * 54.0);
}

TEST(ActionCards, PageCount)
{
    EXPECT_EQ(ActionCards::pageCount(1, {}), 2);
    EXPECT_EQ(ActionCards::pageCount(10, {}), 2);
    EXPECT_EQ(ActionCards::pageCount(11, {}), 4);
    CardOptions fronts;
    fronts.backs = false;
    EXPECT_EQ(ActionCards::pageCount(21, fronts), 3);
}

TEST(ActionCards, SheetPdfHasFrontAndBackPagesAndTheNamesInItsText)
{
    QTemporaryDir dir;
    const Handbook h = manyMembers(18); // 5 + 18 = 23 members: 3 sheets
    const QList<ActionCard> cards = ActionCards::build(h, {});
    ASSERT_EQ(cards.size(), 23);
    const QString path = dir.filePath(QStringLiteral("cards.pdf"));
    auto result = ActionCards::write(cards, path, {});
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result->pages, 6);
    EXPECT_TRUE(result->warnings.isEmpty())
        << result->warnings.join(QLatin1Char('\n')).toStdString();
    const QByteArray pdf = test::readFile(path);
    EXPECT_EQ(test::pdfPageCount(pdf), 6);
    const QString text = test::pdfText(pdf);
    for (const ActionCard &c : cards)
        EXPECT_TRUE(text.contains(c.name)) << c.name.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("研判技术故障并提出处置方案")));
    EXPECT_TRUE(text.contains(QStringLiteral("021 6555 0000")));

    // Cross-check with poppler's pdftotext where it is installed (poppler-utils).
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {path, QStringLiteral("-")});
        ASSERT_TRUE(p.waitForFinished(30000));
        const QString poppler = QString::fromUtf8(p.readAllStandardOutput());
        EXPECT_TRUE(poppler.contains(QStringLiteral("王强")));
    }
}

TEST(ActionCards, OverflowingCardIsReportedAsAWarning)
{
    Handbook h = sampleHandbook();
    h.contacts[0].name =
        QStringLiteral("欧阳长孙司马上官诸葛欧阳长孙司马上官诸葛欧阳长孙司马上官诸葛欧阳长孙");
    QStringList tasks;
    for (int i = 0; i < 12; ++i)
        tasks.append(QStringLiteral(
                         "组织核心交易系统故障排查切换备份中心并向监管机构报告处置进展情况和结果%1")
                         .arg(i));
    h.positions[0].keyTasks = tasks;
    QTemporaryDir dir;
    auto result = ActionCards::write(ActionCards::build(h, {1, 3}),
                                     dir.filePath(QStringLiteral("c.pdf")), {});
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result->pages, 2);
    // Card 1: the name shrinks, the twelve tasks do not fit. Both cards name the commander
    // (person 1), whose name does not fit on the back even at the minimum size.
    ASSERT_EQ(result->warnings.size(), 2);
    EXPECT_TRUE(result->warnings.at(0).startsWith(QStringLiteral("Card 1 (欧阳")))
        << result->warnings.at(0).toStdString();
    EXPECT_TRUE(result->warnings.at(0).contains(QStringLiteral("key tasks")));
    EXPECT_TRUE(result->warnings.at(1).startsWith(QStringLiteral("Card 2 (王强)")))
        << result->warnings.at(1).toStdString();
}

TEST(ActionCards, NothingToPrintOrUnwritablePathIsAnError)
{
    QTemporaryDir dir;
    EXPECT_FALSE(ActionCards::write({}, dir.filePath(QStringLiteral("x.pdf")), {}).ok());
    auto r = ActionCards::write(ActionCards::build(sampleHandbook(), {}),
                                QStringLiteral("/proc/no/such/dir/cards.pdf"), {});
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("cards.pdf")));
}

TEST(ActionCards, DrillSheetsCarryTheTranslatedDrillNote)
{
    QTemporaryDir dir;
    const QList<ActionCard> cards = ActionCards::build(manyMembers(0), {});
    ASSERT_FALSE(cards.isEmpty());
    const QString path = dir.filePath(QStringLiteral("drill.pdf"));
    CardOptions options;
    options.drillBanner = true;
    auto result = ActionCards::write(cards, path, options);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const QString text = test::pdfText(test::readFile(path));
    // One translatable string "演练 DRILL — %1" around the page note (the text layer has the
    // CJK and the Latin run apart).
    EXPECT_TRUE(text.contains(QStringLiteral("演练"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("DRILL — Fronts, sheet 1 of 1")));
    EXPECT_TRUE(text.contains(QStringLiteral("DRILL — Backs, sheet 1 of 1")));
}
