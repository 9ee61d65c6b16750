#include "demo/demo_plans.h"

#include "app/backend.h"
#include "inventory/inventory_register.h"
#include "plans/plan_register.h"

#include <QTimeZone>

namespace dd {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QMap<PlanSection, QString> sectionsV3()
{
    return {
        {PlanSection::Purpose,
         s("为规范公司信息技术安全事件的应急处置工作，提高应对信息系统故障和网络安全事件的能力，"
           "最大限度减少事件对证券交易和客户服务的影响，依据《证券期货业信息安全保障管理办法》、"
           "《证券期货业网络和信息安全管理办法》及《证券期货业信息技术应急处置规范》，结合公司实际"
           "制定本预案。")},
        {PlanSection::Scope,
         s("本预案适用于公司总部、各分支机构的集中交易系统、行情系统、网上交易、融资融券、"
           "清算结算、网络通信及机房基础设施等信息系统发生的信息技术安全事件的预警、处置、"
           "报告和调查处理。")},
        {PlanSection::Organization,
         s("公司设立信息技术应急处置领导小组，由总经理任组长，分管信息技术的副总经理任副组长，"
           "成员包括信息技术、经纪业务、风险管理、清算、财务、客户服务、安全保卫和综合部门负责人。"
           "领导小组下设应急处置工作组，由信息技术部负责人牵头，负责技术处置、信息报送和对外沟通。"
           "决策递补顺序：组长、副组长、信息技术部负责人。")},
        {PlanSection::Prevention,
         s("建立 7×24 小时值班制度；重要系统实行同城及异地灾备；定期开展系统巡检、容量评估和"
           "安全检查；保管网络拓扑图、设备配置参数、系统软件和应用程序备份及应急操作手册；"
           "储备必要的备品备件和应急物资；每年安排应急专项经费；每半年至少组织一次应急演练。")},
        {PlanSection::Warning,
         s("通过监控平台对交易、行情、网络和机房环境进行实时监测。发现异常时，值班人员应在 5 分钟"
           "内核实并采取预防措施，确认可能发生事件的，立即向值班负责人和信息技术负责人报告，并按"
           "规定向北京证监局报送预警信息；预警解除后按原报告路径报告解除情况。")},
        {PlanSection::Classification,
         s("依据《证券期货业信息安全事件报告与调查处理办法》，按事件影响范围、持续时间和造成的"
           "损失，将信息技术安全事件分为特别重大、重大、较大和一般四级；按事件性质分为交易系统"
           "故障、行情故障、网络故障、数据泄露、网络攻击、机房设施故障、清算故障和其他。")},
        {PlanSection::ReportingFlow,
         s("值班人员发现事件后立即报告值班负责人和信息技术负责人；较大及以上事件由信息技术负责人"
           "在规定时限内电话报告北京证监局，并在 2 小时内提交书面报告；处置期间持续报告进展，"
           "系统恢复后报告恢复情况，处置结束后 5 个工作日内提交总结报告。严禁迟报、漏报、谎报、"
           "瞒报。")},
        {PlanSection::Principles,
         s("坚持统一指挥、分级负责；谁主管谁负责、谁运营谁负责；快速响应、先恢复后分析；"
           "保障人员安全优先；如实告知投资者并做好解释引导；完整保存处置记录和证据。")},
        {PlanSection::Procedures,
         s("针对集中交易系统中断、行情中断、网络故障、数据泄露、网络攻击、机房供电或空调故障、"
           "清算故障等场景分别制定处置流程（见处置方案库），明确启动条件、切换步骤、验证方法、"
           "对外通知和恢复确认要求；每个处置流程的第一步为确认人员安全。")},
        {PlanSection::Investigation,
         s("事件处置结束后，由信息技术部牵头开展内部调查，查明原因、认定责任、制定整改措施并跟踪"
           "落实；原因暂不明确的，先报送初步报告，查明后报送补充报告；积极配合监管部门的调查，"
           "并对本预案的适用性进行评估和修订。")},
    };
}

struct DemoDocument {
    DocumentKind kind;
    const char *title;
    const char *location;
    const char *custodian;
    int checkedDaysAgo;
};

struct DemoSupply {
    SupplyCategory category;
    const char *name;
    int quantity;
    const char *unit;
    const char *location;
    int stocktakeDaysAgo;
    int expiresInDays; // 0: does not expire
};

struct DemoFlow {
    const char *faultType;
    const char *flow;
};

} // namespace

