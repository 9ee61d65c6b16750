// Findings, improvement actions (overdue), attachments.
#include "storage/attachment_files.h"
#include "test_drill_fixture.h"

#include <QCryptographicHash>
#include <QFile>

namespace dd::test {
namespace {

using DrillFindings = DrillFixture;

ImprovementAction action(qint64 finding, const QString &text, qint64 owner, const QDate &due,
                         ActionStatus status = ActionStatus::Open, const QString &evidence = {})
{
    ImprovementAction a;
    a.findingId = finding;
    a.text = text;
    a.ownerId = owner;
    a.due = due;
    a.status = status;
    a.evidence = evidence;
    return a;
}

TEST_F(DrillFindings, FindingsBelongToAHeldDrill)
{
    const qint64 draft = planned(QStringLiteral("草稿"), local(2026, 3, 15));
    EXPECT_FALSE(repo.saveFinding(admin, {0, draft, QStringLiteral("x"), {}, 0, {}, {}}).ok());
    const qint64 id = held(QStringLiteral("演练"), local(2026, 3, 15));
    EXPECT_FALSE(repo.saveFinding(admin, {0, id, QStringLiteral(" "), {}, 0, {}, {}}).ok());
    auto f = repo.saveFinding(admin, {0, id, QStringLiteral("切换脚本超时"), {}, 0, {}, {}});
    ASSERT_TRUE(f.ok()) << f.error().toStdString();
    auto all = repo.findings(id);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().text, QStringLiteral("切换脚本超时"));
    EXPECT_EQ(all->first().version, 1);

    DrillFinding edit = all->first();
    edit.text = QStringLiteral("切换脚本超时 5 分钟");
    ASSERT_TRUE(repo.saveFinding(admin, edit).ok());
    auto stale = repo.saveFinding(admin, edit); // still version 1
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.error().contains(QStringLiteral("admin")));
}

TEST_F(DrillFindings, OverdueActionsAreOpenOnesPastTheirDueDate)
{
    const qint64 id = held(QStringLiteral("演练"), local(2026, 3, 15));
    const qint64 finding = *repo.saveFinding(admin, {0, id, QStringLiteral("问题"), {}, 0, {}, {}});
    ImprovementAction late =
        action(finding, QStringLiteral("修复切换脚本"), zhang, QDate(2026, 4, 30));
    ImprovementAction soon =
        action(finding, QStringLiteral("更新应急预案"), li, QDate(2026, 6, 30));
    ImprovementAction done = action(finding, QStringLiteral("补充监控"), li, QDate(2026, 4, 1),
                                    ActionStatus::Done, QStringLiteral("监控项截图"));
    auto lateId = repo.saveAction(admin, late);
    ASSERT_TRUE(lateId.ok()) << lateId.error().toStdString();
    ASSERT_TRUE(repo.saveAction(admin, soon).ok());
    ASSERT_TRUE(repo.saveAction(admin, done).ok());

    auto overdue = repo.overdueActions(QDate(2026, 5, 1));
    ASSERT_TRUE(overdue.ok());
    ASSERT_EQ(overdue->size(), 1);
    EXPECT_EQ(overdue->first().action.text, QStringLiteral("修复切换脚本"));
    EXPECT_EQ(overdue->first().drillId, id);
    EXPECT_EQ(overdue->first().drillTitle, QStringLiteral("演练"));
    EXPECT_EQ(overdue->first().findingText, QStringLiteral("问题"));
    EXPECT_TRUE(repo.overdueActions(QDate(2026, 4, 30))->isEmpty()); // due today: not overdue
    EXPECT_EQ(repo.overdueActions(QDate(2026, 7, 1))->size(), 2);
    EXPECT_EQ(repo.actions(true)->size(), 2);
    EXPECT_EQ(repo.actions()->size(), 3);

    b.clock().set(local(2026, 5, 1));
    auto summary = repo.list();
    EXPECT_EQ(summary->first().openActions, 2);
    EXPECT_EQ(summary->first().overdueActions, 1);

    // Done needs evidence; done leaves the overdue list.
    const QList<ImprovementAction> all = repo.findings(id)->first().actions; // by due date
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).text, QStringLiteral("补充监控"));
    ImprovementAction a = all.at(1);
    ASSERT_EQ(a.id, *lateId);
    a.status = ActionStatus::Done;
    auto r = repo.saveAction(admin, a);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("evidence")));
    a.evidence = QStringLiteral("变更单 CR-2026-041");
    ASSERT_TRUE(repo.saveAction(admin, a).ok());
    EXPECT_TRUE(repo.overdueActions(QDate(2026, 5, 1))->isEmpty());
    a.text = QStringLiteral("stale");
    EXPECT_FALSE(repo.saveAction(admin, a).ok()); // version moved on
}

TEST_F(DrillFindings, ActionsNeedOwnerAndDueDate)
{
    const qint64 id = held(QStringLiteral("演练"), local(2026, 3, 15));
    const qint64 finding = *repo.saveFinding(admin, {0, id, QStringLiteral("问题"), {}, 0, {}, {}});
    EXPECT_FALSE(
        repo.saveAction(admin, action(finding, QStringLiteral("a"), 0, QDate(2026, 5, 1))).ok());
    EXPECT_FALSE(
        repo.saveAction(admin, action(finding, QStringLiteral("a"), 4242, QDate(2026, 5, 1))).ok());
    EXPECT_FALSE(repo.saveAction(admin, action(finding, QStringLiteral("a"), zhang, QDate())).ok());
    EXPECT_TRUE(repo.actions()->isEmpty());
}

TEST_F(DrillFindings, AttachmentsAreStoredByHash)
{
    const qint64 id = held(QStringLiteral("演练"), local(2026, 3, 15));
    const QString folder = b.dirPath(QStringLiteral("attachments"));
    const QString file = b.dirPath(QStringLiteral("演练记录.pdf"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 drill record");
    }
    auto a = repo.attachFile(admin, id, file, folder);
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    auto all = repo.attachments(id);
    ASSERT_EQ(all->size(), 1);
    const DrillAttachment &att = all->first();
    EXPECT_EQ(att.fileName, QStringLiteral("演练记录.pdf"));
    EXPECT_EQ(
        att.sha256,
        QString::fromLatin1(
            QCryptographicHash::hash("%PDF-1.4 drill record", QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(att.size, 21);
    // Beside an SQLite file, or in the shared server's attachment_contents: either way it
    // opens as a local file with the same bytes.
    auto local = AttachmentFiles::localFile(b->database(), folder, att.storedAs);
    ASSERT_TRUE(local.ok()) << local.error().toStdString();
    QFile stored(*local);
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    EXPECT_EQ(stored.readAll(), QByteArray("%PDF-1.4 drill record"));
    EXPECT_FALSE(repo.attachFile(admin, id, b.dirPath(QStringLiteral("missing.txt")), folder).ok());
}

} // namespace
} // namespace dd::test
