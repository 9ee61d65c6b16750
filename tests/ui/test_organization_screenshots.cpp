#include "cards/cards_page.h"
#include "organization/agreement_dialog.h"
#include "organization/communication_dialog.h"
#include "organization/contact_chooser.h"
#include "organization/organization_panel.h"
#include "organization/organization_tabs.h"
#include "organization/position_dialog.h"
#include "test_organization_fixture.h"

#include <QTabWidget>

using namespace dd;
using namespace dd::ui;

namespace {

constexpr int MinimumColours = 12;

class OrganizationScreens : public ::testing::TestWithParam<const char *> {};

void settle(QWidget &w)
{
    w.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&w));
    QApplication::processEvents();
}

void shoot(QWidget &w, const QString &name)
{
    settle(w);
    EXPECT_GT(test::distinctColours(test::saveScreenshot(w, name)), MinimumColours)
        << name.toStdString();
}

} // namespace

// Every tab, dialog and the card designer in both languages, for people to look at.
TEST_P(OrganizationScreens, DrawInBothLanguages)
{
    const QString lang = QString::fromLatin1(GetParam());
    test::OrganizationUi f(lang);
    f.agreement(QStringLiteral("通信专线保障协议"), f.telecom, QDate(2025, 3, 1),
                QDate(2027, 2, 28), QDate(2025, 9, 1));
    f.agreement(QStringLiteral("供电保障协议"), f.power, QDate(2023, 1, 1), QDate(),
                QDate(2024, 6, 1));
    f.agreement(QStringLiteral("旧空调维保协议"), f.power, QDate(2024, 1, 1), QDate(2025, 12, 31),
                QDate(2025, 6, 1));
    EXPECT_TRUE(f.backend->contacts().setSuccession(f.admin, {f.wang, f.li, f.zhao}).ok());
    NotificationContact primary;
    primary.contactId = f.li;
    primary.dutyPhone = QStringLiteral("+8675588880000");
    primary.fax = QStringLiteral("+8675588880001");
    EXPECT_TRUE(f.backend->contacts().setNotificationContact(f.admin, primary).ok());
    NotificationCommunication told;
    told.communicated = QDate(2025, 12, 15);
    told.recipient = QStringLiteral("深圳证监局 机构监管处");
    told.method = QStringLiteral("传真");
    EXPECT_TRUE(f.backend->contacts().recordCommunication(f.admin, told).ok());

    QTabWidget tabs;
    addOrganizationTabs(&tabs, f.context);
    tabs.resize(1100, 700);
    static const char *const names[] = {"organization", "succession", "notification", "agreements"};
    for (int i = 0; i < tabs.count(); ++i) {
        tabs.setCurrentIndex(i);
        shoot(tabs, lang + QStringLiteral("-handbook-") + QLatin1String(names[i]));
    }
    auto *organization = qobject_cast<OrganizationPanel *>(tabs.widget(0));
    ASSERT_NE(organization, nullptr);
    {
        OrgPosition position = f.storedPosition(f.techGroup);
        PositionDialog dialog(f.context, position);
        shoot(dialog, lang + QStringLiteral("-dialog-position"));
    }
    {
        auto directory = ContactDirectory::load(f.backend->contacts());
        ASSERT_TRUE(directory.ok());
        ContactChooserDialog chooser(*directory, {f.wang});
        chooser.setMultiSelection(true);
        shoot(chooser, lang + QStringLiteral("-dialog-choose-people"));
        CommunicationDialog communication(directory->units, QDate(2026, 1, 5));
        shoot(communication, lang + QStringLiteral("-dialog-record-communication"));
        auto agreements = f.backend->contacts().agreements();
        ASSERT_TRUE(agreements.ok() && !agreements->isEmpty());
        AgreementDialog agreement(f.context, *directory, agreements->first(), QDate(2026, 1, 5));
        shoot(agreement, lang + QStringLiteral("-dialog-agreement"));
    }
    {
        CardsPage cards(f.context);
        cards.resize(1200, 800);
        cards.refreshPreview();
        shoot(cards, lang + QStringLiteral("-page-cards"));
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, OrganizationScreens, ::testing::Values("zh_CN", "en"));