Status seedDemoPlans(Backend &backend, const Actor &actor)
{
    PlanRegister plans(backend.database(), backend.audit(), backend.clock());
    InventoryRegister inventory(backend.database(), backend.audit(), backend.clock());
    const QDate today = plans.today();
    const QString bureau = s("中国证监会北京监管局");
    auto regulator = plans.expectedRegulator();
    if (!regulator)
        return regulator.takeError();

    // Plan versions: v2.1 (superseded) and v3.0 (current, all ten contents).
    PlanVersion v21;
    v21.label = QStringLiteral("v2.1");
    v21.major = 2;
    v21.minor = 1;
    v21.approvedOn = today.addMonths(-38);
    v21.effectiveDate = v21.approvedOn.addDays(5);
    v21.approvedBy = s("总经理办公会");
    v21.changeSummary = s("更新应急联络人和机房地址。");
    v21.sections = sectionsV3();
    v21.majorChange = true;
    auto v21Id = plans.saveVersion(actor, v21);
    if (!v21Id)
        return v21Id.takeError();

    PlanVersion v3;
    v3.label = QStringLiteral("v3.0");
    v3.major = 3;
    v3.minor = 0;
    v3.approvedOn = today.addMonths(-11);
    v3.effectiveDate = v3.approvedOn.addDays(7);
    v3.approvedBy = s("总经理办公会");
    v3.changeSummary =
        s("按《证券期货业信息技术应急处置规范》重写，新增异地灾备切换和网络攻击处置方案。");
    v3.sections = sectionsV3();
    auto v3Id = plans.saveVersion(actor, v3);
    if (!v3Id)
        return v3Id.takeError();

    const QList<std::tuple<qint64, QDate, const char *>> filings = {
        {*v21Id, v21.approvedOn.addDays(12), "京证监备〔2023〕0417号"},
        {*v3Id, v3.approvedOn.addDays(14), "京证监备〔2025〕0152号"},
    };
    for (const auto &[planId, filedOn, receipt] : filings) {
        PlanFiling f;
        f.planVersionId = planId;
        f.regulator = *regulator;
        f.regulatorName = *regulator == RegulatorKind::Csrc ? s("中国证监会") : bureau;
        f.filedOn = filedOn;
        f.receiptNumber = s(receipt);
        f.filedBy = s("王强");
        auto saved = plans.saveFiling(actor, f);
        if (!saved)
            return saved.takeError();
    }

    // Reviews: one for each drill that asked for an update before the annual review, then
    // the annual review itself 8 months ago.
    const QDate annual = today.addMonths(-8);
    auto pending = plans.pendingDrillReviews();
    if (!pending)
        return pending.takeError();
    for (const PendingDrillReview &p : *pending) {
        const QDate ended = p.completedAt.toTimeZone(QTimeZone(8 * 3600)).date();
        const QDate on = ended.addDays(10);
        if (on >= annual)
            continue;
        PlanReview r;
        r.date = on;
        r.reviewer = s("王强、陈静");
        r.result = s("已根据演练发现修订处置方案：%1").arg(p.note);
        r.changeNeeded = true;
        r.drillId = p.drillId;
        r.planVersionId = *v3Id;
        auto saved = plans.saveReview(actor, r);
        if (!saved)
            return saved.takeError();
    }
    PlanReview yearly;
    yearly.date = annual;
    yearly.reviewer = s("信息技术应急处置领导小组");
    yearly.result = s("年度评审：预案内容完整，与现行组织架构和系统架构一致，暂无需修订。");
    yearly.changeNeeded = false;
    yearly.planVersionId = *v3Id;
    if (auto saved = plans.saveReview(actor, yearly); !saved)
        return saved.takeError();

    const DemoFlow flows[] = {
        {"trading_outage", "值班人员 → 值班负责人、信息技术负责人（5 分钟内）→ 应急处置领导小组；"
                           "较大及以上事件 30 分钟内电话报告北京证监局，2 小时内书面报告；"
                           "同步通知上交所、深交所；每小时报告进展，恢复后报告恢复情况。"},
        {"market_data", "值班人员 → 值班负责人 → 信息技术负责人；影响客户行情超过 15 分钟的，"
                        "报告北京证监局并通知交易所，发布投资者公告。"},
        {"network",
         "值班人员 → 网络管理员、值班负责人 → 信息技术负责人；影响交易的按交易系统故障流程报告。"},
        {"data_leak", "发现人 → 安全管理员、信息技术负责人 → 合规总监、应急处置领导小组；"
                      "立即报告北京证监局，并按规定告知受影响客户。"},
        {"cyber_attack",
         "安全管理员 → 信息技术负责人 → 应急处置领导小组；报告北京证监局和公安机关网安部门。"},
        {"facility", "机房值班人员 → 物业、供电/空调服务商、值班负责人 → 信息技术负责人；"
                     "可能影响交易的启动灾备切换并按交易系统故障流程报告。"},
        {"settlement",
         "清算值班人员 → 清算部负责人、信息技术负责人 → 中国结算；影响客户资金的报告北京证监局。"},
        {"other", "值班人员 → 值班负责人 → 信息技术负责人，按事件分级确定是否报告北京证监局。"},
    };
    for (const DemoFlow &f : flows)
        if (Status saved = plans.saveReportFlow(actor, QString::fromLatin1(f.faultType), s(f.flow));
            !saved)
            return saved;

    const DemoDocument documents[] = {
        {DocumentKind::NetworkTopology, "总部及灾备中心网络拓扑图（2025 版）",
         "信息技术部资料柜 A-01；运维共享盘 /docs/topology", "刘洋", 40},
        {DocumentKind::DeviceConfiguration, "核心交换机、防火墙、负载均衡配置备份",
         "配置管理库（每日自动备份）；离线光盘存放于保险柜", "赵磊", 25},
        {DocumentKind::SystemSoftware, "集中交易系统安装介质及应用程序备份", "灾备中心介质库 M-03",
         "孙敏", 60},
        {DocumentKind::SystemSoftware, "数据库软件安装包及补丁", "灾备中心介质库 M-04", "孙敏", 60},
        {DocumentKind::Manuals, "集中交易系统安装和使用手册", "信息技术部资料柜 A-02", "刘洋", 75},
        {DocumentKind::EmergencyManuals, "交易系统同城切换应急操作手册",
         "值班室应急资料箱；运维共享盘 /docs/emergency", "王强", 20},
    };
    for (const DemoDocument &d : documents) {
        TechnicalDocument doc;
        doc.kind = d.kind;
        doc.title = s(d.title);
        doc.location = s(d.location);
        doc.custodian = s(d.custodian);
        doc.lastChecked = today.addDays(-d.checkedDaysAgo);
        if (auto saved = inventory.saveDocument(actor, doc); !saved)
            return saved.takeError();
    }

    const DemoSupply supplies[] = {
        {SupplyCategory::SpareParts, "交易服务器内存条 32GB", 8, "条", "机房备件柜 B-02", 45, 0},
        {SupplyCategory::SpareParts, "核心交换机电源模块", 2, "个", "机房备件柜 B-01", 45, 0},
        {SupplyCategory::SpareParts, "服务器硬盘 1.2TB SAS", 6, "块", "机房备件柜 B-03", 240, 0},
        {SupplyCategory::Communication, "卫星电话", 1, "部", "值班室应急箱", 30, 0},
        {SupplyCategory::Communication, "对讲机", 6, "台", "值班室充电柜", 30, 0},
        {SupplyCategory::Fire, "七氟丙烷灭火器", 4, "具", "主机房入口", 30, 300},
        {SupplyCategory::Fire, "防毒面具", 10, "个", "主机房入口", 30, 21},
        {SupplyCategory::EmergencyLighting, "应急照明灯", 12, "盏", "机房及值班室", 30, 0},
        {SupplyCategory::Other, "应急药箱", 1, "个", "值班室", 30, 180},
    };
    for (const DemoSupply &d : supplies) {
        SupplyItem item;
        item.category = d.category;
        item.name = s(d.name);
        item.quantity = d.quantity;
        item.unit = s(d.unit);
        item.location = s(d.location);
        item.lastStocktake = today.addDays(-d.stocktakeDaysAgo);
        if (d.expiresInDays > 0)
            item.expiry = today.addDays(d.expiresInDays);
        if (auto saved = inventory.saveSupply(actor, item); !saved)
            return saved.takeError();
    }

    BudgetLine budget;
    budget.year = today.year();
    budget.amountCents = qint64(1200000) * 100;
    budget.approvedBy = s("总经理办公会");
    budget.approvedOn = QDate(today.year(), 1, 1) < today ? QDate(today.year(), 1, 1) : today;
    budget.note = s("含备品备件采购、应急演练和灾备中心演练费用。");
    if (auto saved = inventory.saveBudget(actor, budget); !saved)
        return saved.takeError();
    return {};
}

} // namespace dd
