#include "common/inline_message.h"
#include "grading/grading_rules_panel.h"
#include "grading/procedures_panel.h"
#include "grading/rule_set_editor_dialog.h"
#include "grading/rule_set_json.h"
#include "grading/rule_table_model.h"
#include "settings/settings_page.h"
#include "ui_fixture.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace dd;
using namespace dd::ui;

namespace {

using test::child;
using test::showActive;

// Runs `handle` on the rule set editor once the click that opens it has started its modal
// loop. Should the handler leave the dialog open, it is closed after a while so that a failing
// test does not hang.
void whenEditorOpens(std::function<void(RuleSetEditorDialog &)> handle)
{
    QTimer::singleShot(0, [handle] {
        auto *dialog = qobject_cast<RuleSetEditorDialog *>(QApplication::activeModalWidget());
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return;
        dialog->activateWindow(); // for its Ctrl+S
        EXPECT_TRUE(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
        handle(*dialog);
        QTimer::singleShot(10000, dialog, [dialog] {
            ADD_FAILURE() << "the rule set editor was left open";
            dialog->done(QDialog::Rejected);
        });
    });
}

QStringList storedIds(test::UiFixture &f)
{
    auto ids = f.backend->ruleSets().ids();
    EXPECT_TRUE(ids.ok());
    return ids ? *ids : QStringList();
}

QString inForce(test::UiFixture &f)
{
    auto id = f.backend->ruleSets().inForceId();
    EXPECT_TRUE(id.ok());
    return id ? *id : QString();
}

} // namespace

TEST(GradingRulesPanel, ListsTheShippedRuleSetsAndShowsTheOneInForce)
{
    test::UiFixture f;
    f.signInAdmin();
    GradingRulesPanel panel(f.context);
    showActive(panel);
    auto *combo = child<QComboBox>(panel, "ruleSetCombo");
    EXPECT_GE(combo->findData(QStringLiteral("csrc-2012")), 0);
    EXPECT_GE(combo->findData(QStringLiteral("csrc-2021")), 0);
    EXPECT_EQ(panel.selectedId(), inForce(f));
    EXPECT_TRUE(combo->currentText().contains(QStringLiteral("(in force)")))
        << combo->currentText().toStdString();
    EXPECT_FALSE(child<QPushButton>(panel, "useRuleSet")->isEnabled());  // in force already
    EXPECT_FALSE(child<QPushButton>(panel, "editRuleSet")->isEnabled()); // shipped: copy it

    // The rules are listed; placeholders marked "uncertain" stand out.
    RuleTableModel *model = panel.ruleModel();
    ASSERT_GT(model->rowCount(), 0);
    int highlighted = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, RuleTableModel::NoteColumn).data(Qt::BackgroundRole).isValid())
            ++highlighted;
    EXPECT_GT(highlighted, 0);
    EXPECT_EQ(highlighted, model->uncertainCount());
    EXPECT_TRUE(child<QLabel>(panel, "uncertainSummary")->isVisible());
    EXPECT_EQ(child<QWidget>(panel, "gradeChips")->findChildren<QLabel *>().size(), 4);

    const QString other = inForce(f) == QStringLiteral("csrc-2012") ? QStringLiteral("csrc-2021")
                                                                    : QStringLiteral("csrc-2012");
    ASSERT_TRUE(panel.selectRuleSet(other));
    EXPECT_EQ(model->ruleSet().id, other);
    EXPECT_TRUE(child<QPushButton>(panel, "useRuleSet")->isEnabled());
    EXPECT_TRUE(child<QLabel>(panel, "ruleSetInForce")->text().contains(inForce(f)));
}

