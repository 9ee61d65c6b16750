#include "common/inline_message.h"
#include "incidents/incident_reference.h"
#include "incidents/report_dialog.h"
#include "reports/output_bar.h"
#include "test_incidents_fixture.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

struct Obligation {
    IncidentView view;
    ObligationRow row;
};

// The incident's open obligation of that form.
std::optional<Obligation> obligationOf(test::IncidentUi &f, qint64 id, ReportForm form)
{
    auto view = f.backend->incidentService().view(id);
    EXPECT_TRUE(view.ok());
    if (!view)
        return std::nullopt;
    for (const ObligationRow &row : view->obligations) {
        if (row.instance.form == form && !row.status.isMet())
            return Obligation{*view, row};
    }
    return std::nullopt;
}

} // namespace

TEST(ReportDialog, RendersTheObligationsTemplateAndSubmitsTheEditedText)
{
    test::IncidentUi f;
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    const auto obligation = obligationOf(f, id, ReportForm::WrittenInitial);
    ASSERT_TRUE(obligation.has_value());
    const IncidentReference reference = IncidentReference::load(*f.backend);
    ReportDialog dialog(f.context, obligation->view, obligation->row, reference);
    // English UI: the English initial report form.
    EXPECT_EQ(dialog.templateId(), QStringLiteral("incident_initial_en"));
    EXPECT_TRUE(dialog.body().contains(QStringLiteral("集中交易系统委托失败")))
        << dialog.body().left(400).toStdString();
    EXPECT_FALSE(dialog.body().contains(QStringLiteral("{{")));
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(QStringLiteral("集中交易系统委托失败")));
    EXPECT_TRUE(dialog.outputs()->button(OutputForm::Pdf)->isEnabled());
    EXPECT_TRUE(dialog.outputs()->printButton()->isEnabled());

    // The officer edits the text; the stored body is the final text.
    QPlainTextEdit *editor = dialog.editor();
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::End);
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Checked by the duty leader."));
    const QString finalText = dialog.body();
    EXPECT_TRUE(dialog.report().text.endsWith(QStringLiteral("Checked by the duty leader.")));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.message()->text().toStdString();

    const auto submissions = f.backend->incidents().submissions(id);
    ASSERT_TRUE(submissions.ok());
    ASSERT_EQ(submissions->size(), 1);
    EXPECT_EQ(submissions->first().obligationKey, obligation->row.instance.key());
    EXPECT_EQ(submissions->first().body, finalText);
    EXPECT_EQ(submissions->first().templateId, QStringLiteral("incident_initial_en"));
    const auto view = f.backend->incidentService().view(id);
    ASSERT_TRUE(view.ok());
    bool submitted = false;
    for (const ObligationRow &row : view->obligations) {
        if (row.instance.key() == obligation->row.instance.key())
            submitted = row.status.state == ObligationState::SubmittedOnTime;
    }
    EXPECT_TRUE(submitted);
}

TEST(ReportDialog, ChineseUiPicksTheChineseTemplateAndAnotherCanBeChosen)
{
    test::IncidentUi f(QStringLiteral("zh_CN"));
    const qint64 id =
        f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
    const auto obligation = obligationOf(f, id, ReportForm::WrittenInitial);
    ASSERT_TRUE(obligation.has_value());
    ReportDialog dialog(f.context, obligation->view, obligation->row,
                        IncidentReference::load(*f.backend));
    EXPECT_EQ(dialog.templateId(), QStringLiteral("incident_initial"));
    EXPECT_TRUE(dialog.body().contains(QStringLiteral("集中交易系统委托失败")));

    // Another template of the incident context, chosen before any edit: no question asked.
    const int sms = dialog.templates()->findData(QStringLiteral("incident_sms"));
    ASSERT_GE(sms, 0);
    dialog.templates()->setCurrentIndex(sms);
    EXPECT_EQ(dialog.templateId(), QStringLiteral("incident_sms"));
    EXPECT_FALSE(dialog.outputs()->button(OutputForm::Pdf)->isEnabled());
    EXPECT_FALSE(dialog.outputs()->countLabel()->isHidden());

    // After an edit, changing the template asks first; No keeps the text.
    QTest::keyClicks(dialog.editor(), QStringLiteral("x"));
    const QString edited = dialog.body();
    test::whenModal(&dialog, [](QDialog *box) {
        auto *question = qobject_cast<QMessageBox *>(box);
        ASSERT_NE(question, nullptr);
        question->button(QMessageBox::No)->click();
    });
    dialog.templates()->setCurrentIndex(
        dialog.templates()->findData(QStringLiteral("incident_initial")));
    EXPECT_EQ(dialog.templateId(), QStringLiteral("incident_sms"));
    EXPECT_EQ(dialog.body(), edited);
    EXPECT_EQ(dialog.templates()->currentData().toString(), QStringLiteral("incident_sms"));
}

TEST(ReportDialog, Screenshots)
{
    for (const char *language : {"en", "zh_CN"}) {
        const QString lang = QString::fromLatin1(language);
        test::IncidentUi f(lang);
        const qint64 id =
            f.declareOutage(QStringLiteral("集中交易系统委托失败"), QStringLiteral("10:05"));
        const auto obligation = obligationOf(f, id, ReportForm::WrittenInitial);
        ASSERT_TRUE(obligation.has_value());
        ReportDialog dialog(f.context, obligation->view, obligation->row,
                            IncidentReference::load(*f.backend));
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        test::saveScreenshot(dialog, lang + QStringLiteral("-dialog-report-render"));
        dialog.findChild<QTabWidget *>(QStringLiteral("reportTabs"))->setCurrentIndex(1);
        QApplication::processEvents();
        const QImage shot =
            test::saveScreenshot(dialog, lang + QStringLiteral("-dialog-report-render-preview"));
        EXPECT_GT(test::distinctColours(shot), 8);
    }
}
