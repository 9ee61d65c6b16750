#include "common/inline_message.h"
#include "handbook/contact_filter_proxy.h"
#include "handbook/contact_table_model.h"
#include "handbook/contacts_panel.h"
#include "handbook/handbook_page.h"
#include "handbook/unit_tree.h"
#include "test_handbook_fixture.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

QStringList shownNames(ContactsPanel &panel)
{
    QStringList names;
    QAbstractItemModel *model = panel.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ContactTableModel::NameColumn).data().toString();
    names.sort();
    return names;
}

QModelIndex shownIndex(ContactsPanel &panel, qint64 id, int column = 0)
{
    QAbstractItemModel *model = panel.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(ContactTableModel::IdRole).toLongLong() == id)
            return index;
    }
    return {};
}

} // namespace

TEST(HandbookPage, BuildsWithData)
{
    test::HandbookUi f;
    HandbookPage page(f.context);
    page.resize(1400, 900);
    ContactsPanel *panel = page.contacts();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(page.tabs()->widget(0), panel);
    // The organization tabs follow the contacts.
    EXPECT_GE(page.tabs()->count(), 2);
    EXPECT_EQ(panel->model()->rowCount(), 5);
    EXPECT_EQ(panel->table()->model()->rowCount(), 5);
    EXPECT_EQ(panel->model()->staleCount(), 2);
    // Phones shown in national format, backups by name.
    const QModelIndex li = shownIndex(*panel, f.li);
    EXPECT_EQ(li.siblingAtColumn(ContactTableModel::MobileColumn).data().toString(),
              QStringLiteral("139 1111 2222"));
    EXPECT_EQ(li.siblingAtColumn(ContactTableModel::BackupColumn).data().toString(),
              QStringLiteral("张伟"));
    EXPECT_EQ(li.siblingAtColumn(ContactTableModel::UnitColumn).data().toString(),
              QStringLiteral("信息技术部"));
    const QString status = panel->statusLine()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("5 contact"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("2 stale"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("not distributed yet"))) << status.toStdString();
    EXPECT_TRUE(panel->action(ContactsPanel::Action::NewContact)->isEnabled());
}

TEST(HandbookPage, TreeGroupsUnitsByKindAndFilters)
{
    test::HandbookUi f;
    ContactsPanel panel(f.context);
    UnitTree *tree = panel.tree();
    // All, the emergency organization, internal departments, related units.
    ASSERT_EQ(tree->topLevelItemCount(), 4);
    EXPECT_TRUE(tree->topLevelItem(0)->text(0).contains(QStringLiteral("(5)")));
    EXPECT_EQ(tree->topLevelItem(1)->childCount(), 2); // decision and executive body
    EXPECT_EQ(tree->topLevelItem(2)->childCount(), 2);
    EXPECT_EQ(tree->topLevelItem(3)->childCount(), 3); // carrier, regulator, exchange
    tree->setScope({HandbookScope::Type::Unit, UnitKind::Internal, f.it});
    EXPECT_EQ(shownNames(panel), (QStringList{QStringLiteral("张伟"), QStringLiteral("李娜")}));
    tree->setScope({HandbookScope::Type::Kind, UnitKind::Internal, 0});
    EXPECT_EQ(panel.table()->model()->rowCount(), 3);
    tree->setScope({HandbookScope::Type::External, UnitKind::Other, 0});
    EXPECT_EQ(shownNames(panel), (QStringList{QStringLiteral("赵敏"), QStringLiteral("陈静")}));
    EXPECT_TRUE(panel.action(ContactsPanel::Action::EditUnit)->isEnabled() == false);
    tree->setScope({HandbookScope::Type::Unit, UnitKind::Carrier, f.telecom});
    EXPECT_TRUE(panel.action(ContactsPanel::Action::EditUnit)->isEnabled());
}

