#include "incidents/incident_repository.h"
#include "storage/attachment_files.h"
#include "temp_database.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace dd;

namespace {

struct Fixture {
    test::TempBackend backend;
    Actor admin = backend.admin();
    IncidentRepository incidents{backend->database(), backend->audit(), backend->clock()};

    qint64 declare(const QString &title = QStringLiteral("集中交易系统委托失败"),
                   bool warning = false)
    {
        NewIncident n;
        n.title = title;
        n.warning = warning;
        n.faultType = QStringLiteral("trading_outage");
        n.facts = {{QStringLiteral("institution_type"), QStringLiteral("securities")},
                   {QStringLiteral("system"), QStringLiteral("centralized_trading")}};
        auto id = incidents.declare(admin, n);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
};

} // namespace

TEST(Incidents, DeclareNumbersPerYearAndWritesTimelineAndAudit)
{
    Fixture f;
    const qint64 auditBefore = *f.backend->audit().count();
    const qint64 a = f.declare();
    const qint64 b = f.declare(QStringLiteral("行情系统延迟"));
    EXPECT_EQ(f.incidents.get(a)->number, QStringLiteral("2026-0001"));
    EXPECT_EQ(f.incidents.get(b)->number, QStringLiteral("2026-0002"));
    const Incident i = *f.incidents.get(a);
    EXPECT_EQ(i.state, IncidentState::Responding);
    EXPECT_EQ(i.detectedAt, f.backend.clock().now());
    EXPECT_EQ(i.startedAt, f.backend.clock().now()) << "started_at defaults to detection";
    const auto timeline = *f.incidents.timeline(a);
    ASSERT_EQ(timeline.size(), 1);
    EXPECT_EQ(timeline.first().kind, QStringLiteral("declared"));
    EXPECT_EQ(timeline.first().actor, QStringLiteral("admin"));
    EXPECT_EQ(*f.backend->audit().count(), auditBefore + 2);
    EXPECT_TRUE(f.backend->audit().verify()->intact);
}

TEST(Incidents, IllegalTransitionsAreRefusedWithTheStatesNamed)
{
    Fixture f;
    const qint64 id = f.declare();
    Status s = f.incidents.changeState(f.admin, id, IncidentState::Closed);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("Responding"))
                && s.error().contains(QStringLiteral("Closed")))
        << s.error().toStdString();
    EXPECT_FALSE(f.incidents.changeState(f.admin, id, IncidentState::WarningLifted).ok());
    EXPECT_TRUE(f.incidents.changeState(f.admin, id, IncidentState::Recovered).ok());
    EXPECT_TRUE(f.incidents.changeState(f.admin, id, IncidentState::Investigating).ok());
    EXPECT_TRUE(f.incidents.changeState(f.admin, id, IncidentState::Closed).ok());
    EXPECT_FALSE(f.incidents.changeState(f.admin, id, IncidentState::Responding).ok());
}

TEST(Incidents, WarningIsLiftedOrPromoted)
{
    Fixture f;
    const qint64 lifted = f.declare(QStringLiteral("磁盘使用率告警"), true);
    EXPECT_EQ(f.incidents.get(lifted)->state, IncidentState::Warning);
    EXPECT_TRUE(f.incidents.changeState(f.admin, lifted, IncidentState::WarningLifted).ok());
    EXPECT_FALSE(isOpen(f.incidents.get(lifted)->state));
    const qint64 promoted = f.declare(QStringLiteral("网络丢包"), true);
    EXPECT_TRUE(f.incidents.changeState(f.admin, promoted, IncidentState::Responding).ok());
}

TEST(Incidents, RecoveryStampsTimeAndRelapseClearsIt)
{
    Fixture f;
    const qint64 id = f.declare();
    f.backend.clock().advanceSecs(25 * 60);
    ASSERT_TRUE(f.incidents.changeState(f.admin, id, IncidentState::Recovered).ok());
    Incident i = *f.incidents.get(id);
    EXPECT_EQ(i.recoveredAt, f.backend.clock().now());
    EXPECT_TRUE(i.facts.contains(QStringLiteral("recovered_at")));
    ASSERT_TRUE(
        f.incidents.changeState(f.admin, id, IncidentState::Responding, QStringLiteral("再次中断"))
            .ok());
    i = *f.incidents.get(id);
    EXPECT_FALSE(i.recoveredAt.isValid());
    EXPECT_TRUE(f.incidents.timeline(id)->last().text.contains(QStringLiteral("再次中断")));
}

