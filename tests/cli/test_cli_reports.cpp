// dutyctl report list | check | render.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

class DutyctlReports : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        db = dir->filePath(QStringLiteral("cli.sqlite3"));
        const CliRun demo = run({QStringLiteral("demo")});
        ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete dir;
        dir = nullptr;
    }

    static CliRun run(const QStringList &args)
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

    static QString path(const QString &name) { return dir->filePath(name); }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QTemporaryDir *dir;
    static QString db;
};

QTemporaryDir *DutyctlReports::dir = nullptr;
QString DutyctlReports::db;

} // namespace

TEST_F(DutyctlReports, ListsTheBuiltIns)
{
    const CliRun r =
        run({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("list")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8())
                                .object()
                                .value(QStringLiteral("templates"))
                                .toArray();
    QStringList ids;
    for (const QJsonValue &row : rows) {
        ids << row[QStringLiteral("id")].toString();
        EXPECT_TRUE(row[QStringLiteral("built_in")].toBool());
    }
    for (const char *id : {"incident_initial", "incident_summary", "annual_drill_report",
                           "drill_plan", "handbook_change_notice", "incident_sms"})
        EXPECT_TRUE(ids.contains(QLatin1String(id))) << id;
}

TEST_F(DutyctlReports, RendersAnIncidentReportToEveryForm)
{
    for (const char *ext : {"pdf", "odt", "html", "txt"}) {
        const QString out = path(QStringLiteral("initial.") + QLatin1String(ext));
        const CliRun r =
            run({QStringLiteral("report"), QStringLiteral("render"), QStringLiteral("--template"),
                 QStringLiteral("incident_initial"), QStringLiteral("--incident"),
                 QStringLiteral("1"), QStringLiteral("--out"), out});
        ASSERT_EQ(r.code, 0) << ext << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("Wrote"))) << r.out.toStdString();
        EXPECT_GT(read(out).size(), 100) << ext;
    }
    const QString html = QString::fromUtf8(read(path(QStringLiteral("initial.html"))));
    EXPECT_FALSE(html.contains(QStringLiteral("{{")));
}

TEST_F(DutyctlReports, RendersTheYearAndTheHandbook)
{
    const CliRun year =
        run({QStringLiteral("report"), QStringLiteral("render"), QStringLiteral("--template"),
             QStringLiteral("annual_drill_report"), QStringLiteral("--year"),
             QStringLiteral("2025"), QStringLiteral("--out"), path(QStringLiteral("year.html"))});
    ASSERT_EQ(year.code, 0) << year.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(read(path(QStringLiteral("year.html"))))
                    .contains(QStringLiteral("2025")));
    const CliRun handbook =
        run({QStringLiteral("report"), QStringLiteral("render"), QStringLiteral("--template"),
             QStringLiteral("handbook_change_notice"), QStringLiteral("--handbook"),
             QStringLiteral("--out"), path(QStringLiteral("notice.txt"))});
    EXPECT_EQ(handbook.code, 0) << handbook.err.toStdString();
}

TEST_F(DutyctlReports, RefusesWhatDoesNotFit)
{
    // A year template for an incident.
    CliRun r =
        run({QStringLiteral("report"), QStringLiteral("render"), QStringLiteral("--template"),
             QStringLiteral("annual_drill_report"), QStringLiteral("--incident"),
             QStringLiteral("1"), QStringLiteral("--out"), path(QStringLiteral("x.pdf"))});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--year"))) << r.err.toStdString();
    // An extension nobody writes.
    r = run({QStringLiteral("report"), QStringLiteral("render"), QStringLiteral("--template"),
             QStringLiteral("incident_initial"), QStringLiteral("--incident"), QStringLiteral("1"),
             QStringLiteral("--out"), path(QStringLiteral("x.docx"))});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("x.docx"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.docx"))));
    // An unknown template.
    r = run({QStringLiteral("report"), QStringLiteral("render"), QStringLiteral("--template"),
             QStringLiteral("nope"), QStringLiteral("--incident"), QStringLiteral("1"),
             QStringLiteral("--out"), path(QStringLiteral("x.pdf"))});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nope"))) << r.err.toStdString();
}

TEST_F(DutyctlReports, ChecksATemplateFileNamingTheLine)
{
    const QString file = path(QStringLiteral("bad.mustache"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{{!\nid: my_report\ntitle_zh: 测试\ntitle_en: Test\nkind: internal\ncontext: "
            "incident\noutputs: pdf txt\nformat: markdown\nlanguage: zh_CN\nforms:\n"
            "fault_types:\n}}\n# {{incident.title}}\n\n{{incident.titel}}\n");
    f.close();
    const CliRun r = run({QStringLiteral("report"), QStringLiteral("check"), file});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("incident.titel"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line"))) << r.err.toStdString();
}
