// DrillReportContext: the maps hold exactly the documented variables.
#include "drills/drill_report_context.h"
#include "test_drill_fixture.h"

#include <QSet>

namespace dd::test {
namespace {

// Every path in the map: a list contributes its own path and its items' keys below it.
void collect(const QVariantMap &map, const QString &prefix, QSet<QString> &paths, bool &typesOk)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QVariant &v = it.value();
        switch (v.typeId()) {
        case QMetaType::QString:
        case QMetaType::Bool: paths.insert(path); break;
        case QMetaType::QVariantMap: collect(v.toMap(), path, paths, typesOk); break;
        case QMetaType::QVariantList:
            paths.insert(path);
            for (const QVariant &item : v.toList()) {
                if (item.typeId() != QMetaType::QVariantMap) {
                    typesOk = false;
                    continue;
                }
                collect(item.toMap(), path, paths, typesOk);
            }
            break;
        default:
            typesOk = false;
            ADD_FAILURE() << path.toStdString() << " has type " << v.typeName();
        }
    }
}

QSet<QString> documented(const QList<ContextVariable> &vars)
{
    QSet<QString> paths;
    for (const ContextVariable &v : vars) {
        EXPECT_NE(v.description, nullptr) << v.path.toStdString();
        paths.insert(v.path);
    }
    return paths;
}

class DrillContext : public DrillFixture {
protected:
    qint64 drillId = 0;
    void SetUp() override
    {
        drillId = held(QStringLiteral("主备切换演练"), local(2026, 3, 14, 9, 5));
        ASSERT_TRUE(repo.recordTimeline(admin, drillId,
                                        {{0,
                                          local(2026, 3, 14, 9, 6),
                                          QStringLiteral("张伟"),
                                          QStringLiteral("宣布演练开始"),
                                          {}}})
                        .ok());
        auto f =
            repo.saveFinding(admin, {0, drillId, QStringLiteral("备机参数未同步"), {}, 0, {}, {}});
        ASSERT_TRUE(f.ok());
        ImprovementAction a;
        a.findingId = *f;
        a.text = QStringLiteral("建立参数同步检查");
        a.ownerId = li;
        a.due = QDate(2026, 1, 1);
        ASSERT_TRUE(repo.saveAction(admin, a).ok());
        const QString file = b.dirPath(QStringLiteral("log.txt"));
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("x");
        out.close();
        ASSERT_TRUE(repo.attachFile(admin, drillId, file, b.dirPath(QStringLiteral("att"))).ok());
        TrainingSession s;
        s.title = QStringLiteral("应急预案培训");
        s.date = QDate(2026, 3, 2);
        s.attendees = {zhang};
        ASSERT_TRUE(repo.saveTraining(admin, s).ok());
        OrgPosition chair;
        chair.body = OrgBody::Decision;
        chair.title = QStringLiteral("组长");
        chair.members = {zhang, li};
        ASSERT_TRUE(b->contacts().savePosition(admin, chair).ok());
        b.clock().set(local(2026, 5, 1));
    }
};

TEST_F(DrillContext, DrillMapHasExactlyTheDocumentedKeys)
{
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        auto m = DrillReportContext::drill(*b, drillId, language);
        ASSERT_TRUE(m.ok()) << m.error().toStdString();
        QSet<QString> paths;
        bool typesOk = true;
        collect(*m, {}, paths, typesOk);
        EXPECT_TRUE(typesOk);
        EXPECT_EQ(paths, documented(DrillReportContext::drillVariables()));
        const QVariantMap d = m->value(QStringLiteral("drill")).toMap();
        EXPECT_EQ(d.value(QStringLiteral("actual_start")).toString(),
                  QStringLiteral("2026-03-14 09:05"));
        EXPECT_EQ(d.value(QStringLiteral("method")).toString(),
                  language == QLatin1String("en") ? QStringLiteral("Switch-over drill")
                                                  : QStringLiteral("切换演练"));
        const QVariantMap action = d.value(QStringLiteral("findings"))
                                       .toList()
                                       .first()
                                       .toMap()
                                       .value(QStringLiteral("actions"))
                                       .toList()
                                       .first()
                                       .toMap();
        EXPECT_TRUE(action.value(QStringLiteral("overdue")).toBool());
        EXPECT_EQ(action.value(QStringLiteral("owner")).toString(), QStringLiteral("李娜"));
    }
    EXPECT_FALSE(DrillReportContext::drill(*b, 999, QStringLiteral("en")).ok());
}

TEST_F(DrillContext, YearMapHasExactlyTheDocumentedKeys)
{
    auto m = DrillReportContext::year(*b, 2026, QStringLiteral("zh_CN"));
    ASSERT_TRUE(m.ok()) << m.error().toStdString();
    QSet<QString> paths;
    bool typesOk = true;
    collect(*m, {}, paths, typesOk);
    EXPECT_TRUE(typesOk);
    EXPECT_EQ(paths, documented(DrillReportContext::yearVariables()));
    const QVariantMap d = m->value(QStringLiteral("drills")).toMap();
    EXPECT_EQ(d.value(QStringLiteral("count")).toString(), QStringLiteral("1"));
    EXPECT_EQ(d.value(QStringLiteral("actions_overdue")).toString(), QStringLiteral("1"));
    EXPECT_FALSE(d.value(QStringLiteral("compliant")).toBool());
    const QVariantList halves = d.value(QStringLiteral("halves")).toList();
    ASSERT_EQ(halves.size(), 2);
    EXPECT_TRUE(halves.at(0).toMap().value(QStringLiteral("compliant")).toBool());
    EXPECT_EQ(halves.at(0).toMap().value(QStringLiteral("name")).toString(),
              QStringLiteral("2026年上半年"));
    EXPECT_FALSE(halves.at(1).toMap().value(QStringLiteral("compliant")).toBool());
    EXPECT_EQ(d.value(QStringLiteral("key_people_count")).toString(), QStringLiteral("2"));
    EXPECT_EQ(d.value(QStringLiteral("trained_count")).toString(), QStringLiteral("1"));
    EXPECT_EQ(d.value(QStringLiteral("untrained")).toString(), QStringLiteral("李娜"));
}

TEST(DrillContextVariables, PathsAreUnderTheirPrefixAndUnique)
{
    QSet<QString> seen;
    for (const ContextVariable &v : DrillReportContext::drillVariables()) {
        EXPECT_TRUE(v.path.startsWith(QStringLiteral("drill."))) << v.path.toStdString();
        EXPECT_FALSE(seen.contains(v.path)) << v.path.toStdString();
        seen.insert(v.path);
    }
    for (const ContextVariable &v : DrillReportContext::yearVariables()) {
        EXPECT_TRUE(v.path.startsWith(QStringLiteral("drills."))) << v.path.toStdString();
        EXPECT_FALSE(seen.contains(v.path)) << v.path.toStdString();
        seen.insert(v.path);
    }
}

} // namespace
} // namespace dd::test