TEST(GradingRulesPanel, ABrokenCopyShowsItsJsonPathAndIsNotStored)
{
    test::UiFixture f;
    f.signInAdmin();
    GradingRulesPanel panel(f.context);
    showActive(panel);
    const QString before = inForce(f);
    ASSERT_TRUE(panel.selectRuleSet(QStringLiteral("csrc-2021")));

    bool handled = false;
    whenEditorOpens([&](RuleSetEditorDialog &dialog) {
        handled = true;
        auto *editor = child<QPlainTextEdit>(dialog, "ruleSetJson");
        auto *validation = child<QLabel>(dialog, "ruleSetValidation");
        const QByteArray copy = editor->toPlainText().toUtf8();
        EXPECT_EQ(ruleSetIdOf(copy), QStringLiteral("csrc-2021-ours"));
        EXPECT_EQ(ruleSetVersionOf(copy), 1);
        EXPECT_TRUE(dialog.isValid()) << validation->text().toStdString();
        EXPECT_TRUE(validation->text().startsWith(QStringLiteral("Valid: ")));

        // The first rule names a grade the set does not have.
        QString text = editor->toPlainText();
        const qsizetype at = text.indexOf(QStringLiteral("\"grade\": \"I\""));
        ASSERT_GE(at, 0);
        text.replace(at, 12, QStringLiteral("\"grade\": \"IX\""));
        editor->setPlainText(text);
        // Checked after a pause in typing, not at every keystroke.
        EXPECT_TRUE(validation->text().startsWith(QStringLiteral("Valid: ")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isValid(), 2000);
        EXPECT_TRUE(
            validation->text().startsWith(QStringLiteral("csrc-2021-ours.json: rules[0].grade: ")))
            << validation->text().toStdString();

        child<QPushButton>(dialog, "saveRuleSet")->click();
        auto *message = child<InlineMessage>(dialog, "ruleSetEditorMessage");
        EXPECT_TRUE(message->isError());
        EXPECT_TRUE(message->text().contains(QStringLiteral("rules[0].grade")))
            << message->text().toStdString();
        EXPECT_TRUE(dialog.isVisible()); // stays open to be fixed
        EXPECT_FALSE(storedIds(f).contains(QStringLiteral("csrc-2021-ours")));
        dialog.done(QDialog::Rejected);
    });
    child<QPushButton>(panel, "copyRuleSet")->click();
    EXPECT_TRUE(handled);
    EXPECT_EQ(storedIds(f),
              QStringList({QStringLiteral("csrc-2012"), QStringLiteral("csrc-2021")}));
    EXPECT_EQ(inForce(f), before);
    EXPECT_EQ(panel.selectedId(), QStringLiteral("csrc-2021"));
}

TEST(GradingRulesPanel, AValidCopyIsSavedPutInForceAndEditedAsANewVersion)
{
    test::UiFixture f;
    f.signInAdmin();
    GradingRulesPanel panel(f.context);
    showActive(panel);
    const QString before = inForce(f);
    ASSERT_TRUE(panel.selectRuleSet(QStringLiteral("csrc-2021")));

    whenEditorOpens([](RuleSetEditorDialog &dialog) {
        auto *editor = child<QPlainTextEdit>(dialog, "ruleSetJson");
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves
        EXPECT_EQ(dialog.result(), QDialog::Accepted)
            << child<InlineMessage>(dialog, "ruleSetEditorMessage")->text().toStdString()
            << dialog.isValid();
    });
    child<QPushButton>(panel, "copyRuleSet")->click();
    EXPECT_TRUE(storedIds(f).contains(QStringLiteral("csrc-2021-ours")));
    EXPECT_EQ(panel.selectedId(), QStringLiteral("csrc-2021-ours"));
    EXPECT_EQ(inForce(f), before); // saving does not put it in force
    auto *message = child<InlineMessage>(panel, "gradingMessage");
    EXPECT_FALSE(message->isError());
    EXPECT_TRUE(message->text().contains(QStringLiteral("csrc-2021-ours")));

    child<QPushButton>(panel, "useRuleSet")->click();
    EXPECT_EQ(inForce(f), QStringLiteral("csrc-2021-ours"));
    EXPECT_FALSE(child<QPushButton>(panel, "useRuleSet")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(panel, "editRuleSet")->isEnabled());

    // Editing suggests the next version; the old version is kept.
    whenEditorOpens([](RuleSetEditorDialog &dialog) {
        auto *editor = child<QPlainTextEdit>(dialog, "ruleSetJson");
        EXPECT_EQ(ruleSetIdOf(editor->toPlainText().toUtf8()), QStringLiteral("csrc-2021-ours"));
        EXPECT_EQ(ruleSetVersionOf(editor->toPlainText().toUtf8()), 2);
        child<QPushButton>(dialog, "saveRuleSet")->click();
    });
    child<QPushButton>(panel, "editRuleSet")->click();
    auto stored = f.backend->ruleSets().get(QStringLiteral("csrc-2021-ours"));
    ASSERT_TRUE(stored.ok()) << stored.error().toStdString();
    EXPECT_EQ(stored->version, 2);
    EXPECT_EQ(inForce(f), QStringLiteral("csrc-2021-ours"));

    // The same version again is refused by the repository, inside the dialog.
    whenEditorOpens([&](RuleSetEditorDialog &dialog) {
        auto *editor = child<QPlainTextEdit>(dialog, "ruleSetJson");
        editor->setPlainText(QString::fromUtf8(
            withIdAndVersion(editor->toPlainText().toUtf8(), QStringLiteral("csrc-2021-ours"), 2)));
        EXPECT_FALSE(dialog.save());
        EXPECT_TRUE(child<InlineMessage>(dialog, "ruleSetEditorMessage")
                        ->text()
                        .contains(QStringLiteral("version")));
        dialog.done(QDialog::Rejected);
    });
    child<QPushButton>(panel, "editRuleSet")->click();
    EXPECT_EQ(f.backend->ruleSets().get(QStringLiteral("csrc-2021-ours"))->version, 2);
}

TEST(GradingRulesPanel, ImportRefusesABrokenFileAndExportWritesTheJson)
{
    test::UiFixture f;
    f.signInAdmin();
    GradingRulesPanel panel(f.context);
    showActive(panel);
    auto *message = child<InlineMessage>(panel, "gradingMessage");

    const QString exported = f.backend.dirPath(QStringLiteral("csrc-2021.json"));
    ASSERT_TRUE(panel.selectRuleSet(QStringLiteral("csrc-2021")));
    ASSERT_TRUE(panel.exportTo(exported));
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    EXPECT_EQ(json, *f.backend->ruleSets().json(QStringLiteral("csrc-2021")));

    const QString broken = f.backend.dirPath(QStringLiteral("ours.json"));
    {
        QFile out(broken);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        QByteArray edited = withIdAndVersion(json, QStringLiteral("ours"), 1);
        edited.replace("\"rank\": 4", "\"rank\": \"four\"");
        out.write(edited);
    }
    EXPECT_FALSE(panel.importFile(broken));
    EXPECT_TRUE(message->isError());
    EXPECT_TRUE(message->text().contains(QStringLiteral("ours.json: grades[0].rank: ")))
        << message->text().toStdString();
    EXPECT_FALSE(storedIds(f).contains(QStringLiteral("ours")));

    {
        QFile out(broken);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(withIdAndVersion(json, QStringLiteral("ours"), 1));
    }
    EXPECT_TRUE(panel.importFile(broken)) << message->text().toStdString();
    EXPECT_TRUE(storedIds(f).contains(QStringLiteral("ours")));
    EXPECT_EQ(panel.selectedId(), QStringLiteral("ours"));
    EXPECT_NE(inForce(f), QStringLiteral("ours"));
}

TEST(GradingRulesPanel, CopyIdsAndVersionsAreReplacedInPlace)
{
    const QByteArray json = "{\n  \"id\": \"a-1\",\n  \"version\": 3,\n  \"grades\": "
                            "[{\"id\": \"a-1\"}],\n  \"zeta\": 1\n}\n";
    const QByteArray out = withIdAndVersion(json, QStringLiteral("a-1-ours"), 1);
    EXPECT_EQ(out, QByteArray("{\n  \"id\": \"a-1-ours\",\n  \"version\": 1,\n  \"grades\": "
                              "[{\"id\": \"a-1\"}],\n  \"zeta\": 1\n}\n"));
    EXPECT_EQ(copyIdFor(QStringLiteral("csrc-2021"), true, {}), QStringLiteral("csrc-2021-ours"));
    EXPECT_EQ(copyIdFor(QStringLiteral("csrc-2021"), true, {QStringLiteral("csrc-2021-ours")}),
              QStringLiteral("csrc-2021-ours-2"));
    EXPECT_EQ(copyIdFor(QStringLiteral("mine"), false, {}), QStringLiteral("mine-copy"));
    EXPECT_EQ(withIdAndVersion("not json", QStringLiteral("x"), 1), QByteArray("not json"));
}

TEST(GradingRulesPanel, AViewerSeesTheRulesButCannotChangeThem)
{
    test::UiFixture f;
    f.backend.admin();
    const Actor viewer = f.addOperator(QStringLiteral("guest"), QStringLiteral("访客"),
                                       QStringLiteral("5555"), {Role::Viewer});
    f.session.setActor(viewer);
    GradingRulesPanel panel(f.context);
    showActive(panel);
    const QString before = inForce(f);
    panel.selectRuleSet(before == QStringLiteral("csrc-2012") ? QStringLiteral("csrc-2021")
                                                              : QStringLiteral("csrc-2012"));
    for (const char *name : {"useRuleSet", "copyRuleSet", "editRuleSet", "importRuleSet"})
        EXPECT_FALSE(child<QPushButton>(panel, name)->isEnabled()) << name;
    EXPECT_TRUE(child<QComboBox>(panel, "ruleSetCombo")->isEnabled());
    auto *note = child<QLabel>(panel, "gradingNote");
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("访客")));
    EXPECT_FALSE(panel.useSelected());
    EXPECT_EQ(inForce(f), before);

    f.session.setActor(f.backend.admin());
    EXPECT_TRUE(child<QPushButton>(panel, "useRuleSet")->isEnabled());
    EXPECT_TRUE(note->isHidden());
}

