#include "common/inline_message.h"
#include "readiness/readiness_periods_box.h"
#include "settings/institution_settings_box.h"
#include "settings/settings_page.h"
#include "ui_fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace dd;
using namespace dd::ui;

namespace {

using test::child;
using test::showActive;

} // namespace

TEST(SettingsPage, LanguageSwitchKeepsAnUnsavedEdit)
{
    test::UiFixture f;
    f.signInAdmin();
    SettingsPage page(f.context);
    showActive(page);
    auto *name = child<QLineEdit>(page, "institutionName");
    auto *language = child<QComboBox>(page, "language");
    name->setText(QStringLiteral("尚未保存的名称"));

    auto *box = child<QGroupBox>(page, "institutionSettings");
    const QString englishTitle = box->title();
    auto hasChinese = [](const QString &text) {
        return std::any_of(text.begin(), text.end(),
                           [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
    };
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    QApplication::processEvents();
    EXPECT_EQ(f.language.current(), QStringLiteral("zh_CN"));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    // The same field, still holding the edit; the labels around it were retranslated.
    EXPECT_EQ(page.findChild<QLineEdit *>(QStringLiteral("institutionName")), name);
    EXPECT_EQ(name->text(), QStringLiteral("尚未保存的名称"));
    EXPECT_TRUE(hasChinese(box->title())) << box->title().toStdString();

    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QApplication::processEvents();
    EXPECT_EQ(f.language.current(), QStringLiteral("en"));
    EXPECT_EQ(name->text(), QStringLiteral("尚未保存的名称"));
    EXPECT_EQ(box->title(), englishTitle);
    // Nothing was written to the database by switching.
    EXPECT_EQ(f.backend->settings().institution()->name, QStringLiteral("测试证券"));
}

TEST(SettingsPage, SaveWritesTheProfileAndCtrlSWorks)
{
    test::UiFixture f;
    f.signInAdmin();
    SettingsPage page(f.context);
    showActive(page);
    auto *name = child<QLineEdit>(page, "institutionName");
    auto *type = child<QComboBox>(page, "institutionType");
    auto *zone = child<QComboBox>(page, "timeZone");
    auto *message = child<InlineMessage>(page, "institutionMessage");
    EXPECT_EQ(name->text(), QStringLiteral("测试证券"));
    EXPECT_EQ(zone->currentText(), QStringLiteral("Asia/Shanghai"));

    name->setText(QStringLiteral("某期货公司"));
    type->setCurrentIndex(type->findData(QStringLiteral("futures")));
    child<QPushButton>(page, "save")->click();
    auto saved = f.backend->settings().institution();
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->name, QStringLiteral("某期货公司"));
    EXPECT_EQ(saved->type, InstitutionType::Futures);
    EXPECT_FALSE(message->isError());
    EXPECT_FALSE(message->isHidden());

    name->setFocus();
    name->setText(QStringLiteral("某证券交易所"));
    type->setCurrentIndex(type->findData(QStringLiteral("stock_exchange")));
    zone->setEditText(QStringLiteral("Asia/Hong_Kong"));
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    saved = f.backend->settings().institution();
    EXPECT_EQ(saved->name, QStringLiteral("某证券交易所"));
    EXPECT_EQ(saved->type, InstitutionType::StockExchange);
    EXPECT_EQ(saved->timeZoneId, QStringLiteral("Asia/Hong_Kong"));

    auto *cli = child<QCheckBox>(page, "cliWritesWithoutSignIn");
    EXPECT_TRUE(cli->isChecked()); // a new database lets the CLI write
    cli->setChecked(false);
    child<QPushButton>(page, "save")->click();
    EXPECT_FALSE(*f.backend->settings().cliWritesWithoutSignIn());
}

TEST(SettingsPage, CoreRefusalIsShownInlineNamingTheField)
{
    test::UiFixture f;
    f.signInAdmin();
    SettingsPage page(f.context);
    showActive(page);
    child<QComboBox>(page, "timeZone")->setEditText(QStringLiteral("Mars/Olympus"));
    child<QPushButton>(page, "save")->click();
    auto *message = child<InlineMessage>(page, "institutionMessage");
    EXPECT_TRUE(message->isError());
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Time zone")))
        << message->text().toStdString();
    EXPECT_EQ(f.backend->settings().institution()->timeZoneId, QStringLiteral("Asia/Shanghai"));

    child<QPushButton>(page, "revert")->click();
    EXPECT_EQ(child<QComboBox>(page, "timeZone")->currentText(), QStringLiteral("Asia/Shanghai"));
    EXPECT_TRUE(message->isHidden());
}

TEST(SettingsPage, ViewerSeesADisabledFormAndTheRepositoryRefusesAnyway)
{
    test::UiFixture f;
    f.backend.admin();
    const Actor viewer = f.addOperator(QStringLiteral("guest"), QStringLiteral("访客"),
                                       QStringLiteral("5555"), {Role::Viewer});
    ASSERT_EQ(viewer.kind(), Actor::Kind::Operator);
    f.session.setActor(viewer);
    SettingsPage page(f.context);
    showActive(page);

    EXPECT_FALSE(child<QLineEdit>(page, "institutionName")->isEnabled());
    EXPECT_FALSE(child<QComboBox>(page, "institutionType")->isEnabled());
    EXPECT_FALSE(child<QComboBox>(page, "timeZone")->isEnabled());
    EXPECT_FALSE(child<QCheckBox>(page, "cliWritesWithoutSignIn")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(page, "save")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(page, "addOperator")->isEnabled());
    auto *note = child<QLabel>(page, "permissionNote");
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("访客"))) << note->text().toStdString();

    // Ctrl+S is off, and a save forced through the box is refused by the repository.
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(page.institutionSettings()->save());
    EXPECT_TRUE(child<InlineMessage>(page, "institutionMessage")->isError());
    InstitutionProfile changed = *f.backend->settings().institution();
    changed.name = QStringLiteral("不该保存");
    EXPECT_FALSE(f.backend->settings().saveInstitution(viewer, changed).ok());
    EXPECT_EQ(f.backend->settings().institution()->name, QStringLiteral("测试证券"));

    // When an administrator signs in at the same desk, the form opens up.
    f.session.setActor(f.backend.admin());
    EXPECT_TRUE(child<QLineEdit>(page, "institutionName")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(page, "addOperator")->isEnabled());
    EXPECT_TRUE(note->isHidden());
}