TEST(Incidents, TimelineEntriesAreNeverEditedButCorrected)
{
    Fixture f;
    const qint64 id = f.declare();
    auto note = f.incidents.addNote(f.admin, id, QStringLiteral("02:15 已通知信息技术负责人"));
    ASSERT_TRUE(note.ok());
    QSqlQuery q(f.backend->database().connection());
    EXPECT_FALSE(
        q.exec(QStringLiteral("UPDATE timeline_entries SET text = 'x' WHERE id = %1").arg(*note)));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM timeline_entries WHERE id = %1").arg(*note)));
    auto correction = f.incidents.addNote(f.admin, id, QStringLiteral("更正：02:16 通知"), *note);
    ASSERT_TRUE(correction.ok());
    const TimelineEntry last = f.incidents.timeline(id)->last();
    EXPECT_EQ(last.kind, QStringLiteral("correction"));
    EXPECT_EQ(last.correctsId, *note);
    EXPECT_FALSE(f.incidents.addNote(f.admin, id, QStringLiteral("x"), 9999).ok());
    EXPECT_FALSE(f.incidents.addNote(f.admin, id, QStringLiteral("  ")).ok());
}

TEST(Incidents, AttachmentIsCopiedAndItsHashAudited)
{
    Fixture f;
    const qint64 id = f.declare();
    const QString source = f.backend.dirPath(QStringLiteral("交易日志.txt"));
    QFile file(source);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("09:31:02 order gateway timeout\n");
    file.close();
    const QString folder = f.backend->attachmentFolder();
    auto entry = f.incidents.attachFile(f.admin, id, source, folder);
    ASSERT_TRUE(entry.ok()) << entry.error().toStdString();
    const auto files = *f.incidents.attachments(id);
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(files.first().fileName, QStringLiteral("交易日志.txt"));
    // Beside the SQLite file, or in the shared server's attachment_contents.
    auto local = AttachmentFiles::localFile(f.backend->database(), folder, files.first().storedAs);
    ASSERT_TRUE(local.ok()) << local.error().toStdString();
    QFile stored(*local);
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    EXPECT_EQ(stored.readAll(), QByteArray("09:31:02 order gateway timeout\n"));
    EXPECT_TRUE(f.backend->audit().latest(1)->first().after.contains(files.first().sha256));
    EXPECT_FALSE(
        f.incidents
            .attachFile(f.admin, id, f.backend.dirPath(QStringLiteral("missing.txt")), folder)
            .ok());
}

TEST(Incidents, ReportIsSubmittedOnceAndWaiverNeedsASecondPerson)
{
    Fixture f;
    const qint64 id = f.declare();
    const QString key = QStringLiteral("phone-initial#1");
    ASSERT_TRUE(f.incidents
                    .recordSubmission(f.admin, id, key, QStringLiteral("phone"),
                                      QStringLiteral("电话报告"),
                                      QStringLiteral("已电话报告证监局"))
                    .ok());
    EXPECT_FALSE(f.incidents
                     .recordSubmission(f.admin, id, key, QStringLiteral("phone"),
                                       QStringLiteral("电话报告"), QStringLiteral("again"))
                     .ok());
    EXPECT_EQ(f.incidents.submissions(id)->size(), 1);
    const Actor leader = Actor::operatorAccount(7, QStringLiteral("lina"), QStringLiteral("李娜"),
                                                {Role::DutyLeader});
    EXPECT_FALSE(f.incidents
                     .recordWaiver(f.admin, f.admin, id, QStringLiteral("summary#1"),
                                   QStringLiteral("总结报告"), QStringLiteral("演练"))
                     .ok());
    EXPECT_FALSE(f.incidents
                     .recordWaiver(f.admin, leader, id, QStringLiteral("summary#1"),
                                   QStringLiteral("总结报告"), QStringLiteral(" "))
                     .ok());
    ASSERT_TRUE(f.incidents
                    .recordWaiver(f.admin, leader, id, QStringLiteral("summary#1"),
                                  QStringLiteral("总结报告"), QStringLiteral("误报，无需报告"))
                    .ok());
    EXPECT_EQ(f.incidents.waivers(id)->first().confirmedBy, QStringLiteral("lina"));
    EXPECT_EQ(f.incidents.timeline(id)->last().kind, QStringLiteral("waiver"));
}