TEST(HandbookPage, TreeHasTheEmergencyBodiesAndFiltersToTheirMembers)
{
    test::HandbookUi f;
    OrgPosition chief;
    chief.body = OrgBody::Decision;
    chief.title = QStringLiteral("总指挥");
    chief.chair = true;
    chief.members = {f.wang};
    ASSERT_TRUE(f.backend->contacts().savePosition(f.admin, chief).ok());
    OrgPosition deputy;
    deputy.body = OrgBody::Decision;
    deputy.title = QStringLiteral("副总指挥");
    deputy.members = {f.zhang};
    ASSERT_TRUE(f.backend->contacts().savePosition(f.admin, deputy).ok());
    OrgPosition team;
    team.body = OrgBody::Executive;
    team.title = QStringLiteral("技术处置组");
    team.members = {f.zhang, f.li};
    ASSERT_TRUE(f.backend->contacts().savePosition(f.admin, team).ok());

    ContactsPanel panel(f.context);
    UnitTree *tree = panel.tree();
    QTreeWidgetItem *org = tree->topLevelItem(1);
    ASSERT_NE(org, nullptr);
    EXPECT_EQ(org->text(0), QStringLiteral("Emergency organization (3)"));
    ASSERT_EQ(org->childCount(), 2);
    EXPECT_TRUE(org->child(0)->text(0).endsWith(QStringLiteral("(2)")))
        << org->child(0)->text(0).toStdString();
    EXPECT_TRUE(org->child(1)->text(0).endsWith(QStringLiteral("(2)")));

    HandbookScope decision;
    decision.type = HandbookScope::Type::Body;
    decision.body = OrgBody::Decision;
    tree->setScope(decision);
    EXPECT_EQ(shownNames(panel), (QStringList{QStringLiteral("张伟"), QStringLiteral("王强")}));
    EXPECT_EQ(tree->currentUnitId(), 0);
    HandbookScope executive = decision;
    executive.body = OrgBody::Executive;
    tree->setScope(executive);
    EXPECT_EQ(shownNames(panel), (QStringList{QStringLiteral("张伟"), QStringLiteral("李娜")}));
    HandbookScope whole;
    whole.type = HandbookScope::Type::Organization;
    tree->setScope(whole);
    EXPECT_EQ(shownNames(panel), (QStringList{QStringLiteral("张伟"), QStringLiteral("李娜"),
                                              QStringLiteral("王强")}));
    // The chosen body stays chosen when the tree is rebuilt.
    tree->setScope(executive);
    panel.reload();
    EXPECT_EQ(tree->scope(), executive);
    EXPECT_EQ(shownNames(panel), (QStringList{QStringLiteral("张伟"), QStringLiteral("李娜")}));
}

TEST(HandbookPage, SearchFindsNamesPhoneDigitsAndUnits)
{
    test::HandbookUi f;
    ContactsPanel panel(f.context);
    QLineEdit *search = panel.searchField();
    search->setText(QStringLiteral("李娜"));
    EXPECT_EQ(shownNames(panel), QStringList{QStringLiteral("李娜")});
    // Digits as people type them, with spaces or dashes.
    search->setText(QStringLiteral("139 1111"));
    EXPECT_EQ(shownNames(panel), QStringList{QStringLiteral("李娜")});
    search->setText(QStringLiteral("021-6360"));
    EXPECT_EQ(shownNames(panel), QStringList{QStringLiteral("陈静")});
    search->setText(QStringLiteral("+86 138 0013"));
    EXPECT_EQ(shownNames(panel), QStringList{QStringLiteral("张伟")});
    search->setText(QStringLiteral("电信"));
    EXPECT_EQ(shownNames(panel), QStringList{QStringLiteral("陈静")});
    search->setText(QStringLiteral("信息技术部 值班"));
    EXPECT_EQ(shownNames(panel), QStringList{QStringLiteral("李娜")});
    search->setText(QStringLiteral("nobody"));
    EXPECT_EQ(panel.table()->model()->rowCount(), 0);
    search->clear();
    EXPECT_EQ(panel.table()->model()->rowCount(), 5);
}