TEST(ProceduresPanel, SavingWithoutTheSafetyStepIsRefusedInline)
{
    test::UiFixture f;
    f.signInAdmin();
    ProceduresPanel panel(f.context);
    showActive(panel);
    ASSERT_TRUE(panel.selectFaultType(QStringLiteral("trading_outage")));
    const QStringList before =
        f.backend->procedures().forFaultType(QStringLiteral("trading_outage"))->steps;
    ASSERT_TRUE(before.first().contains(QStringLiteral("人身安全")));
    auto *steps = child<QTableWidget>(panel, "procedureSteps");
    EXPECT_EQ(steps->rowCount(), before.size());
    EXPECT_FALSE(child<QPushButton>(panel, "saveProcedure")->isEnabled()); // nothing changed

    steps->setCurrentCell(0, 0);
    child<QPushButton>(panel, "removeStep")->click();
    EXPECT_EQ(steps->rowCount(), before.size() - 1);
    EXPECT_TRUE(panel.hasUnsavedChanges());
    child<QPushButton>(panel, "saveProcedure")->click();
    auto *message = child<InlineMessage>(panel, "proceduresMessage");
    EXPECT_TRUE(message->isError());
    EXPECT_TRUE(message->text().contains(QStringLiteral("personnel-safety")))
        << message->text().toStdString();
    EXPECT_EQ(f.backend->procedures().forFaultType(QStringLiteral("trading_outage"))->steps,
              before);

    child<QPushButton>(panel, "revertProcedure")->click();
    EXPECT_EQ(panel.steps(), before);
    EXPECT_FALSE(panel.hasUnsavedChanges());
}

