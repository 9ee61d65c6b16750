#include "cards/card_people_chooser.h"
#include "cards/cards_page.h"
#include "test_organization_fixture.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>

using namespace dd;
using namespace dd::ui;

TEST(CardsPage, PreviewShowsPagesForTheChosenPeople)
{
    test::OrganizationUi f;
    CardsPage page(f.context);
    page.resize(1200, 800);
    // By default both bodies: six members, one sheet of fronts and one of backs.
    EXPECT_EQ(page.chooser()->mode(), CardPeopleChooser::Mode::ByBody);
    EXPECT_EQ(page.cards().size(), 6);
    EXPECT_EQ(page.previewPageCount(), 2);
    EXPECT_TRUE(test::child<QPushButton>(page, "saveCardsPdf")->isEnabled());
    // One translated summary: the counts in the order the translation gives them.
    const QString summary = test::child<QLabel>(page, "cardSummary")->text();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("6 card"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral(", 2 A4 page"))) << summary.toStdString();

    // Decision body only, fronts only.
    page.chooser()->setBodyChecked(OrgBody::Executive, false);
    page.setOptions(false, true);
    page.refreshPreview();
    ASSERT_EQ(page.cards().size(), 3);
    EXPECT_EQ(page.cards().first().contactId, f.wang);
    EXPECT_EQ(page.previewPageCount(), 1);

    // By position: the technical group.
    page.chooser()->setMode(CardPeopleChooser::Mode::ByPosition);
    EXPECT_TRUE(page.chooser()->setPositionChecked(f.techGroup, true));
    page.refreshPreview();
    EXPECT_EQ(page.chooser()->selectedContactIds(), (QList<qint64>{f.zhang, f.liu, f.zhao}));

    // By hand, with the search and select all / none.
    page.chooser()->setMode(CardPeopleChooser::Mode::ByHand);
    page.chooser()->setSearchText(QStringLiteral("信息技术部"));
    page.chooser()->selectAll();
    page.refreshPreview();
    EXPECT_EQ(page.chooser()->selectedContactIds().size(), 4); // 李明 张伟 刘洋 赵磊
    page.chooser()->selectNone();
    page.chooser()->setSearchText(QString());
    EXPECT_TRUE(page.chooser()->setPersonChecked(f.sun, true));
    page.refreshPreview();
    EXPECT_EQ(page.cards().size(), 1);
    EXPECT_EQ(page.cards().first().name, QStringLiteral("孙丽"));

    // Nobody chosen: no preview, nothing to save.
    page.chooser()->selectNone();
    page.refreshPreview();
    EXPECT_TRUE(page.cards().isEmpty());
    EXPECT_EQ(page.previewPageCount(), 0);
    EXPECT_FALSE(test::child<QPushButton>(page, "saveCardsPdf")->isEnabled());
}

TEST(CardsPage, SavesThePdfAndRemembersTheChoice)
{
    test::OrganizationUi f;
    const QString path = f.backend.dirPath(QStringLiteral("cards.pdf"));
    {
        CardsPage page(f.context);
        page.chooser()->setMode(CardPeopleChooser::Mode::ByHand);
        page.chooser()->setPersonChecked(f.wang, true);
        page.chooser()->setPersonChecked(f.li, true);
        page.setOptions(true, false);
        page.refreshPreview();
        EXPECT_EQ(page.previewPageCount(), 2);
        ASSERT_TRUE(page.savePdf(path));
        QFile pdf(path);
        ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
        EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
        EXPECT_GT(pdf.size(), 1000);
        EXPECT_FALSE(page.savePdf(f.backend.dirPath(QStringLiteral("missing/dir/cards.pdf"))));
    }
    // The next page opens with the same people and options.
    CardsPage again(f.context);
    EXPECT_EQ(again.chooser()->mode(), CardPeopleChooser::Mode::ByHand);
    EXPECT_EQ(again.chooser()->selectedContactIds().size(), 2);
    EXPECT_TRUE(again.options().backs);
    EXPECT_FALSE(again.options().cropMarks);
}