TEST(HandbookPage, StaleRowsAreHighlightedAndCanBeShownAlone)
{
    test::HandbookUi f;
    ContactsPanel panel(f.context);
    const QColor tint = ContactTableModel::staleBackground();
    for (int column = 0; column < ContactTableModel::ColumnCount; ++column) {
        EXPECT_EQ(shownIndex(panel, f.wang, column).data(Qt::BackgroundRole).value<QColor>(), tint);
        EXPECT_FALSE(shownIndex(panel, f.zhang, column).data(Qt::BackgroundRole).isValid());
    }
    EXPECT_TRUE(shownIndex(panel, f.wang)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Not verified since 2025-08-01")));
    EXPECT_TRUE(shownIndex(panel, f.chen)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Never verified")));
    EXPECT_EQ(shownIndex(panel, f.chen, ContactTableModel::VerifiedColumn).data().toString(),
              QStringLiteral("never"));

    panel.staleOnlyBox()->setChecked(true);
    EXPECT_EQ(shownNames(panel), (QStringList{QStringLiteral("王强"), QStringLiteral("陈静")}));
    panel.staleOnlyBox()->setChecked(false);
    EXPECT_EQ(panel.table()->model()->rowCount(), 5);

    // A shorter period makes more entries stale.
    ASSERT_TRUE(f.backend->settings().setValue(f.admin, QStringLiteral("handbook.verify_days"),
                                               QStringLiteral("40")));
    panel.reload();
    // 2026-01-05 less 40 days is 2025-11-26: 李娜 (2025-11-20) joins 王强 and 陈静, while
    // 张伟 (2025-12-01) and 赵敏 (2025-12-20) stay verified.
    EXPECT_EQ(panel.model()->staleCount(), 3);
    EXPECT_TRUE(panel.model()->isStale(f.li));
    EXPECT_FALSE(panel.model()->isStale(f.zhang));
    EXPECT_FALSE(panel.model()->isStale(f.zhao));
}

TEST(HandbookPage, MarkVerifiedWritesTheSelectionAndRefreshes)
{
    test::HandbookUi f;
    ContactsPanel panel(f.context);
    panel.selectContacts({f.wang, f.chen});
    ASSERT_EQ(panel.selectedContactIds().size(), 2);
    QAction *mark = panel.action(ContactsPanel::Action::MarkVerified);
    ASSERT_TRUE(mark->isEnabled());
    mark->trigger();

    for (qint64 id : {f.wang, f.chen})
        EXPECT_EQ(f.backend->contacts().contact(id)->lastVerified, QDate(2026, 1, 5));
    EXPECT_EQ(f.backend->contacts().contact(f.zhang)->lastVerified, QDate(2025, 12, 1));
    EXPECT_EQ(panel.model()->staleCount(), 0);
    EXPECT_FALSE(shownIndex(panel, f.wang).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(shownIndex(panel, f.wang, ContactTableModel::VerifiedColumn).data().toString(),
              QStringLiteral("2026-01-05"));
    // The selection survives the refresh, and the result is said.
    auto selected = panel.selectedContactIds();
    std::sort(selected.begin(), selected.end());
    EXPECT_EQ(selected, (QList<qint64>{f.wang, f.chen}));
    EXPECT_FALSE(panel.message()->isError());
    EXPECT_TRUE(panel.message()->text().contains(QStringLiteral("marked verified on 2026-01-05")))
        << panel.message()->text().toStdString();
    EXPECT_TRUE(panel.statusLine()->text().contains(QStringLiteral("0 stale")));
    // Every change counts towards the next distribution.
    EXPECT_TRUE(panel.statusLine()->text().contains(QStringLiteral("not distributed")));
}

TEST(HandbookPage, ShortcutsWinOverTheWindowsWhileFocusIsInside)
{
    test::HandbookUi f;
    QMainWindow window;
    // The main window declares an incident with Ctrl+N from anywhere.
    int declared = 0;
    QAction *declare = window.menuBar()
                           ->addMenu(QStringLiteral("Incident"))
                           ->addAction(QStringLiteral("Declare"), [&declared] { ++declared; });
    declare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    auto *panel = new ContactsPanel(f.context);
    window.setCentralWidget(panel);
    test::showActive(window);

    panel->selectContacts({f.wang});
    panel->table()->setFocus();
    QTest::keyClick(panel->table(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(f.backend->contacts().contact(f.wang)->lastVerified, QDate(2026, 1, 5));

    bool opened = false;
    test::whenModal(panel, [&opened](QDialog *dialog) {
        opened = dialog->objectName() == QStringLiteral("contactDialog");
        dialog->reject();
    });
    QTest::keyClick(panel->table(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_TRUE(opened);
    EXPECT_EQ(declared, 0);

    // Closing the dialog hands activation back to the window asynchronously (never on the
    // offscreen platform): return to the window, as the user does, before the next key.
    test::showActive(window);
    panel->table()->setFocus();
    ASSERT_EQ(QApplication::focusWidget(), panel->table());
    // Ctrl+F goes to the search field.
    QTest::keyClick(panel->table(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(panel->searchField()->hasFocus());
}

TEST(HandbookPage, ReadOnlyWithoutEditPermission)
{
    test::HandbookUi f;
    f.session.clear();
    ContactsPanel panel(f.context);
    EXPECT_EQ(panel.model()->rowCount(), 5);
    for (auto a : {ContactsPanel::Action::NewContact, ContactsPanel::Action::MarkVerified,
                   ContactsPanel::Action::NewUnit, ContactsPanel::Action::Import,
                   ContactsPanel::Action::RecordDistribution})
        EXPECT_FALSE(panel.action(a)->isEnabled());
    // Reading, exporting and printing stay available.
    EXPECT_TRUE(panel.action(ContactsPanel::Action::Export)->isEnabled());
    EXPECT_TRUE(panel.action(ContactsPanel::Action::SavePdf)->isEnabled());
    panel.selectContacts({f.wang});
    EXPECT_FALSE(panel.action(ContactsPanel::Action::MarkVerified)->isEnabled());
    EXPECT_TRUE(panel.action(ContactsPanel::Action::EditContact)->isEnabled());
    EXPECT_TRUE(panel.statusLine()->text().contains(QStringLiteral("read-only")));

    const Actor viewer = f.addOperator(QStringLiteral("liuyang"), QStringLiteral("刘洋"),
                                       QStringLiteral("5555"), {Role::Viewer});
    f.session.setActor(viewer);
    EXPECT_FALSE(panel.action(ContactsPanel::Action::NewContact)->isEnabled());
    f.signInAdmin();
    EXPECT_TRUE(panel.action(ContactsPanel::Action::NewContact)->isEnabled());
}

TEST(HandbookPage, DistributionStateInTheStatusLine)
{
    test::HandbookUi f;
    ASSERT_TRUE(f.backend->contacts().recordDistribution(f.admin, QStringLiteral("v1")).ok());
    ContactsPanel panel(f.context);
    EXPECT_TRUE(panel.statusLine()->text().contains(
        QStringLiteral("handbook unchanged since distribution v1")))
        << panel.statusLine()->text().toStdString();
    // Checking entries changes nothing the handbook prints, so the distribution stays current.
    panel.selectContacts({f.wang, f.chen});
    panel.markVerified();
    EXPECT_TRUE(panel.statusLine()->text().contains(
        QStringLiteral("handbook unchanged since distribution v1")))
        << panel.statusLine()->text().toStdString();
    // A new mobile number does.
    Contact wang = *f.backend->contacts().contact(f.wang);
    wang.mobile = QStringLiteral("13722224444");
    ASSERT_TRUE(f.backend->contacts().saveContact(f.admin, wang).ok());
    panel.reload();
    EXPECT_TRUE(panel.statusLine()->text().contains(
        QStringLiteral("handbook changed since distribution v1 (1 change")))
        << panel.statusLine()->text().toStdString();
}