TEST(ProceduresPanel, AnAddedStepIsSavedAndStepsMove)
{
    test::UiFixture f;
    f.signInAdmin();
    ProceduresPanel panel(f.context);
    showActive(panel);
    ASSERT_TRUE(panel.selectFaultType(QStringLiteral("network")));
    auto *steps = child<QTableWidget>(panel, "procedureSteps");
    const int count = steps->rowCount();
    steps->setCurrentCell(count - 1, 0);
    child<QPushButton>(panel, "addStep")->click();
    ASSERT_EQ(steps->rowCount(), count + 1);
    QWidget *editor = steps->indexWidget(steps->currentIndex());
    ASSERT_NE(editor, nullptr); // the new step opens for typing
    QTest::keyClicks(editor, QStringLiteral("Call the carrier hotline"));
    QTest::keyClick(editor, Qt::Key_Return);
    child<QLineEdit>(panel, "procedureTitle")->setText(QStringLiteral("网络故障处置流程（修订）"));
    child<QPushButton>(panel, "saveProcedure")->click();
    EXPECT_FALSE(child<InlineMessage>(panel, "proceduresMessage")->isError());

    auto saved = f.backend->procedures().forFaultType(QStringLiteral("network"));
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->steps.size(), count + 1);
    EXPECT_EQ(saved->steps.last(), QStringLiteral("Call the carrier hotline"));
    EXPECT_EQ(saved->title, QStringLiteral("网络故障处置流程（修订）"));

    // Moved up one place and saved with Ctrl+S.
    steps->setCurrentCell(count, 0);
    child<QPushButton>(panel, "moveStepUp")->click();
    steps->setFocus();
    QTest::keyClick(steps, Qt::Key_S, Qt::ControlModifier);
    saved = f.backend->procedures().forFaultType(QStringLiteral("network"));
    EXPECT_EQ(saved->steps.at(count - 1), QStringLiteral("Call the carrier hotline"));
}

TEST(ProceduresPanel, NewProceduresStartWithSafetyAndTheGeneralOneStays)
{
    test::UiFixture f;
    f.signInAdmin();
    ProceduresPanel panel(f.context);
    showActive(panel);
    ASSERT_TRUE(panel.addProcedure(QStringLiteral("power"), QStringLiteral("停电处置流程")));
    EXPECT_EQ(panel.currentFaultType(), QStringLiteral("power"));
    EXPECT_EQ(panel.steps().size(), 1);
    auto added = f.backend->procedures().forFaultType(QStringLiteral("power"));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->faultType, QStringLiteral("power"));

    EXPECT_TRUE(panel.removeProcedure(QStringLiteral("power")));
    EXPECT_EQ(f.backend->procedures().forFaultType(QStringLiteral("power"))->faultType,
              QStringLiteral("other"));

    ASSERT_TRUE(panel.selectFaultType(QStringLiteral("other")));
    child<QPushButton>(panel, "deleteProcedure")->click(); // no question: the core refuses
    auto *message = child<InlineMessage>(panel, "proceduresMessage");
    EXPECT_TRUE(message->isError());
    EXPECT_TRUE(f.backend->procedures().forFaultType(QStringLiteral("other")).ok());
}

