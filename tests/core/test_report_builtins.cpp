// The built-in templates against the demo database, and golden output from a fixed context.
#include "demo/demo_generator.h"
#include "drills/drill_repository.h"
#include "reports/report_contexts.h"
#include "reports/report_engine.h"
#include "reports/template_library.h"
#include "temp_database.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>
#include <tuple>

using namespace dd;

namespace {

class BuiltIns : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_backend = new test::TempBackend;
        Backend &b = **s_backend;
        // The demo database, step by step: the drill step belongs to the drills feature and
        // is not needed here (the fixture plans its own drill below), so a failure there is
        // reported as a warning instead of stopping every test of the templates.
        for (const DemoGenerator::Step &step : DemoGenerator::steps()) {
            auto written = step.run(b, DemoScale::Small);
            if (written)
                continue;
            if (step.name.contains(QLatin1String("drill")))
                std::cerr << "warning: demo step " << step.name.toStdString()
                          << " failed: " << written.error().toStdString() << '\n';
            else
                FAIL() << step.name.toStdString() << ": " << written.error().toStdString();
        }
        // The demo has its own operators: sign in as one who may edit duty data.
        Actor admin = Actor::nobody();
        for (const DemoOperator &op : DemoGenerator::demoOperators()) {
            auto signedIn = b.operators().signIn(op.login, op.pin);
            if (signedIn && signedIn->can(Permission::EditDutyData)) {
                admin = *signedIn;
                break;
            }
        }
        // A drill with a plan (the demo may have none).
        auto contacts = b.contacts().contacts();
        ASSERT_TRUE(contacts);
        Drill plan;
        plan.title = QStringLiteral("集中交易系统主备切换演练 *重要*");
        plan.purpose = QStringLiteral("检验主备切换能力");
        plan.scenario = QStringLiteral("主数据中心数据库宕机\n切换到备用数据中心");
        plan.plannedStart = QDateTime(QDate(2026, 3, 14), QTime(1, 0), Qt::UTC);
        plan.plannedEnd = QDateTime(QDate(2026, 3, 14), QTime(4, 0), Qt::UTC);
        plan.method = DrillMethod::SwitchOver;
        plan.preparation = QStringLiteral("备机巡检");
        plan.recordingRequirements = QStringLiteral("记录每一步的时间");
        plan.recoveryRequirements = QStringLiteral("验证委托、成交");
        for (int i = 0; i < 3 && i < contacts->size(); ++i)
            plan.participants << contacts->at(i).id;
        plan.systems = {DrillSystem{QStringLiteral("集中交易系统"), 30, -1}};
        plan.faultTypes = {QStringLiteral("trading_outage")};
        DrillRepository drills(b.database(), b.audit(), b.clock());
        auto id = drills.savePlan(admin, plan);
        ASSERT_TRUE(id) << id.error().toStdString();
        s_drillId = *id;
    }
    static void TearDownTestSuite()
    {
        delete s_backend;
        s_backend = nullptr;
    }

    static QList<qint64> subjects(ContextKind kind)
    {
        switch (kind) {
        case ContextKind::Incident: {
            // A representative set: every state, fault type and grade the demo has at least
            // once (rendering every template against every demo incident takes long).
            QList<qint64> ids;
            QSet<QString> seen;
            for (const IncidentSummary &s : *(*s_backend)->incidents().list()) {
                const QStringList keys{QStringLiteral("s:") + incidentStateId(s.state),
                                       QStringLiteral("f:") + s.faultType,
                                       QStringLiteral("g:") + s.grade,
                                       QStringLiteral("d:%1").arg(s.drill)};
                bool fresh = false;
                for (const QString &k : keys)
                    fresh = fresh || !seen.contains(k);
                if (!fresh)
                    continue;
                for (const QString &k : keys)
                    seen.insert(k);
                ids << s.id;
            }
            return ids;
        }
        case ContextKind::Drill: return {s_drillId};
        case ContextKind::Year: return {2025, 2026};
        case ContextKind::Handbook: return {0};
        case ContextKind::Readiness: return {20260131};
        }
        return {};
    }

    static test::TempBackend *s_backend;
    static qint64 s_drillId;
};