TEST(Incidents, ViewerCannotDeclareOrEdit)
{
    Fixture f;
    const qint64 id = f.declare();
    const Actor viewer =
        Actor::operatorAccount(9, QStringLiteral("v"), QStringLiteral("刘洋"), {Role::Viewer});
    NewIncident n;
    n.title = QStringLiteral("x");
    EXPECT_FALSE(f.incidents.declare(viewer, n).ok());
    EXPECT_FALSE(f.incidents.addNote(viewer, id, QStringLiteral("x")).ok());
    EXPECT_FALSE(f.incidents.changeState(viewer, id, IncidentState::Recovered).ok());
}

TEST(Incidents, FactsUpdateNamesWhatChangedAndRefusesBadTimes)
{
    Fixture f;
    const qint64 id = f.declare();
    Incident edited = *f.incidents.get(id);
    edited.facts.insert(QStringLiteral("affected_customers"), 1200);
    edited.cause = QStringLiteral("交易网关内存泄漏");
    edited.causeKnown = true;
    ASSERT_TRUE(f.incidents.updateFacts(f.admin, id, edited).ok());
    const TimelineEntry last = f.incidents.timeline(id)->last();
    EXPECT_EQ(last.kind, QStringLiteral("facts"));
    EXPECT_TRUE(last.text.contains(QStringLiteral("facts"))
                && last.text.contains(QStringLiteral("cause")));
    edited.facts.insert(QStringLiteral("recovered_at"),
                        QStringLiteral("2020-01-01T00:00:00+08:00"));
    EXPECT_FALSE(f.incidents.updateFacts(f.admin, id, edited).ok());
    edited.facts.insert(QStringLiteral("started_at"), QStringLiteral("yesterday"));
    Status bad = f.incidents.updateFacts(f.admin, id, edited);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().startsWith(QStringLiteral("started_at")));
}

TEST(Incidents, ListFiltersByStateGradeTimeAndText)
{
    Fixture f;
    const qint64 a = f.declare(QStringLiteral("集中交易系统中断"));
    f.backend.clock().advanceSecs(3600);
    const qint64 b = f.declare(QStringLiteral("行情延迟"), true);
    ASSERT_TRUE(f.incidents
                    .setGrade(f.admin, a, QStringLiteral("III"), QStringLiteral("csrc-2012@1"),
                              QStringLiteral("定级为较大"), {}, f.backend.clock().now())
                    .ok());
    EXPECT_EQ(f.incidents.list()->size(), 2);
    EXPECT_EQ(f.incidents.list()->first().id, b) << "newest first";
    IncidentFilter byState;
    byState.states = {IncidentState::Warning};
    EXPECT_EQ(f.incidents.list(byState)->size(), 1);
    IncidentFilter byGrade;
    byGrade.grades = {QStringLiteral("III")};
    EXPECT_EQ(f.incidents.list(byGrade)->first().id, a);
    IncidentFilter byText;
    byText.text = QStringLiteral("行情");
    EXPECT_EQ(f.incidents.list(byText)->first().id, b);
    IncidentFilter byTime;
    byTime.detectedFrom = f.backend.clock().now();
    EXPECT_EQ(f.incidents.list(byTime)->size(), 1);
}

TEST(Incidents, TextFilterIgnoresAsciiCaseAndTakesABackslashLiterally)
{
    Fixture f;
    const qint64 gateway = f.declare(QStringLiteral("Trading Gateway DOWN"));
    f.backend.clock().advanceSecs(60);
    const qint64 disk = f.declare(QStringLiteral("Disk D:\\data full"));
    IncidentFilter byText;
    byText.text = QStringLiteral("gateway down");
    auto found = f.incidents.list(byText);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().id, gateway);
    byText.text = QStringLiteral("d:\\DATA");
    found = f.incidents.list(byText);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().id, disk);
    byText.text = QStringLiteral("d:\\\\data");
    EXPECT_TRUE(f.incidents.list(byText)->isEmpty()) << "two backslashes are two backslashes";
}

TEST(Incidents, StateSurvivesARestart)
{
    Fixture f;
    const qint64 id = f.declare();
    ASSERT_TRUE(f.incidents.changeState(f.admin, id, IncidentState::Recovered).ok());
    const Incident before = *f.incidents.get(id);
    f.backend.reopen();
    IncidentRepository again(f.backend->database(), f.backend->audit(), f.backend.clock());
    const Incident after = *again.get(id);
    EXPECT_EQ(toJson(after), toJson(before));
    EXPECT_EQ(again.timeline(id)->size(), 2);
}
