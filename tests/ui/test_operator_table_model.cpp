#include "settings/operator_table_model.h"
#include "settings/operators_panel.h"
#include "ui_fixture.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

TEST(OperatorTableModel, PassesTheModelTesterThroughReloads)
{
    test::UiFixture f;
    const Actor admin = f.backend.admin();
    OperatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    QAbstractItemModelTester sortedTester(&sorted,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    sorted.sort(OperatorTableModel::NameColumn);

    model.setOperators(*f.backend->operators().list());
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.columnCount(), 4);

    auto id = f.backend->operators().add(admin, {QStringLiteral("zhangwei"),
                                                 QStringLiteral("张伟"),
                                                 QStringLiteral("2468"),
                                                 {Role::DutyOfficer, Role::DutyLeader}});
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(f.backend->operators().setActive(admin, *id, false).ok());
    model.setOperators(*f.backend->operators().list());
    ASSERT_EQ(model.rowCount(), 2);
    const int row = model.rowOf(*id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.data(model.index(row, OperatorTableModel::LoginColumn)).toString(),
              QStringLiteral("zhangwei"));
    EXPECT_EQ(model.data(model.index(row, OperatorTableModel::NameColumn)).toString(),
              QStringLiteral("张伟"));
    EXPECT_TRUE(model.data(model.index(row, OperatorTableModel::RolesColumn))
                    .toString()
                    .contains(QStringLiteral("Duty leader")));
    EXPECT_EQ(model.data(model.index(row, OperatorTableModel::ActiveColumn)).toString(),
              QStringLiteral("Deactivated"));
    EXPECT_EQ(model.data(model.index(row, 0), OperatorTableModel::IdRole).toLongLong(), *id);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Login"));

    model.retranslate();
    model.setOperators({});
    EXPECT_EQ(model.rowCount(), 0);
    model.retranslate();
}

TEST(OperatorsPanel, ListsOperatorsSortedAndDeactivatesThroughTheRepository)
{
    test::UiFixture f;
    f.signInAdmin();
    auto id = f.backend->operators().add(f.backend.admin(), {QStringLiteral("zhangwei"),
                                                             QStringLiteral("张伟"),
                                                             QStringLiteral("2468"),
                                                             {Role::DutyOfficer}});
    ASSERT_TRUE(id.ok());
    OperatorsPanel panel(f.context);
    panel.show();
    auto *table = panel.findChild<QTableView *>(QStringLiteral("operatorTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->isSortingEnabled());
    EXPECT_EQ(table->model()->rowCount(), 2);

    const int row = panel.model()->rowOf(*id);
    table->selectRow(qobject_cast<QSortFilterProxyModel *>(table->model())
                         ->mapFromSource(panel.model()->index(row, 0))
                         .row());
    auto *toggle = panel.findChild<QPushButton *>(QStringLiteral("toggleActive"));
    ASSERT_TRUE(toggle->isEnabled());
    toggle->click();
    EXPECT_FALSE(f.backend->operators().find(QStringLiteral("zhangwei"))->active);
    // Still selected after the reload, now offering to activate again.
    toggle->click();
    EXPECT_TRUE(f.backend->operators().find(QStringLiteral("zhangwei"))->active);
}