test::TempBackend *BuiltIns::s_backend = nullptr;
qint64 BuiltIns::s_drillId = 0;

} // namespace

TEST_F(BuiltIns, EveryBuiltInChecksCleanAndRendersInEveryLanguage)
{
    Backend &b = **s_backend;
    TemplateLibrary library(b.database(), b.audit(), b.clock());
    auto all = library.all();
    ASSERT_TRUE(all) << all.error().toStdString();
    ASSERT_FALSE(subjects(ContextKind::Incident).isEmpty());
    const ReportAuthor author{QStringLiteral("王明"), QStringLiteral("+8613800138000")};
    int rendered = 0;
    // Contexts are built once per subject and language (building one reads a lot).
    QHash<QString, QVariantMap> contexts;
    for (const ReportTemplate &t : *all) {
        const QList<TemplateIssue> issues = ReportEngine::check(t);
        for (const TemplateIssue &i : issues)
            ADD_FAILURE() << t.id.toStdString() << ": " << i.message.toStdString();
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            for (qint64 subject : subjects(t.context)) {
                const QString key = QStringLiteral("%1/%2/%3")
                                        .arg(contextKindId(t.context))
                                        .arg(subject)
                                        .arg(language);
                if (!contexts.contains(key)) {
                    auto context = ReportContexts::build(b, t.context, subject, author, language);
                    ASSERT_TRUE(context)
                        << t.id.toStdString() << ": " << context.error().toStdString();
                    contexts.insert(key, *context);
                }
                auto r = ReportEngine::render(t, contexts.value(key));
                ASSERT_TRUE(r) << t.id.toStdString() << ": " << r.error().toStdString();
                EXPECT_FALSE(r->text.contains(QStringLiteral("{{"))) << t.id.toStdString();
                EXPECT_FALSE(r->text.contains(QStringLiteral("}}"))) << t.id.toStdString();
                EXPECT_GT(r->text.size(), 40) << t.id.toStdString();
                EXPECT_FALSE(r->institution.isEmpty());
                ++rendered;
                // DD_REPORT_DUMP_DIR=/tmp/x keeps the first rendering of each template and
                // language, to read them.
                if (const QString dir = qEnvironmentVariable("DD_REPORT_DUMP_DIR");
                    !dir.isEmpty()) {
                    QFile out(dir + u'/' + t.id + u'.' + language + QStringLiteral(".md"));
                    if (!out.exists() && out.open(QIODevice::WriteOnly))
                        out.write(r->text.toUtf8());
                }
            }
        }
    }
    EXPECT_GT(rendered, 60);
}

