#include "common/inline_message.h"
#include "handbook/contact_dialog.h"
#include "handbook/contacts_panel.h"
#include "handbook/distribution_dialog.h"
#include "handbook/handbook_page.h"
#include "handbook/import_dialog.h"
#include "handbook/notices_dialog.h"
#include "handbook/phone_field.h"
#include "handbook/unit_dialog.h"
#include "test_handbook_fixture.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

constexpr int MinimumColours = 12;

class HandbookScreens : public ::testing::TestWithParam<const char *> {};

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

// The page and each of its dialogs in both languages, for people to look at.
TEST_P(HandbookScreens, DrawInBothLanguages)
{
    const QString lang = QString::fromLatin1(GetParam());
    test::HandbookUi f(lang);
    {
        HandbookPage page(f.context);
        page.resize(1400, 900);
        settle(page);
        page.contacts()->selectContacts({f.wang});
        shoot(page, lang + QStringLiteral("-handbook-page"));
        page.contacts()->staleOnlyBox()->setChecked(true);
        shoot(page, lang + QStringLiteral("-handbook-page-stale-only"));
    }
    {
        ContactDialog dialog(f.context, *f.backend->contacts().contact(f.li));
        settle(dialog);
        auto *mobile = dialog.findChild<PhoneField *>(QStringLiteral("mobile"));
        mobile->edit()->setText(QStringLiteral("021-6555 0000"));
        emit mobile->edit()->editingFinished();
        QApplication::processEvents();
        shoot(dialog, lang + QStringLiteral("-dialog-handbook-contact"));
    }
    {
        Unit unit = *f.backend->contacts().unit(f.telecom);
        UnitDialog dialog(f.context, unit);
        shoot(dialog, lang + QStringLiteral("-dialog-handbook-unit"));
    }
    {
        const QString path = f.backend.dirPath(QStringLiteral("通讯录.csv"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("姓名,单位,职务,手机,办公电话\n"
                                  "周杰,信息技术部,工程师,13600001111,021-65551234\n"
                                  "吴刚,信息技术部,工程师,12345,\n"
                                  "郑洁,新成立的部门,主管,13500002222,\n"
                                  ",运营管理部,专员,13500003333,\n")
                       .toUtf8());
        file.close();
        ImportDialog dialog(f.context, path);
        ASSERT_TRUE(dialog.isLoaded()) << dialog.loadError().toStdString();
        shoot(dialog, lang + QStringLiteral("-dialog-handbook-import"));
    }
    {
        DistributionDialog dialog(f.context);
        shoot(dialog, lang + QStringLiteral("-dialog-handbook-distribution"));
    }
    {
        auto notices = ChangeNotices::build(f.backend->contacts(), lang);
        ASSERT_TRUE(notices.ok()) << notices.error().toStdString();
        NoticesDialog dialog(*notices);
        shoot(dialog, lang + QStringLiteral("-dialog-handbook-notices"));
    }
    {
        // The print preview, from the page's action.
        ContactsPanel panel(f.context);
        test::whenModal(&panel, [&lang](QDialog *dialog) {
            dialog->resize(900, 760);
            QApplication::processEvents();
            EXPECT_GT(test::distinctColours(test::saveScreenshot(
                          *dialog, lang + QStringLiteral("-dialog-handbook-print-preview"))),
                      MinimumColours);
            dialog->reject();
        });
        panel.printPreview();
        EXPECT_FALSE(panel.message()->isError()) << panel.message()->text().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, HandbookScreens, ::testing::Values("zh_CN", "en"));
