#include "demo/demo_contacts.h"

#include "app/backend.h"
#include "contacts/contact_repository.h"

#include <QRandomGenerator>

namespace dd {

namespace {

struct DemoUnit {
    const char *name;
    UnitKind kind;
    const char *address;
    const char *phone;
};

const DemoUnit Units[] = {
    {"信息技术部", UnitKind::Internal, "北京市朝阳区景华路 18 号 12 层", "010-65550100"},
    {"经纪业务总部", UnitKind::Internal, "北京市朝阳区景华路 18 号 9 层", "010-65550200"},
    {"风险管理部", UnitKind::Internal, "北京市朝阳区景华路 18 号 10 层", "010-65550300"},
    {"清算结算部", UnitKind::Internal, "北京市朝阳区景华路 18 号 11 层", "010-65550400"},
    {"财务部", UnitKind::Internal, "北京市朝阳区景华路 18 号 8 层", "010-65550500"},
    {"客户服务中心", UnitKind::Internal, "北京市朝阳区景华路 18 号 3 层", "400-820-8820"},
    {"安全保卫部", UnitKind::Internal, "北京市朝阳区景华路 18 号 1 层", "010-65550700"},
    {"综合管理部", UnitKind::Internal, "北京市朝阳区景华路 18 号 7 层", "010-65550800"},
    {"中国电信北京分公司政企客户部", UnitKind::Carrier, "北京市西城区金融大街 31 号",
     "010-58501000"},
    {"中国联通北京分公司集团客户部", UnitKind::Carrier, "北京市西城区金融大街 21 号",
     "010-66258000"},
    {"朝阳区消防救援支队", UnitKind::Fire, "北京市朝阳区东三环中路 9 号", "010-85953119"},
    {"国网北京朝阳供电公司", UnitKind::Power, "北京市朝阳区工体北路 6 号", "010-63129999"},
    {"恒温机房空调维保有限公司", UnitKind::AirConditioning, "北京市海淀区西三环北路 72 号",
     "010-88886600"},
    {"华信恒通硬件服务有限公司", UnitKind::HardwareVendor, "北京市海淀区中关村大街 11 号",
     "400-810-6688"},
    {"恒信金融软件股份有限公司", UnitKind::SoftwareVendor, "杭州市滨江区江南大道 3588 号",
     "0571-28828888"},
    {"安盾网络安全服务有限公司", UnitKind::SecurityService, "北京市海淀区上地信息路 26 号",
     "010-62975566"},
    {"中国证监会北京监管局", UnitKind::Regulator, "北京市西城区金融大街 15 号", "010-88088000"},
    {"上海证券交易所", UnitKind::Exchange, "上海市浦东新区杨高南路 388 号", "021-50185888"},
    {"深圳证券交易所", UnitKind::Exchange, "深圳市福田区莲花街道深南大道 2012 号", "0755-88668888"},
};

struct DemoPerson {
    const char *name;
    int unit; // index into Units
    const char *position;
    const char *mobile;
    const char *office;
    const char *login; // the demo operator, or ""
};

// Fictional people; the first five sign in as the demo operators.
const DemoPerson People[] = {
    {"张伟", 0, "系统管理员", "13810010001", "010-65550101", "zhangwei"},
    {"李娜", 0, "运维经理（值班负责人）", "13810010002", "010-65550102", "lina"},
    {"王强", 0, "首席信息官（信息技术负责人）", "13810010003", "010-65550103", "wangqiang"},
    {"陈静", 2, "风险管理部总经理", "13810010004", "010-65550301", "chenjing"},
    {"刘洋", 0, "网络管理员", "13810010005", "010-65550105", "liuyang"},
    {"赵志远", 7, "总经理", "13810010010", "010-65550801", ""},
    {"孙丽", 1, "经纪业务总部总经理", "13810010011", "010-65550201", ""},
    {"吴刚", 3, "清算结算部总经理", "13810010012", "010-65550401", ""},
    {"郑洁", 4, "财务总监", "13810010013", "010-65550501", ""},
    {"冯涛", 5, "客户服务中心总经理", "13810010014", "010-65550601", ""},
    {"何军", 6, "安全保卫部经理", "13810010015", "010-65550701", ""},
    {"许芳", 7, "综合管理部总经理", "13810010016", "010-65550802", ""},
    {"黄磊", 0, "系统管理员", "13810010021", "010-65550106", ""},
    {"杨帆", 0, "数据库管理员", "13810010022", "010-65550107", ""},
    {"林涛", 0, "数据库管理员", "13810010023", "010-65550108", ""},
    {"马超", 0, "安全管理员", "13810010024", "010-65550109", ""},
    {"高翔", 0, "网络管理员", "13810010025", "010-65550110", ""},
    {"罗斌", 0, "运维工程师", "13810010026", "010-65550111", ""},
    {"梁宇", 0, "运维工程师", "13810010027", "010-65550112", ""},
    {"宋佳", 0, "信息技术部副总经理", "13810010028", "010-65550113", ""},
    {"唐静", 5, "客服主管", "13810010029", "010-65550602", ""},
    {"韩冰", 3, "清算主管", "13810010030", "010-65550402", ""},
    {"曹阳", 7, "行政主管（通报联络）", "13810010031", "010-65550803", ""},
    {"周明", 8, "政企客户经理", "13911020001", "010-58501021", ""},
    {"钱峰", 9, "集团客户经理", "13911020002", "010-66258021", ""},
    {"郭海", 10, "防火监督员", "13911020003", "010-85953120", ""},
    {"邓辉", 11, "客户经理", "13911020004", "010-63129900", ""},
    {"蒋华", 12, "售后工程师", "13911020005", "010-88886601", ""},
    {"彭程", 13, "驻场工程师", "13911020006", "010-82556601", ""},
    {"谢磊", 14, "交付经理", "13911020007", "0571-28828801", ""},
    {"秦岭", 15, "安全服务经理", "13911020008", "010-62975501", ""},
    {"沈冰", 16, "信息科技监管处", "13911020009", "010-88088101", ""},
    {"范文", 17, "会员服务部", "13911020010", "021-50185801", ""},
    {"叶青", 18, "会员服务部", "13911020011", "0755-88668801", ""},
};

struct DemoPosition {
    OrgBody body;
    const char *title;
    const char *department;
    bool chair;
    QList<const char *> members;
    QList<const char *> tasks;
};

QList<DemoPosition> positions()
{
    return {
        {OrgBody::Decision,
         "应急领导小组组长",
         "general",
         true,
         {"赵志远"},
         {"决定启动和终止应急预案", "批准对外发布信息和向监管机构报告", "统一指挥应急处置工作"}},
        {OrgBody::Decision,
         "应急领导小组副组长（技术）",
         "technology",
         false,
         {"王强"},
         {"组织技术处置，决定系统切换", "向证监局电话报告较大及以上事件", "在组长不在时代行决策"}},
        {OrgBody::Decision,
         "成员（业务）",
         "business",
         false,
         {"孙丽"},
         {"评估业务影响，组织营业部应对", "确定投资者告知口径"}},
        {OrgBody::Decision,
         "成员（风控）",
         "risk",
         false,
         {"陈静"},
         {"评估风险敞口与合规影响", "审核对外报告内容"}},
        {OrgBody::Decision,
         "成员（结算）",
         "settlement",
         false,
         {"吴刚"},
         {"评估清算交收影响", "联络登记结算机构与存管银行"}},
        {OrgBody::Decision,
         "成员（财务）",
         "finance",
         false,
         {"郑洁"},
         {"保障应急资金", "评估资金损失"}},
        {OrgBody::Decision,
         "成员（客服）",
         "customer_service",
         false,
         {"冯涛"},
         {"组织客服中心统一答复投资者", "收集投资者诉求"}},
        {OrgBody::Decision,
         "成员（安保）",
         "security",
         false,
         {"何军"},
         {"保障现场人员人身安全", "配合公安、消防"}},
        {OrgBody::Decision,
         "成员（综合）",
         "general",
         false,
         {"许芳"},
         {"后勤保障与对外联络", "会议记录与文件归档"}},
        {OrgBody::Executive,
         "现场处置组组长",
         "technology",
         false,
         {"李娜"},
         {"确认现场人员安全，组织故障定位与恢复", "每 30 分钟向领导小组报告进展",
          "记录处置过程和时间节点"}},
        {OrgBody::Executive,
         "系统恢复组",
         "technology",
         false,
         {"张伟", "黄磊", "杨帆", "林涛"},
         {"按处置流程切换备用系统", "恢复后核对交易、行情、清算数据", "保全日志与证据"}},
        {OrgBody::Executive,
         "网络与安全组",
         "technology",
         false,
         {"刘洋", "高翔", "马超"},
         {"切换备用链路，联系通信运营商", "处置网络攻击，联系安全服务商", "保全网络日志"}},
        {OrgBody::Executive,
         "通报联络组",
         "general",
         false,
         {"曹阳", "宋佳"},
         {"按时限向证监局和交易所报告", "通知相关单位", "维护联络手册"}},
        {OrgBody::Executive,
         "客户服务组",
         "customer_service",
         false,
         {"唐静"},
         {"按统一口径答复投资者", "发布投资者公告"}},
    };
}

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

qint64 demoContactId(Backend &backend, const QString &name)
{
    ContactQuery q;
    q.text = name;
    auto found = backend.contacts().contacts(q);
    if (!found)
        return 0;
    for (const Contact &c : *found)
        if (c.name == name)
            return c.id;
    return 0;
}

Result<qint64> seedDemoContacts(Backend &backend, DemoScale scale)
{
    auto admin = backend.operators().find(QStringLiteral("admin"));
    if (!admin)
        return admin.takeError();
    const Actor actor =
        Actor::operatorAccount(admin->id, admin->login, admin->displayName, admin->roles);
    ContactRepository &repo = backend.contacts();
    const QDate today = backend.clock().now().toOffsetFromUtc(8 * 3600).date();
    return backend.database().write([&]() -> Result<qint64> {
        qint64 rows = 0;
        QList<qint64> unitIds;
        int order = 0;
        for (const DemoUnit &u : Units) {
            Unit unit;
            unit.name = text(u.name);
            unit.kind = u.kind;
            unit.address = text(u.address);
            unit.phone = text(u.phone);
            unit.sortOrder = ++order;
            auto id = repo.saveUnit(actor, unit);
            if (!id)
                return id.takeError();
            unitIds << *id;
            ++rows;
        }
        QHash<QString, qint64> ids;
        int n = 0;
        for (const DemoPerson &p : People) {
            Contact c;
            c.name = text(p.name);
            c.unitId = unitIds.at(p.unit);
            c.position = text(p.position);
            c.mobile = text(p.mobile);
            c.officePhone = text(p.office);
            c.operatorLogin = text(p.login);
            c.email =
                p.unit < 8 ? QStringLiteral("staff%1@huajing-sec.example").arg(++n) : QString();
            // Most were checked last month; a few are overdue for verification.
            c.lastVerified = today.addDays(n % 7 == 3 ? -120 : -(n % 40) - 5);
            auto id = repo.saveContact(actor, c);
            if (!id)
                return id.takeError();
            ids.insert(c.name, *id);
            ++rows;
        }
        // Backups (备岗) for the people on the roster.
        const QList<std::pair<const char *, const char *>> backups = {
            {"张伟", "黄磊"}, {"黄磊", "张伟"},  {"李娜", "宋佳"}, {"王强", "宋佳"},
            {"刘洋", "高翔"}, {"高翔", "刘洋"},  {"杨帆", "林涛"}, {"林涛", "杨帆"},
            {"曹阳", "宋佳"}, {"赵志远", "王强"}};
        for (const auto &[who, backup] : backups) {
            auto c = repo.contact(ids.value(text(who)));
            if (!c)
                return c.takeError();
            Contact changed = *c;
            changed.backupId = ids.value(text(backup));
            if (text(who) == QStringLiteral("李娜") || text(who) == QStringLiteral("王强"))
                changed.dutyPhone = QStringLiteral("010-65550999");
            auto saved = repo.saveContact(actor, changed);
            if (!saved)
                return saved.takeError();
        }
        int sort = 0;
        for (const DemoPosition &p : positions()) {
            OrgPosition position;
            position.body = p.body;
            position.title = text(p.title);
            position.department = text(p.department);
            position.chair = p.chair;
            position.sortOrder = ++sort;
            for (const char *task : p.tasks)
                position.keyTasks << text(task);
            for (const char *member : p.members)
                position.members << ids.value(text(member));
            auto id = repo.savePosition(actor, position);
            if (!id)
                return id.takeError();
            ++rows;
        }
        Status s = repo.setSuccession(
            actor, {ids.value(QStringLiteral("赵志远")), ids.value(QStringLiteral("王强")),
                    ids.value(QStringLiteral("李娜")), ids.value(QStringLiteral("宋佳"))});
        if (!s)
            return s.takeError();
        NotificationContact primary;
        primary.slot = NotificationSlot::Primary;
        primary.contactId = ids.value(QStringLiteral("王强"));
        primary.dutyPhone = QStringLiteral("010-65550999");
        primary.fax = QStringLiteral("010-65550998");
        NotificationContact backup = primary;
        backup.slot = NotificationSlot::Backup;
        backup.contactId = ids.value(QStringLiteral("宋佳"));
        for (const NotificationContact &nc : {primary, backup})
            if (Status set = repo.setNotificationContact(actor, nc); !set)
                return set.takeError();
        NotificationCommunication sent;
        sent.communicated = today.addDays(-200);
        sent.recipient = QStringLiteral("中国证监会北京监管局");
        sent.unitId = unitIds.at(16);
        sent.method = QStringLiteral("公文");
        if (auto r = repo.recordCommunication(actor, sent); !r)
            return r.takeError();

        struct DemoAgreement {
            int unit;
            const char *title;
            const char *their;
            const char *scope;
            const char *method;
            const char *time;
            int reviewedDaysAgo;
        };
        const DemoAgreement agreements[] = {
            {8, "互联网专线与交易专线服务协议", "周明", "两条交易专线、互联网出口",
             "7×24 热线 + 客户经理", "30 分钟响应，4 小时恢复", 100},
            {9, "备用专线服务协议", "钱峰", "备用交易专线", "7×24 热线", "30 分钟响应", 200},
            {11, "双路供电保障协议", "邓辉", "机房双路市电", "电话", "1 小时到场", 300},
            {12, "机房精密空调维保合同", "蒋华", "6 台精密空调季度巡检与故障维修", "电话 + 到场",
             "2 小时到场", 80},
            {13, "服务器与存储维保合同", "彭程", "核心交易服务器、存储", "驻场 + 400 热线",
             "4 小时备件到场", 150},
            {14, "集中交易系统运维服务协议", "谢磊", "集中交易、网上交易系统", "远程 + 驻场",
             "15 分钟响应", 30},
            {15, "安全服务与应急响应协议", "秦岭", "渗透测试、DDoS 清洗、应急响应", "7×24 热线",
             "1 小时响应", 380},
        };
        for (const DemoAgreement &a : agreements) {
            Agreement agreement;
            agreement.title = text(a.title);
            agreement.unitId = unitIds.at(a.unit);
            agreement.ourContactId = ids.value(QStringLiteral("李娜"));
            agreement.theirContactId = ids.value(text(a.their));
            agreement.scope = text(a.scope);
            agreement.responseMethod = text(a.method);
            agreement.responseTime = text(a.time);
            agreement.validFrom = QDate(today.year() - 1, 1, 1);
            agreement.validTo = QDate(today.year() + 1, 12, 31);
            agreement.lastReview = today.addDays(-a.reviewedDaysAgo);
            agreement.lastReviewResult = QStringLiteral("履约正常");
            auto id = repo.saveAgreement(actor, agreement);
            if (!id)
                return id.takeError();
            ++rows;
        }

        if (scale == DemoScale::Large) {
            // Branch staff, for handbook benchmarks: a thousand people in all.
            const char *surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
            const char *given = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚";
            const QString s = QString::fromUtf8(surnames);
            const QString g = QString::fromUtf8(given);
            QRandomGenerator rng(20261125);
            for (int i = 0; rows < 1000; ++i) {
                Contact c;
                c.name = s.at(i % s.size()) + g.at((i / s.size()) % g.size())
                         + g.at((i * 7 + 3) % g.size());
                c.unitId = unitIds.at(i % 8);
                c.position = QStringLiteral("营业部员工 %1").arg(i + 1);
                c.mobile = QStringLiteral("139%1").arg(30000000 + i, 8, 10, QLatin1Char('0'));
                c.lastVerified = today.addDays(-rng.bounded(0, 150));
                auto id = repo.saveContact(actor, c);
                if (!id)
                    return id.takeError();
                ++rows;
            }
        }
        auto distributed = repo.recordDistribution(actor, QStringLiteral("年度修订版"));
        if (!distributed)
            return distributed.takeError();
        // Changed since the distribution: the carrier's account manager has a new mobile, so
        // "notify units" has a notice to produce.
        auto carrier = repo.contact(ids.value(QStringLiteral("周明")));
        if (!carrier)
            return carrier.takeError();
        Contact changed = *carrier;
        changed.mobile = QStringLiteral("13911020099");
        if (auto saved = repo.saveContact(actor, changed); !saved)
            return saved.takeError();
        return rows;
    });
}

} // namespace dd