TEST(SettingsPage, ReadOnlyDatabaseDisablesEverythingThatWrites)
{
    test::UiFixture f;
    f.signInAdmin();
    f.context.readOnly = true;
    SettingsPage page(f.context);
    showActive(page);
    EXPECT_FALSE(child<QLineEdit>(page, "institutionName")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(page, "save")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(page, "addOperator")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(page, "chooseDatabase")->isEnabled());
    EXPECT_FALSE(page.institutionSettings()->save());
}

TEST(SettingsPage, ReadinessPeriodsSaveInOneAuditedTransaction)
{
    test::UiFixture f;
    f.signInAdmin();
    SettingsPage page(f.context);
    showActive(page);
    auto *handbook = child<QSpinBox>(page, "readiness.period.handbook_days");
    auto *soon = child<QSpinBox>(page, "readiness.due_soon_days");
    ASSERT_TRUE(handbook && soon);
    EXPECT_EQ(handbook->value(), 90);
    EXPECT_EQ(child<QSpinBox>(page, "readiness.period.drill_retention_years")->value(), 2);
    EXPECT_TRUE(handbook->isEnabled());
    EXPECT_TRUE(handbook->suffix().contains(QStringLiteral("days")));
    handbook->setValue(60);
    soon->setValue(14);
    const qint64 before = *f.backend->audit().count();
    child<QPushButton>(page, "readinessPeriodsSave")->click();
    EXPECT_FALSE(child<InlineMessage>(page, "readinessPeriodsMessage")->isError());
    EXPECT_EQ(*f.backend->audit().count(), before + 1);
    EXPECT_EQ(f.backend->audit().latest(1)->first().action,
              QStringLiteral("readiness.periods.update"));
    const auto periods = f.backend->settings().readinessPeriods();
    EXPECT_EQ(periods->value(QStringLiteral("readiness.period.handbook_days")), 60);
    EXPECT_EQ(periods->value(QStringLiteral("readiness.due_soon_days")), 14);
    // Revert shows what is saved; the standard's values are one click away.
    handbook->setValue(200);
    child<QPushButton>(page, "readinessPeriodsRevert")->click();
    EXPECT_EQ(handbook->value(), 60);
    child<QPushButton>(page, "readinessPeriodsDefaults")->click();
    EXPECT_EQ(handbook->value(), 90);
    test::saveScreenshot(page, QStringLiteral("en-settings-readiness-periods"));
}

TEST(SettingsPage, ViewerCannotChangeReadinessPeriods)
{
    test::UiFixture f;
    f.backend.admin();
    const Actor viewer = f.addOperator(QStringLiteral("guest"), QStringLiteral("访客"),
                                       QStringLiteral("5555"), {Role::Viewer});
    f.session.setActor(viewer);
    SettingsPage page(f.context);
    showActive(page);
    EXPECT_FALSE(child<QSpinBox>(page, "readiness.period.roster_days")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(page, "readinessPeriodsSave")->isEnabled());
    EXPECT_FALSE(page.readinessPeriods()->save());
    EXPECT_TRUE(child<InlineMessage>(page, "readinessPeriodsMessage")->isError());
    EXPECT_TRUE(
        child<QLabel>(page, "readinessPeriodsNote")->text().contains(QStringLiteral("访客")));
}
