// dutyctl contacts import | export | list.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

class DutyctlContacts : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite3"));

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

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    QJsonArray contacts()
    {
        const CliRun r =
            run({QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()
            .value(QStringLiteral("contacts"))
            .toArray();
    }
};

} // namespace

TEST_F(DutyctlContacts, ImportPreviewsRefusesBadFilesAndWritesGoodOnes)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const qsizetype before = contacts().size();

    // An error anywhere: the preview names it, exit 1, nothing written.
    const QString bad = file(QStringLiteral("bad.csv"),
                             QStringLiteral("姓名,单位,手机\n甲乙,应急测试部,13800138000\n"
                                            "丙丁,应急测试部,1380013\n")
                                 .toUtf8());
    const CliRun refused = run({QStringLiteral("contacts"), QStringLiteral("import"), bad,
                                QStringLiteral("--create-units")});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.out.contains(QStringLiteral("bad.csv, row 3, column 手机 (C)")))
        << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("nothing was imported")))
        << refused.err.toStdString();
    EXPECT_EQ(contacts().size(), before);

    // GBK bytes, as Excel on Chinese Windows saves them.
    QStringEncoder gbk("GB18030");
    const QString good =
        file(QStringLiteral("good.csv"),
             gbk(QStringLiteral("姓名,单位,手机,备岗\n甲乙,应急测试部,13800138000,丙丁\n"
                                "丙丁,应急测试部,13800138001,甲乙\n")));
    const CliRun unknownUnit = run({QStringLiteral("contacts"), QStringLiteral("import"), good});
    EXPECT_EQ(unknownUnit.code, 1) << "the unit does not exist and --create-units is not given";
    const CliRun dry = run({QStringLiteral("contacts"), QStringLiteral("import"), good,
                            QStringLiteral("--dry-run"), QStringLiteral("--create-units")});
    EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("GB18030"))) << dry.out.toStdString();
    EXPECT_EQ(contacts().size(), before);

    const CliRun imported = run({QStringLiteral("--json"), QStringLiteral("contacts"),
                                 QStringLiteral("import"), good, QStringLiteral("--create-units")});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    EXPECT_TRUE(result.value(QStringLiteral("applied")).toBool());
    EXPECT_EQ(result.value(QStringLiteral("created")).toInt(), 2);
    EXPECT_EQ(contacts().size(), before + 2);

    const CliRun search = run({QStringLiteral("contacts"), QStringLiteral("list"),
                               QStringLiteral("--search"), QStringLiteral("甲乙")});
    EXPECT_EQ(search.code, 0);
    EXPECT_TRUE(search.out.contains(QStringLiteral("138 0013 8000"))) << search.out.toStdString();
    EXPECT_FALSE(search.out.contains(QStringLiteral("丙丁")));
}

TEST_F(DutyctlContacts, UnitKindTakesEveryKindOfUnit)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QString csv = file(QStringLiteral("fire.csv"),
                             QStringLiteral("姓名,单位,手机\n消防联络员,城东消防救援站,13800138009\n")
                                 .toUtf8());
    const CliRun fire = run({QStringLiteral("contacts"), QStringLiteral("import"), csv,
                             QStringLiteral("--create-units"), QStringLiteral("--unit-kind"),
                             QStringLiteral("fire"), QStringLiteral("--dry-run")});
    EXPECT_EQ(fire.code, 0) << fire.err.toStdString();
    EXPECT_TRUE(fire.out.contains(QStringLiteral("Fire service"))) << fire.out.toStdString();
    const CliRun bogus = run({QStringLiteral("contacts"), QStringLiteral("import"), csv,
                              QStringLiteral("--create-units"), QStringLiteral("--unit-kind"),
                              QStringLiteral("bogus")});
    EXPECT_EQ(bogus.code, 2);
    EXPECT_TRUE(bogus.err.contains(QStringLiteral("regulator"))) << bogus.err.toStdString();
}

TEST_F(DutyctlContacts, ExportThenImportChangesNothing)
{
    ASSERT_EQ(run({QStringLiteral("demo")}).code, 0);
    const QString seed = file(QStringLiteral("seed.csv"),
                              QByteArray("name,mobile,notes\nZhang Wei,13800138000,\"a, b\"\n"));
    ASSERT_EQ(run({QStringLiteral("contacts"), QStringLiteral("import"), seed}).code, 0);
    const qsizetype count = contacts().size();
    for (const QStringList &extra :
         {QStringList{QStringLiteral("x.csv")},
          QStringList{QStringLiteral("x-en.csv"), QStringLiteral("--english-headers")},
          QStringList{QStringLiteral("x3.vcf")},
          QStringList{QStringLiteral("x4.vcf"), QStringLiteral("--vcard-version"),
                      QStringLiteral("4")}}) {
        const QString path = dir.filePath(extra.first());
        const CliRun exported = run(
            QStringList{QStringLiteral("contacts"), QStringLiteral("export"), path} + extra.mid(1));
        ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
        const CliRun again = run(
            {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("import"), path});
        ASSERT_EQ(again.code, 0) << path.toStdString() << again.out.toStdString()
                                 << again.err.toStdString();
        const QJsonObject result = QJsonDocument::fromJson(again.out.toUtf8()).object();
        EXPECT_EQ(result.value(QStringLiteral("created")).toInt(), 0) << path.toStdString();
        EXPECT_EQ(result.value(QStringLiteral("updated")).toInt(), count);
        EXPECT_EQ(contacts().size(), count);
    }
    EXPECT_EQ(run({QStringLiteral("contacts"), QStringLiteral("export"),
                   dir.filePath(QStringLiteral("x.txt"))})
                  .code,
              2);
    EXPECT_EQ(run({QStringLiteral("contacts"), QStringLiteral("export"),
                   dir.filePath(QStringLiteral("x.vcf")), QStringLiteral("--vcard-version"),
                   QStringLiteral("2")})
                  .code,
              2);
    EXPECT_EQ(run({QStringLiteral("contacts"), QStringLiteral("--help")}).code, 0);
}