TEST_F(BuiltIns, TheRequiredTemplatesExist)
{
    Backend &b = **s_backend;
    TemplateLibrary library(b.database(), b.audit(), b.clock());
    struct Expected {
        const char *id;
        ReportKind kind;
        ContextKind context;
        const char *forms;
        const char *language;
    };
    const QList<Expected> expected{
        {"incident_phone", ReportKind::Internal, ContextKind::Incident, "phone", "zh_CN"},
        {"incident_initial", ReportKind::RegulatorReport, ContextKind::Incident, "written_initial",
         "zh_CN"},
        {"incident_progress", ReportKind::RegulatorReport, ContextKind::Incident, "progress",
         "zh_CN"},
        {"incident_recovery", ReportKind::RegulatorReport, ContextKind::Incident, "recovery",
         "zh_CN"},
        {"incident_summary", ReportKind::RegulatorReport, ContextKind::Incident, "summary",
         "zh_CN"},
        {"incident_preliminary", ReportKind::RegulatorReport, ContextKind::Incident, "preliminary",
         "zh_CN"},
        {"incident_supplementary", ReportKind::RegulatorReport, ContextKind::Incident,
         "supplementary", "zh_CN"},
        {"warning_report", ReportKind::RegulatorReport, ContextKind::Incident, "warning", "zh_CN"},
        {"warning_lifted", ReportKind::RegulatorReport, ContextKind::Incident, "warning_lifted",
         "zh_CN"},
        {"explanation_trading_outage", ReportKind::Notice, ContextKind::Incident, "", "zh_CN"},
        {"explanation_market_data", ReportKind::Notice, ContextKind::Incident, "", "zh_CN"},
        {"explanation_network", ReportKind::Notice, ContextKind::Incident, "", "zh_CN"},
        {"explanation_data_leak", ReportKind::Notice, ContextKind::Incident, "", "zh_CN"},
        {"explanation_cyber_attack", ReportKind::Notice, ContextKind::Incident, "", "zh_CN"},
        {"explanation_general", ReportKind::Notice, ContextKind::Incident, "", "zh_CN"},
        {"investor_notice_outage", ReportKind::InvestorNotice, ContextKind::Incident, "", "zh_CN"},
        {"investor_notice_recovered", ReportKind::InvestorNotice, ContextKind::Incident, "",
         "zh_CN"},
        {"investor_notice_data_leak", ReportKind::InvestorNotice, ContextKind::Incident, "",
         "zh_CN"},
        {"investor_notice_general", ReportKind::InvestorNotice, ContextKind::Incident, "", "zh_CN"},
        {"incident_sms", ReportKind::Internal, ContextKind::Incident, "", "zh_CN"},
        {"drill_plan", ReportKind::Drill, ContextKind::Drill, "", "zh_CN"},
        {"drill_summary", ReportKind::Drill, ContextKind::Drill, "", "zh_CN"},
        {"annual_drill_report", ReportKind::Drill, ContextKind::Year, "", "zh_CN"},
        {"handbook_change_notice", ReportKind::Handbook, ContextKind::Handbook, "", "zh_CN"},
        {"incident_initial_en", ReportKind::RegulatorReport, ContextKind::Incident,
         "written_initial", "en"},
        {"incident_summary_en", ReportKind::RegulatorReport, ContextKind::Incident, "summary",
         "en"},
        {"incident_sms_en", ReportKind::Internal, ContextKind::Incident, "", "en"},
        {"drill_plan_en", ReportKind::Drill, ContextKind::Drill, "", "en"},
        {"annual_drill_report_en", ReportKind::Drill, ContextKind::Year, "", "en"},
        {"handbook_change_notice_en", ReportKind::Handbook, ContextKind::Handbook, "", "en"},
        {"readiness_monthly", ReportKind::Internal, ContextKind::Readiness, "", "zh_CN"},
        {"readiness_monthly_en", ReportKind::Internal, ContextKind::Readiness, "", "en"},
    };
    for (const Expected &e : expected) {
        auto t = library.get(QString::fromLatin1(e.id));
        ASSERT_TRUE(t) << e.id;
        EXPECT_EQ(t->kind, e.kind) << e.id;
        EXPECT_EQ(t->context, e.context) << e.id;
        EXPECT_EQ(t->forms.join(u' '), QString::fromLatin1(e.forms)) << e.id;
        EXPECT_EQ(t->language, QString::fromLatin1(e.language)) << e.id;
        EXPECT_FALSE(t->titleZh.isEmpty()) << e.id;
        EXPECT_FALSE(t->titleEn.isEmpty()) << e.id;
    }
    EXPECT_EQ(library.get(QStringLiteral("incident_sms"))->outputs,
              QList<OutputForm>{OutputForm::Text});
}

