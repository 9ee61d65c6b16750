// dutyctl drills list | compliance | actions.
#include "app/backend.h"
#include "drills/drill_repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace dd {
namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
}

class DutyctlDrills : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite3"));

    void SetUp() override
    {
        FakeClock clock(QDateTime(QDate(2026, 1, 5), QTime(2, 10), Qt::UTC));
        auto backend = Backend::open(db, OpenMode::ReadWrite, clock);
        ASSERT_TRUE(backend.ok()) << backend.error().toStdString();
        InstitutionProfile profile;
        profile.name = QStringLiteral("测试证券");
        auto admin =
            (*backend)->operators().createFirstAdministrator(profile, {QStringLiteral("admin"),
                                                                       QStringLiteral("管理员"),
                                                                       QStringLiteral("1000"),
                                                                       {Role::Administrator}});
        ASSERT_TRUE(admin.ok()) << admin.error().toStdString();
        Contact c;
        c.name = QStringLiteral("张伟");
        auto zhang = (*backend)->contacts().saveContact(*admin, c);
        ASSERT_TRUE(zhang.ok());
        DrillRepository repo((*backend)->database(), (*backend)->audit(), clock);
        // Held at the last minute of June: H1. Approved for 1 July 00:00: H2, planned only.
        const auto plan = [&](const QString &title, const QDateTime &start) {
            Drill d;
            d.title = title;
            d.purpose = d.scenario = d.preparation = QStringLiteral("x");
            d.recordingRequirements = d.recoveryRequirements = QStringLiteral("x");
            d.plannedStart = start;
            d.plannedEnd = start.addSecs(3600);
            d.participants = {*zhang};
            d.method = DrillMethod::Tabletop;
            auto id = repo.savePlan(*admin, d);
            EXPECT_TRUE(id.ok());
            EXPECT_TRUE(repo.approve(*admin, *id, 1).ok());
            return *id;
        };
        const qint64 june = plan(QStringLiteral("六月演练"), local(2026, 6, 30, 23, 59));
        ASSERT_TRUE(repo.start(*admin, june, 2, local(2026, 6, 30, 23, 59)).ok());
        Drill r = *repo.drill(june);
        r.actualEnd = local(2026, 7, 1, 1, 0);
        r.outcome = DrillOutcome::Success;
        ASSERT_TRUE(repo.saveRecord(*admin, r).ok());
        ASSERT_TRUE(repo.complete(*admin, june, 4, false, {}).ok());
        plan(QStringLiteral("七月演练"), local(2026, 7, 1, 0, 0));
    }

    CliRun run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.remove(QStringLiteral("DUTYDESK_PIN"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(DUTYCTL), QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                     QStringLiteral("--db"), db}
                                             + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
};

TEST_F(DutyctlDrills, ComplianceJsonPerHalfYearAtTheJulyBoundary)
{
    const CliRun r =
        run({QStringLiteral("drills"), QStringLiteral("compliance"), QStringLiteral("--year"),
             QStringLiteral("2026"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("year")).toInt(), 2026);
    EXPECT_FALSE(o.value(QStringLiteral("compliant")).toBool());
    const QJsonArray halves = o.value(QStringLiteral("half_years")).toArray();
    ASSERT_EQ(halves.size(), 2);
    const QJsonObject h1 = halves.at(0).toObject();
    const QJsonObject h2 = halves.at(1).toObject();
    EXPECT_EQ(h1.value(QStringLiteral("half")).toString(), QStringLiteral("H1"));
    EXPECT_TRUE(h1.value(QStringLiteral("compliant")).toBool());
    ASSERT_EQ(h1.value(QStringLiteral("completed")).toArray().size(), 1);
    EXPECT_EQ(h1.value(QStringLiteral("completed"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("title"))
                  .toString(),
              QStringLiteral("六月演练"));
    EXPECT_FALSE(h2.value(QStringLiteral("compliant")).toBool());
    ASSERT_EQ(h2.value(QStringLiteral("planned")).toArray().size(), 1);
    EXPECT_EQ(h2.value(QStringLiteral("planned"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("title"))
                  .toString(),
              QStringLiteral("七月演练"));
}

TEST_F(DutyctlDrills, ComplianceTextNamesTheDrills)
{
    const CliRun r = run({QStringLiteral("drills"), QStringLiteral("compliance"),
                          QStringLiteral("--year"), QStringLiteral("2026")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026 H1 (January–June): compliant")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026 H2 (July–December): NOT compliant")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("completed: 六月演练 (2026-06-30 23:59)")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("planned: 七月演练 (2026-07-01 00:00")));
    const CliRun empty = run({QStringLiteral("drills"), QStringLiteral("compliance"),
                              QStringLiteral("--year"), QStringLiteral("2025")});
    ASSERT_EQ(empty.code, 0);
    EXPECT_TRUE(empty.out.contains(QStringLiteral("2025 H1 (January–June): NOT compliant")));
}

TEST_F(DutyctlDrills, ListAndUsageErrors)
{
    CliRun r = run({QStringLiteral("--json"), QStringLiteral("drills"), QStringLiteral("list"),
                    QStringLiteral("--year"), QStringLiteral("2026")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8())
                  .object()
                  .value(QStringLiteral("drills"))
                  .toArray()
                  .size(),
              2);
    r = run({QStringLiteral("drills"), QStringLiteral("compliance"), QStringLiteral("--year"),
             QStringLiteral("twenty")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("twenty")));
    r = run({QStringLiteral("drills"), QStringLiteral("report"), QStringLiteral("--year"),
             QStringLiteral("2026")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--out")));
    r = run({QStringLiteral("drills"), QStringLiteral("explode")});
    EXPECT_EQ(r.code, 2);
}

TEST_F(DutyctlDrills, ReportRendersTheAnnualDrillReport)
{
    const QString out = dir.filePath(QStringLiteral("annual.txt"));
    const CliRun r =
        run({QStringLiteral("drills"), QStringLiteral("report"), QStringLiteral("--year"),
             QStringLiteral("2026"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("六月演练"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("七月演练")));
    const CliRun bad = run({QStringLiteral("drills"), QStringLiteral("report"),
                            QStringLiteral("--year"), QStringLiteral("2026"),
                            QStringLiteral("--out"), dir.filePath(QStringLiteral("annual.doc"))});
    EXPECT_NE(bad.code, 0);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("annual.doc"))));
}

} // namespace
} // namespace dd
