#include "organization/contact_chooser.h"
#include "organization/organization_panel.h"
#include "organization/organization_tabs.h"
#include "organization/position_dialog.h"
#include "organization/succession_panel.h"
#include "test_organization_fixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

using namespace dd;
using namespace dd::ui;

namespace {

int treeMemberCount(QTreeWidget *tree)
{
    int members = 0;
    for (int b = 0; b < tree->topLevelItemCount(); ++b)
        for (int p = 0; p < tree->topLevelItem(b)->childCount(); ++p)
            members += tree->topLevelItem(b)->child(p)->childCount();
    return members;
}

} // namespace

TEST(OrganizationTabs, AddsFourTabsFilledFromTheHandbook)
{
    test::OrganizationUi f;
    QTabWidget tabs;
    addOrganizationTabs(&tabs, f.context);
    ASSERT_EQ(tabs.count(), 4);
    EXPECT_EQ(tabs.tabText(0), QStringLiteral("Organization"));
    EXPECT_EQ(tabs.tabText(1), QStringLiteral("Succession order"));
    EXPECT_EQ(tabs.tabText(2), QStringLiteral("Notification contacts"));
    EXPECT_EQ(tabs.tabText(3), QStringLiteral("Agreements"));
    auto *organization = qobject_cast<OrganizationPanel *>(tabs.widget(0));
    ASSERT_NE(organization, nullptr);
    EXPECT_EQ(organization->positions().size(), 4);
    EXPECT_EQ(treeMemberCount(organization->tree()), 6);

    // Tab titles follow the language.
    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_EQ(tabs.tabText(1), QStringLiteral("⟦Succession order⟧"));
    QCoreApplication::removeTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_EQ(tabs.tabText(1), QStringLiteral("Succession order"));
}

TEST(OrganizationPanel, WarnsAboutMissingChairAndDepartments)
{
    test::OrganizationUi f;
    OrganizationPanel panel(f.context);
    QStringList warnings = panel.warnings();
    // Business, settlement, finance, customer service and security are not represented.
    ASSERT_FALSE(warnings.isEmpty());
    EXPECT_TRUE(
        warnings.join(QLatin1Char('\n')).contains(departmentName(QStringLiteral("finance"))))
        << warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("no chair")));

    OrgPosition commander = f.storedPosition(f.commander);
    commander.chair = false;
    ASSERT_TRUE(f.backend->contacts().savePosition(f.admin, commander).ok());
    panel.reload();
    EXPECT_TRUE(panel.warnings().first().contains(QStringLiteral("no chair")))
        << panel.warnings().first().toStdString();
    EXPECT_TRUE(panel.findChild<QListWidget *>(QStringLiteral("organizationWarnings"))
                    ->isVisibleTo(&panel));
}