TEST_F(BuiltIns, ContextsHoldOnlyDocumentedVariables)
{
    Backend &b = **s_backend;
    const ReportAuthor author{QStringLiteral("王明"), QString()};
    for (ContextKind kind : {ContextKind::Incident, ContextKind::Drill, ContextKind::Year,
                             ContextKind::Handbook, ContextKind::Readiness}) {
        QSet<QString> documented;
        for (const ContextVariable &v : ReportContexts::variables(kind)) {
            documented.insert(v.path);
            EXPECT_NE(v.description, nullptr) << v.path.toStdString();
        }
        auto context = ReportContexts::build(b, kind, subjects(kind).constFirst(), author,
                                             QStringLiteral("zh_CN"));
        ASSERT_TRUE(context) << context.error().toStdString();
        // Walk the map: every leaf (and every list) has a documented path.
        std::function<void(const QVariantMap &, const QString &)> walk =
            [&](const QVariantMap &map, const QString &prefix) {
                for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                    const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
                    if (it.value().typeId() == QMetaType::QVariantMap) {
                        walk(it.value().toMap(), path); // groups are documented by their fields
                        continue;
                    }
                    EXPECT_TRUE(documented.contains(path))
                        << contextKindId(kind).toStdString() << ": " << path.toStdString();
                    if (it.value().typeId() == QMetaType::QVariantList)
                        for (const QVariant &item : it.value().toList())
                            if (item.typeId() == QMetaType::QVariantMap)
                                walk(item.toMap(), path);
                }
            };
        walk(*context, QString());
    }
}