TEST(ProceduresPanel, ReadOnlyDatabaseShowsButDoesNotChange)
{
    test::UiFixture f;
    f.signInAdmin();
    f.context.readOnly = true;
    ProceduresPanel panel(f.context);
    showActive(panel);
    for (const char *name : {"newProcedure", "deleteProcedure", "addStep", "saveProcedure"})
        EXPECT_FALSE(child<QPushButton>(panel, name)->isEnabled()) << name;
    EXPECT_TRUE(child<QLineEdit>(panel, "procedureTitle")->isReadOnly());
    EXPECT_TRUE(child<QLabel>(panel, "proceduresNote")->isVisible());
    EXPECT_FALSE(panel.save());
}

TEST(SettingsPage, GradingAndProcedureTabsAreRetranslated)
{
    test::UiFixture f;
    f.signInAdmin();
    SettingsPage page(f.context);
    showActive(page);
    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QApplication::processEvents();
    const auto translated = [](const QString &text) {
        return text.startsWith(QStringLiteral("⟦"));
    };
    for (int i = 0; i < page.tabs()->count(); ++i)
        EXPECT_TRUE(translated(page.tabs()->tabText(i))) << page.tabs()->tabText(i).toStdString();
    for (const char *name :
         {"useRuleSet", "copyRuleSet", "editRuleSet", "importRuleSet", "exportRuleSet",
          "newProcedure", "deleteProcedure", "addStep", "saveProcedure"})
        EXPECT_TRUE(translated(child<QPushButton>(page, name)->text())) << name;
    EXPECT_TRUE(translated(
        page.gradingRulesPanel()->ruleModel()->headerData(0, Qt::Horizontal).toString()));
    QCoreApplication::removeTranslator(&pseudo);
    QApplication::processEvents();
    EXPECT_EQ(page.tabs()->tabText(2), QStringLiteral("Grading rules"));
}

namespace {
class GradingScreens : public ::testing::TestWithParam<const char *> {};
} // namespace

// The grading and procedures tabs of the settings page, and the editor showing an error, in
// both languages; the pictures go beside the other screenshots.
TEST_P(GradingScreens, DrawInBothLanguages)
{
    const QString lang = QString::fromLatin1(GetParam());
    test::UiFixture f(lang);
    f.signInAdmin();
    SettingsPage page(f.context);
    page.resize(1180, 860); // the main window's page area at 1400×900
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));

    page.tabs()->setCurrentWidget(page.gradingRulesPanel());
    QApplication::processEvents();
    EXPECT_GT(test::distinctColours(
                  test::saveScreenshot(page, lang + QStringLiteral("-settings-grading"))),
              24);
    auto *details = child<QTabWidget>(page, "ruleSetDetails");
    details->setCurrentIndex(1);
    QApplication::processEvents();
    test::saveScreenshot(page, lang + QStringLiteral("-settings-grading-duties"));
    details->setCurrentIndex(0);
    page.tabs()->setCurrentWidget(page.proceduresPanel());
    QApplication::processEvents();
    EXPECT_GT(test::distinctColours(
                  test::saveScreenshot(page, lang + QStringLiteral("-settings-procedures"))),
              24);

    page.tabs()->setCurrentWidget(page.gradingRulesPanel());
    whenEditorOpens([lang](RuleSetEditorDialog &dialog) {
        auto *editor = child<QPlainTextEdit>(dialog, "ruleSetJson");
        editor->setPlainText(editor->toPlainText().replace(QStringLiteral("\"rank\": 3"),
                                                           QStringLiteral("\"rank\": 4")));
        dialog.validateNow();
        QApplication::processEvents();
        EXPECT_GT(test::distinctColours(test::saveScreenshot(
                      dialog, lang + QStringLiteral("-dialog-rule-set-editor"))),
                  12);
        dialog.done(QDialog::Rejected);
    });
    child<QPushButton>(page, "copyRuleSet")->click();
}

INSTANTIATE_TEST_SUITE_P(Languages, GradingScreens, ::testing::Values("zh_CN", "en"));