TEST(OrganizationPanel, AddsAPositionWithMembersAndKeyTasks)
{
    test::OrganizationUi f;
    OrganizationPanel panel(f.context);
    test::showActive(panel);

    test::onModal(&panel, [](QDialog *dialog) {
        auto *position = qobject_cast<PositionDialog *>(dialog);
        ASSERT_NE(position, nullptr);
        auto *body = dialog->findChild<QComboBox *>(QStringLiteral("positionBody"));
        body->setCurrentIndex(body->findData(orgBodyId(OrgBody::Decision)));
        dialog->findChild<QLineEdit *>(QStringLiteral("positionTitle"))
            ->setText(QStringLiteral("财务负责人"));
        auto *department = dialog->findChild<QComboBox *>(QStringLiteral("positionDepartment"));
        department->setCurrentIndex(department->findData(QStringLiteral("finance")));
        position->addTask(QStringLiteral("保障应急资金"));
        position->addTask(QStringLiteral("评估损失"));
        position->addTask(QStringLiteral("联系保险公司"));
        position->moveTask(-1); // the third goes before the second
        EXPECT_EQ(position->tasks(),
                  (QStringList{QStringLiteral("保障应急资金"), QStringLiteral("联系保险公司"),
                               QStringLiteral("评估损失")}));
        EXPECT_TRUE(position->submit());
    });
    test::child<QPushButton>(panel, "addPosition")->click();

    OrgPosition added;
    for (const OrgPosition &p : panel.positions())
        if (p.title == QStringLiteral("财务负责人"))
            added = p;
    ASSERT_NE(added.id, 0);
    EXPECT_EQ(added.body, OrgBody::Decision);
    EXPECT_EQ(added.department, QStringLiteral("finance"));
    EXPECT_EQ(added.keyTasks.size(), 3);
    EXPECT_EQ(panel.selectedPositionId(), added.id);

    // Members: one through the chooser with a search, one directly.
    test::onModal(&panel, [&f](QDialog *dialog) {
        auto *chooser = qobject_cast<ContactChooserDialog *>(dialog);
        ASSERT_NE(chooser, nullptr);
        chooser->setFilterText(QStringLiteral("风险"));
        EXPECT_EQ(chooser->visibleCount(), 1);
        EXPECT_TRUE(chooser->selectContact(f.chen));
        dialog->accept();
    });
    test::child<QPushButton>(panel, "addMember")->click();
    EXPECT_TRUE(panel.addMembers(added.id, {f.zhao}));

    const OrgPosition stored = f.storedPosition(added.id);
    EXPECT_EQ(stored.members, (QList<qint64>{f.chen, f.zhao}));
    EXPECT_EQ(stored.keyTasks, added.keyTasks);

    // Reordering a member and removing one are stored at once.
    ASSERT_TRUE(panel.selectMember(added.id, f.zhao));
    EXPECT_TRUE(panel.moveSelected(-1));
    EXPECT_EQ(f.storedPosition(added.id).members, (QList<qint64>{f.zhao, f.chen}));
    EXPECT_TRUE(panel.removeMember(added.id, f.chen));
    EXPECT_EQ(f.storedPosition(added.id).members, (QList<qint64>{f.zhao}));

    // Removing the position asks first.
    ASSERT_TRUE(panel.selectPosition(added.id));
    test::onModal(&panel, [](QDialog *box) {
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    test::child<QPushButton>(panel, "removePosition")->click();
    EXPECT_EQ(f.storedPosition(added.id).id, 0);
}

TEST(OrganizationPanel, ReadOnlyForViewers)
{
    test::OrganizationUi f;
    const Actor viewer = f.addOperator(QStringLiteral("viewer"), QStringLiteral("观察员"),
                                       QStringLiteral("1357"), {Role::Viewer});
    f.session.setActor(viewer);
    OrganizationPanel panel(f.context);
    ASSERT_TRUE(panel.selectPosition(f.cto));
    EXPECT_FALSE(test::child<QPushButton>(panel, "addPosition")->isEnabled());
    EXPECT_FALSE(test::child<QPushButton>(panel, "addMember")->isEnabled());
    EXPECT_FALSE(test::child<QLabel>(panel, "organizationNote")->text().isEmpty());
    f.signInAdmin();
    EXPECT_TRUE(test::child<QPushButton>(panel, "addMember")->isEnabled());
}

TEST(SuccessionPanel, ReordersWithAltArrowsAndSaves)
{
    test::OrganizationUi f;
    ASSERT_TRUE(f.backend->contacts().setSuccession(f.admin, {f.wang, f.li, f.zhao}).ok());
    SuccessionPanel panel(f.context);
    test::showActive(panel);
    QListWidget *list = panel.list();
    ASSERT_EQ(list->count(), 3);
    // 赵磊 has no phone: warned.
    EXPECT_TRUE(panel.warnings().join(QLatin1Char('\n')).contains(QStringLiteral("赵磊")));
    EXPECT_TRUE(test::child<QLabel>(panel, "successionWarnings")->isVisibleTo(&panel));

    list->setFocus();
    list->setCurrentRow(2);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(panel.order(), (QList<qint64>{f.wang, f.zhao, f.li}));
    EXPECT_TRUE(panel.hasUnsavedChanges());
    EXPECT_EQ(list->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier); // already last: nothing
    EXPECT_EQ(panel.order(), (QList<qint64>{f.wang, f.li, f.zhao}));
    list->setCurrentRow(0);
    EXPECT_TRUE(panel.moveCurrent(1));
    EXPECT_TRUE(panel.addContacts({f.chen}));

    // Nothing is written before Save.
    EXPECT_EQ(*f.backend->contacts().succession(), (QList<qint64>{f.wang, f.li, f.zhao}));
    test::child<QPushButton>(panel, "saveSuccession")->click();
    EXPECT_EQ(*f.backend->contacts().succession(), (QList<qint64>{f.li, f.wang, f.zhao, f.chen}));
    EXPECT_FALSE(panel.hasUnsavedChanges());
}

TEST(SuccessionPanel, WarnsWhenFewerThanTwo)
{
    test::OrganizationUi f;
    SuccessionPanel panel(f.context);
    EXPECT_TRUE(panel.warnings().first().contains(QStringLiteral("At least two")));
    test::onModal(&panel, [&f](QDialog *dialog) {
        auto *chooser = qobject_cast<ContactChooserDialog *>(dialog);
        ASSERT_NE(chooser, nullptr);
        EXPECT_TRUE(chooser->selectContact(f.wang));
        dialog->accept();
    });
    test::child<QPushButton>(panel, "addSuccessor")->click();
    EXPECT_EQ(panel.order(), QList<qint64>{f.wang});
    EXPECT_TRUE(panel.save());
    EXPECT_EQ(*f.backend->contacts().succession(), QList<qint64>{f.wang});
    EXPECT_TRUE(panel.warnings().first().contains(QStringLiteral("At least two")));
    panel.list()->setCurrentRow(0);
    panel.removeCurrent();
    EXPECT_TRUE(panel.order().isEmpty());
}