TEST_F(BuiltIns, IncidentContextFormatsForPeople)
{
    Backend &b = **s_backend;
    const qint64 id = subjects(ContextKind::Incident).constFirst();
    auto zh = ReportContexts::build(b, ContextKind::Incident, id, {QStringLiteral("王明"), {}},
                                    QStringLiteral("zh_CN"));
    auto en = ReportContexts::build(b, ContextKind::Incident, id, {QStringLiteral("王明"), {}},
                                    QStringLiteral("en"));
    ASSERT_TRUE(zh && en);
    const QVariantMap zi = zh->value(QStringLiteral("incident")).toMap();
    const QVariantMap ei = en->value(QStringLiteral("incident")).toMap();
    EXPECT_EQ(zi.value(QStringLiteral("number")), ei.value(QStringLiteral("number")));
    EXPECT_NE(zi.value(QStringLiteral("fault_type")), ei.value(QStringLiteral("fault_type")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"))
                    .match(zi.value(QStringLiteral("detected_at")).toString())
                    .hasMatch())
        << zi.value(QStringLiteral("detected_at")).toString().toStdString();
    const QVariantMap inst = zh->value(QStringLiteral("institution")).toMap();
    EXPECT_FALSE(inst.value(QStringLiteral("name")).toString().isEmpty());
    EXPECT_EQ(inst.value(QStringLiteral("regulator")).toString(),
              inst.value(QStringLiteral("core")).toBool() ? QStringLiteral("中国证监会")
                                                          : QStringLiteral("住所地证监局"));
    EXPECT_FALSE(zh->value(QStringLiteral("timeline")).toList().isEmpty());
    EXPECT_FALSE(zh->value(QStringLiteral("on_duty")).toList().isEmpty());
    EXPECT_EQ(zh->value(QStringLiteral("author")).toMap().value(QStringLiteral("name")),
              QStringLiteral("王明"));
}

// Golden output: two templates against a fixed context, so the files stay stable. Set
// DD_UPDATE_GOLDEN=1 to rewrite them after a deliberate change of a template.
namespace {

QVariantMap fixedIncidentContext(const QString &language)
{
    const bool zh = language == QLatin1String("zh_CN");
    QVariantMap incident{
        {QStringLiteral("number"), QStringLiteral("INC-2026-0007")},
        {QStringLiteral("title"), zh ? QStringLiteral("集中交易系统部分客户委托失败")
                                     : QStringLiteral("Orders of some customers rejected")},
        {QStringLiteral("state"), zh ? QStringLiteral("处置中") : QStringLiteral("Responding")},
        {QStringLiteral("warning"), false},
        {QStringLiteral("fault_type"),
         zh ? QStringLiteral("交易系统故障") : QStringLiteral("Trading system outage")},
        {QStringLiteral("fault_type_id"), QStringLiteral("trading_outage")},
        {QStringLiteral("systems"),
         zh ? QStringLiteral("集中交易系统") : QStringLiteral("Centralized trading")},
        {QStringLiteral("description"),
         zh ? QStringLiteral("09:40 起部分客户委托被拒绝，报错 *ORA-00060*。")
            : QStringLiteral("From 09:40 orders were rejected with *ORA-00060*.")},
        {QStringLiteral("detected_at"), QStringLiteral("2026-01-05 09:42")},
        {QStringLiteral("started_at"), QStringLiteral("2026-01-05 09:40")},
        {QStringLiteral("recovered_at"), QString()},
        {QStringLiteral("recovered"), false},
        {QStringLiteral("closed_at"), QString()},
        {QStringLiteral("duration"), zh ? QStringLiteral("30分钟") : QStringLiteral("30 min")},
        {QStringLiteral("trading_duration"),
         zh ? QStringLiteral("30分钟") : QStringLiteral("30 min")},
        {QStringLiteral("in_trading_hours"), true},
        {QStringLiteral("system_class"), QStringLiteral("4")},
        {QStringLiteral("affected_customers"), QStringLiteral("12,000")},
        {QStringLiteral("affected_share"), QStringLiteral("8%")},
        {QStringLiteral("leaked_records"), QString()},
        {QStringLiteral("economic_loss"), QString()},
        {QStringLiteral("market_scope"), QString()},
        {QStringLiteral("regulator_notified"), true},
        {QStringLiteral("cause"), zh ? QStringLiteral("数据库死锁") : QStringLiteral("Deadlock")},
        {QStringLiteral("cause_known"), false},
        {QStringLiteral("responsibility"), QString()},
        {QStringLiteral("rectification"), QString()},
        {QStringLiteral("grade"),
         zh ? QStringLiteral("较大（III级）") : QStringLiteral("Large (III)")},
        {QStringLiteral("grade_id"), QStringLiteral("III")},
        {QStringLiteral("graded"), true},
        {QStringLiteral("rule_set"), QStringLiteral("csrc2021@1")},
        {QStringLiteral("grade_reasons"),
         QVariantList{QVariantMap{
             {QStringLiteral("text"), zh ? QStringLiteral("交易时段中断 5 分钟以上")
                                         : QStringLiteral("Trading interrupted 5 min or more")},
             {QStringLiteral("grade"), QStringLiteral("III")},
             {QStringLiteral("source"), QStringLiteral("2021 measures, annex 1-2")},
             {QStringLiteral("evidence"), QStringLiteral("outage_minutes=30 (trading) >= 5")}}}},
        {QStringLiteral("next_threshold"), QStringLiteral("2026-01-05 10:40 → II")},
    };
    return QVariantMap{
        {QStringLiteral("institution"),
         QVariantMap{{QStringLiteral("name"), QStringLiteral("华信证券股份有限公司")},
                     {QStringLiteral("type"), QStringLiteral("securities")},
                     {QStringLiteral("type_name"),
                      zh ? QStringLiteral("证券公司") : QStringLiteral("Securities company")},
                     {QStringLiteral("regulator"), zh ? QStringLiteral("住所地证监局")
                                                      : QStringLiteral("the local CSRC bureau")},
                     {QStringLiteral("core"), false}}},
        {QStringLiteral("generated_at"), QStringLiteral("2026-01-05 10:10")},
        {QStringLiteral("date"),
         zh ? QStringLiteral("2026年1月5日") : QStringLiteral("5 January 2026")},
        {QStringLiteral("author"),
         QVariantMap{{QStringLiteral("name"), QStringLiteral("王明")},
                     {QStringLiteral("phone"), QStringLiteral("138 0013 8000")}}},
        {QStringLiteral("drill"), false},
        {QStringLiteral("language"), language},
        {QStringLiteral("incident"), incident},
        {QStringLiteral("timeline"),
         QVariantList{
             QVariantMap{{QStringLiteral("at"), QStringLiteral("2026-01-05 09:42")},
                         {QStringLiteral("actor"), QStringLiteral("王明")},
                         {QStringLiteral("kind"), QStringLiteral("declared")},
                         {QStringLiteral("text"), QStringLiteral("INC-2026-0007 [declared]")}}}},
        {QStringLiteral("measures"),
         QVariantList{
             QVariantMap{{QStringLiteral("at"), QStringLiteral("2026-01-05 09:50")},
                         {QStringLiteral("actor"), QStringLiteral("王明")},
                         {QStringLiteral("text"), zh ? QStringLiteral("重启交易网关")
                                                     : QStringLiteral("Gateway restarted")}}}},
        {QStringLiteral("obligations"), QVariantList{}},
        {QStringLiteral("submissions"), QVariantList{}},
        {QStringLiteral("on_duty"), QVariantList{}},
        {QStringLiteral("organization"),
         QVariantMap{{QStringLiteral("chair"), QVariantMap{}},
                     {QStringLiteral("decision"), QVariantList{}},
                     {QStringLiteral("notification"),
                      QVariantList{QVariantMap{
                          {QStringLiteral("name"), QStringLiteral("李娜")},
                          {QStringLiteral("position"), QStringLiteral("信息技术负责人")},
                          {QStringLiteral("phone"), QStringLiteral("021 6888 0000")},
                          {QStringLiteral("fax"), QStringLiteral("021 6888 0001")},
                          {QStringLiteral("primary"), true}}}}}},
    };
}

void compareGolden(const QString &fileName, const QString &actual)
{
    const QString path = QStringLiteral(DD_REPORT_GOLDEN_DIR) + u'/' + fileName;
    if (qEnvironmentVariableIsSet("DD_UPDATE_GOLDEN")) {
        QDir().mkpath(QStringLiteral(DD_REPORT_GOLDEN_DIR));
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        return;
    }
    QFile in(path);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << "missing golden file " << path.toStdString();
    EXPECT_EQ(QString::fromUtf8(in.readAll()).toStdString(), actual.toStdString())
        << "golden file " << path.toStdString();
}

} // namespace

TEST_F(BuiltIns, GoldenOutput)
{
    Backend &b = **s_backend;
    TemplateLibrary library(b.database(), b.audit(), b.clock());
    for (const auto &[id, language, file] :
         {std::tuple{"incident_initial", "zh_CN", "incident_initial.zh_CN.md"},
          std::tuple{"incident_initial_en", "en", "incident_initial_en.en.md"},
          std::tuple{"incident_sms", "zh_CN", "incident_sms.zh_CN.md"}}) {
        auto t = library.get(QString::fromLatin1(id));
        ASSERT_TRUE(t) << id;
        auto r = ReportEngine::render(*t, fixedIncidentContext(QString::fromLatin1(language)));
        ASSERT_TRUE(r) << id << ": " << r.error().toStdString();
        compareGolden(QString::fromLatin1(file), r->text);
    }
    // The SMS fits one or two text messages (70 to 140 characters without the escapes).
    for (const char *id : {"incident_sms", "incident_sms_en"}) {
        auto t = library.get(QString::fromLatin1(id));
        ASSERT_TRUE(t);
        auto r = ReportEngine::render(*t, fixedIncidentContext(t->language));
        ASSERT_TRUE(r);
        QString plain = r->text.trimmed();
        plain.remove(u'\\');
        EXPECT_GE(plain.size(), 70) << id << ": " << plain.toStdString();
        if (t->language == QLatin1String("zh_CN")) {
            EXPECT_LE(plain.size(), 140) << id << ": " << plain.toStdString();
        }
    }
}
