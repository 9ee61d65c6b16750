#include "demo/demo_changes.h"

#include "app/backend.h"
#include "changes/change_register.h"
#include "config/config_registry.h"
#include "delivery/delivery_register.h"
#include "testing/test_register.h"

#include <QTimeZone>

namespace dd {

namespace {

struct DemoItem {
    const char *number;
    const char *kind;
    const char *name;
    int systemClass;
    const char *location;
};

const DemoItem Items[] = {
    {"SRV-0001", "server", "集中交易主机 A", 4, "主数据中心 A-03 机柜"},
    {"SRV-0002", "server", "行情主机 B", 3, "主数据中心 A-05 机柜"},
    {"STO-0001", "storage", "核心存储阵列", 4, "主数据中心 B-01 机柜"},
    {"NET-0001", "network_device", "核心交换机", 4, "主数据中心网络区"},
    {"SEC-0001", "security_device", "互联网边界防火墙", 4, "主数据中心 DMZ"},
    {"OS-0001", "operating_system", "麒麟服务器操作系统 V10（交易主机 A）", 4, "SRV-0001"},
    {"DB-0001", "database", "集中交易数据库", 4, "SRV-0001"},
    {"APP-0001", "application", "集中交易系统", 4, "主数据中心"},
    {"APP-0002", "application", "网上交易系统", 3, "主数据中心"},
    {"APP-0003", "application", "行情系统", 3, "SRV-0002"},
};

struct DemoRelation {
    const char *from;
    RelationKind kind;
    const char *to;
};

const DemoRelation Relations[] = {
    {"OS-0001", RelationKind::RunsOn, "SRV-0001"},
    {"DB-0001", RelationKind::RunsOn, "OS-0001"},
    {"DB-0001", RelationKind::DependsOn, "STO-0001"},
    {"APP-0001", RelationKind::DependsOn, "DB-0001"},
    {"APP-0001", RelationKind::DependsOn, "NET-0001"},
    {"APP-0002", RelationKind::DependsOn, "APP-0001"},
    {"APP-0002", RelationKind::DependsOn, "SEC-0001"},
    {"APP-0003", RelationKind::RunsOn, "SRV-0002"},
    {"APP-0003", RelationKind::DependsOn, "NET-0001"},
};

QDateTime localAt(const QDate &d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m), QTimeZone(8 * 3600)).toUTC();
}

Result<Actor> actorOf(Backend &b, const char *login)
{
    auto op = b.operators().find(QLatin1String(login));
    if (!op)
        return op.takeError();
    return Actor::operatorAccount(op->id, op->login, op->displayName, op->roles);
}

ChangeRequest request(const QString &title, const QString &goal, const QList<qint64> &items,
                      const QDateTime &start, int hours, qint64 implementer, qint64 reviewer)
{
    ChangeRequest r;
    r.title = title;
    r.goal = goal;
    r.itemIds = items;
    r.windowStart = start;
    r.windowEnd = start.addSecs(3600 * hours);
    r.implementerId = implementer;
    r.reviewerId = reviewer;
    r.people = QStringLiteral("厂商工程师 1 名现场支持");
    r.steps =
        QStringLiteral("1. 通知相关部门并确认备份完成\n2. 按实施方案逐步操作\n3. 验证业务功能\n"
                       "4. 更新配置记录");
    r.testPlan = QStringLiteral("仿真环境完成功能与回归测试，生产环境实施后进行业务验证");
    r.implementationPlan = QStringLiteral("实施人操作、复核人现场复核，每一步记录时间和结果");
    r.riskControls =
        QStringLiteral("实施前全量备份；非交易时段操作；保持与交易所、托管银行的沟通渠道");
    r.emergencyPlan = QStringLiteral("出现异常立即启动《集中交易系统应急预案》并通知值班负责人");
    r.rollbackPlan = QStringLiteral("按回退步骤恢复原版本与配置，恢复后验证");
    return r;
}

} // namespace

Result<qint64> seedDemoChanges(Backend &backend, DemoScale)
{
    // A second connection whose clock walks through the past, as the incidents step does.
    FakeClock clock(backend.clock().now());
    auto opened = Backend::open(backend.database().path(), OpenMode::ReadWrite, clock);
    if (!opened)
        return opened.takeError();
    Backend &b = **opened;
    const QDateTime now = clock.now();
    const QDate today = now.toTimeZone(QTimeZone(8 * 3600)).date();

    auto admin = actorOf(b, "admin");
    auto zhang = actorOf(b, "zhangwei");
    auto li = actorOf(b, "lina");
    auto wang = actorOf(b, "wangqiang");
    auto chen = actorOf(b, "chenjing");
    for (const Result<Actor> *a : {&admin, &zhang, &li, &wang, &chen})
        if (!*a)
            return a->takeError();

    ConfigRegistry config(b.database(), b.audit(), clock);
    ChangeRegister changes(b.database(), b.audit(), clock, b.calendar(), b.settings(), config);
    TestRegister tests(b.database(), b.audit(), clock, changes);
    DeliveryRegister deliveries(b.database(), b.audit(), clock);

    auto people = b.contacts().contacts();
    if (!people)
        return people.takeError();
    const qint64 owner = people->isEmpty() ? 0 : people->first().id;

    // Items and relations, added a year ago and confirmed at the last audit (5 months ago),
    // except the newest application which was never confirmed (a realistic audit finding).
    clock.set(now.addDays(-365));
    QHash<QString, qint64> ids;
    Status items = b.database().write([&]() -> Status {
        for (const DemoItem &d : Items) {
            ConfigItem i;
            i.number = QLatin1String(d.number);
            i.kind = QLatin1String(d.kind);
            i.name = QString::fromUtf8(d.name);
            i.systemClass = d.systemClass;
            i.location = QString::fromUtf8(d.location);
            i.ownerId = owner;
            auto id = config.add(*admin, i, 0, QStringLiteral("建立配置库"));
            if (!id)
                return id.takeError();
            ids.insert(i.number, *id);
        }
        for (const DemoRelation &r : Relations)
            if (auto rel = config.addRelation(*admin, ids.value(QLatin1String(r.from)),
                                              ids.value(QLatin1String(r.to)), r.kind);
                !rel)
                return rel.takeError();
        clock.set(now.addDays(-150));
        auto audit = config.startAudit(*admin, 180, QStringLiteral("年度配置审计"));
        if (!audit)
            return audit.takeError();
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            if (it.key() != QLatin1String("APP-0003"))
                if (Status s = config.confirmItem(*admin, it.value()); !s)
                    return s;
        auto findings = config.findings(*audit);
        if (!findings)
            return findings.takeError();
        for (const ConfigAuditFinding &f : *findings)
            if (!f.settled())
                if (Status s = config.recordCorrection(*admin, f.id,
                                                       QStringLiteral("现场核对一致，补记确认"));
                    !s)
                    return s;
        return config.closeAudit(*admin, *audit);
    });
    if (!items)
        return items.takeError();

    qint64 count = 0;
    const auto step = [&](const QDateTime &at, const std::function<Status()> &fn) -> Status {
        clock.set(at);
        return b.database().write([&]() -> Status { return fn(); });
    };

    // 1. Reviewed: the core switch firmware, three weeks ago on a Saturday night.
    const QDate switchDay = today.addDays(-21);
    Status s1 = step(localAt(switchDay.addDays(-5), 10), [&]() -> Status {
        auto id = changes.saveDraft(*zhang, request(QStringLiteral("核心交换机固件升级"),
                                                    QStringLiteral("修复厂商通告的转发缺陷"),
                                                    {ids.value(QStringLiteral("NET-0001"))},
                                                    localAt(switchDay, 20), 3, li->operatorId(),
                                                    chen->operatorId()));
        if (!id)
            return id.takeError();
        if (Status s = changes.submit(*zhang, *id); !s)
            return s;
        clock.set(clock.now().addSecs(3600 * 4));
        if (Status s = changes.approve(*wang, *id,
                                       {RiskLevel::Medium,
                                        RiskLevel::Low,
                                        QStringLiteral("周末夜间实施，影响可控"),
                                        {},
                                        {}});
            !s)
            return s;
        if (auto t = changes.recordTest(*li, *id, ChangeTest::Phase::Before,
                                        QStringLiteral("测试环境同型号交换机升级验证通过"), true);
            !t)
            return t.takeError();
        clock.set(localAt(switchDay, 20, 5));
        if (Status s = changes.start(*li, *id); !s)
            return s;
        ConfigItem sw = *config.item(ids.value(QStringLiteral("NET-0001")));
        sw.description = QStringLiteral("固件 9.3(12)");
        if (Status s = changes.updateItem(*li, *id, sw, QStringLiteral("固件升级")); !s)
            return s;
        clock.set(localAt(switchDay, 22, 10));
        if (auto t = changes.recordTest(*li, *id, ChangeTest::Phase::After,
                                        QStringLiteral("交易、行情链路切换验证正常"), true);
            !t)
            return t.takeError();
        if (Status s = changes.finish(*li, *id, false, QStringLiteral("按计划完成，用时 2 小时"));
            !s)
            return s;
        clock.set(localAt(switchDay.addDays(2), 10));
        return changes.review(
            *chen, *id, {true, QStringLiteral("无业务影响"), true, QStringLiteral("配置库已更新")});
    });
    if (!s1)
        return s1.takeError();
    ++count;

    // 2. Implemented, awaiting review: a database parameter change two evenings ago (it shows in
    //    the 72 hours before today's incident on the centralized trading system).
    const QDate dbDay = today.addDays(-2);
    Status s2 = step(localAt(dbDay.addDays(-3), 15), [&]() -> Status {
        auto id = changes.saveDraft(
            *zhang, request(QStringLiteral("集中交易数据库参数调整"),
                            QStringLiteral("提升开盘集合竞价时段的并发处理能力"),
                            {ids.value(QStringLiteral("DB-0001"))}, localAt(dbDay, 20), 2,
                            li->operatorId(), chen->operatorId()));
        if (!id)
            return id.takeError();
        if (Status s = changes.submit(*zhang, *id); !s)
            return s;
        if (Status s = changes.approve(*wang, *id,
                                       {RiskLevel::Medium,
                                        RiskLevel::Medium,
                                        QStringLiteral("需观察次日开盘表现"),
                                        {},
                                        {}});
            !s)
            return s;
        if (auto t = changes.recordTest(*li, *id, ChangeTest::Phase::Before,
                                        QStringLiteral("仿真环境压测通过"), true);
            !t)
            return t.takeError();
        clock.set(localAt(dbDay, 20, 2));
        if (Status s = changes.start(*li, *id); !s)
            return s;
        ConfigItem db = *config.item(ids.value(QStringLiteral("DB-0001")));
        db.description = QStringLiteral("processes=3000, sessions=4500");
        if (Status s = changes.updateItem(*li, *id, db, QStringLiteral("参数调整")); !s)
            return s;
        clock.set(localAt(dbDay, 21, 30));
        if (auto t = changes.recordTest(*li, *id, ChangeTest::Phase::After,
                                        QStringLiteral("重启后委托测试正常"), true);
            !t)
            return t.takeError();
        return changes.finish(*li, *id, false, QStringLiteral("已完成，待次日开盘观察"));
    });
    if (!s2)
        return s2.takeError();
    ++count;

    // 3. An emergency change inside trading hours, approved and marked.
    QDate urgentDay = b.calendar().previousTradingDay(today.addDays(-5));
    Status s3 = step(localAt(urgentDay, 10, 5), [&]() -> Status {
        ChangeRequest r =
            request(QStringLiteral("网上交易系统紧急补丁"), QStringLiteral("修复登录接口异常"),
                    {ids.value(QStringLiteral("APP-0002"))}, localAt(urgentDay, 10, 30), 1,
                    li->operatorId(), chen->operatorId());
        r.urgency = ChangeUrgency::Emergency;
        auto id = changes.saveDraft(*zhang, r);
        if (!id)
            return id.takeError();
        if (Status s = changes.submit(*zhang, *id); !s)
            return s;
        return changes.approve(*wang, *id,
                               {RiskLevel::High,
                                RiskLevel::High,
                                QStringLiteral("影响客户登录，同意交易时段紧急实施"),
                                {},
                                {}});
    });
    if (!s3)
        return s3.takeError();
    ++count;

    // 4. Approved for next Saturday; 5. awaiting approval; 6. a draft.
    QDate nextSaturday = today.addDays(1);
    while (nextSaturday.dayOfWeek() != 6)
        nextSaturday = nextSaturday.addDays(1);
    Status s4 = step(now.addSecs(-3 * 3600), [&]() -> Status {
        auto a = changes.saveDraft(*zhang, request(QStringLiteral("网上交易系统 V5.2 版本发布"),
                                                   QStringLiteral("上线新版委托界面"),
                                                   {ids.value(QStringLiteral("APP-0002"))},
                                                   localAt(nextSaturday, 9), 8, li->operatorId(),
                                                   chen->operatorId()));
        if (!a)
            return a.takeError();
        if (Status s = changes.submit(*zhang, *a); !s)
            return s;
        if (Status s = changes.approve(*wang, *a,
                                       {RiskLevel::Medium,
                                        RiskLevel::Medium,
                                        QStringLiteral("周末全天窗口，已安排仿真演练"),
                                        {},
                                        {}});
            !s)
            return s;
        auto b2 = changes.saveDraft(
            *zhang,
            request(QStringLiteral("行情系统扩容"), QStringLiteral("增加一台行情转发服务器"),
                    {ids.value(QStringLiteral("APP-0003")), ids.value(QStringLiteral("SRV-0002"))},
                    localAt(nextSaturday.addDays(1), 20), 3, li->operatorId(), chen->operatorId()));
        if (!b2)
            return b2.takeError();
        if (Status s = changes.submit(*zhang, *b2); !s)
            return s;
        ChangeRequest draft =
            request(QStringLiteral("防火墙策略优化"), QStringLiteral("清理过期访问策略"),
                    {ids.value(QStringLiteral("SEC-0001"))}, localAt(nextSaturday.addDays(7), 21),
                    2, li->operatorId(), chen->operatorId());
        draft.rollbackPlan.clear(); // still being written
        auto c = changes.saveDraft(*zhang, draft);
        if (!c)
            return c.takeError();
        return {};
    });
    if (!s4)
        return s4.takeError();
    count += 3;

    // Tests: a production capacity test last month (complete with backup, announcement,
    // restore), a simulation test next week.
    const QDate lastMonth = today.addDays(-30);
    QDate testDay = lastMonth;
    while (testDay.dayOfWeek() != 6)
        testDay = testDay.addDays(-1);
    Status s5 = step(localAt(testDay.addDays(-7), 10), [&]() -> Status {
        TestPlan p;
        p.title = QStringLiteral("集中交易系统生产环境容量测试");
        p.environment = TestEnvironment::Production;
        p.aspects = {TestAspect::Performance, TestAspect::Capacity, TestAspect::Stability};
        p.scope =
            QStringLiteral("模拟 3 倍历史峰值委托量持续 2 小时；委托响应 < 50 ms、无丢单为通过");
        p.itemIds = {ids.value(QStringLiteral("APP-0001")), ids.value(QStringLiteral("DB-0001"))};
        p.windowStart = localAt(testDay, 9);
        p.windowEnd = localAt(testDay, 17);
        p.backupRecord = QStringLiteral("测试前数据库全量备份（磁带 T-%1）")
                             .arg(testDay.toString(QStringLiteral("MMdd")));
        p.announcement = QStringLiteral("提前一周通过官网及营业部公告周末测试安排");
        p.operationsStaff = QStringLiteral("运维部 李娜、周杰");
        auto id = tests.save(*li, p);
        if (!id)
            return id.takeError();
        clock.set(localAt(testDay, 9));
        if (Status s = tests.start(*li, *id); !s)
            return s;
        clock.set(localAt(testDay, 17));
        TestPlan done = *tests.plan(*id);
        done.restoreRecord = QStringLiteral("恢复测试前备份");
        done.verification = QStringLiteral("核对客户资金与持仓一致，周一开盘前复核");
        if (auto saved = tests.save(*li, done); !saved)
            return saved.takeError();
        if (Status s = tests.complete(
                *li, *id, QStringLiteral("峰值 3 倍下平均响应 21 ms，无丢单，通过"), true);
            !s)
            return s;
        clock.set(now.addDays(-1));
        TestPlan sim;
        sim.title = QStringLiteral("网上交易系统 V5.2 仿真环境功能测试");
        sim.environment = TestEnvironment::Simulation;
        sim.aspects = {TestAspect::Function, TestAspect::Security};
        sim.scope = QStringLiteral("新版委托界面全部功能用例与安全扫描");
        sim.itemIds = {ids.value(QStringLiteral("APP-0002"))};
        sim.windowStart = localAt(today.addDays(2), 14);
        sim.windowEnd = localAt(today.addDays(2), 18);
        auto simId = tests.save(*li, sim);
        if (!simId)
            return simId.takeError();
        return {};
    });
    if (!s5)
        return s5.takeError();
    count += 2;

    // A delivery in progress: checklist partly received, one training.
    Status s6 = step(now.addDays(-10), [&]() -> Status {
        Delivery d;
        d.title = QStringLiteral("新一代行情系统交付");
        d.supplier = QStringLiteral("某金融软件有限公司");
        d.itemId = ids.value(QStringLiteral("APP-0003"));
        d.responsibilities =
            QStringLiteral("供应商：部署、培训、文档；运维部：验收、接管；信息技术部：协调");
        d.steps = QStringLiteral("1. 软硬件到货清点 2. 部署联调 3. 运维培训 4. 文档移交 5. 验收");
        d.plannedOn = today.addDays(14);
        for (DeliveryCategory c : allDeliveryCategories()) {
            ChecklistEntry e{c, ChecklistStatus::Pending, {}};
            if (c == DeliveryCategory::Software || c == DeliveryCategory::Hardware
                || c == DeliveryCategory::Agreements) {
                e.status = ChecklistStatus::Received;
                e.detail = QStringLiteral("已清点入库");
            } else if (c == DeliveryCategory::Tools) {
                e.status = ChecklistStatus::NotApplicable;
                e.detail = QStringLiteral("无专用工具");
            }
            d.checklist << e;
        }
        auto id = deliveries.save(*li, d);
        if (!id)
            return id.takeError();
        if (Status s = deliveries.start(*li, *id); !s)
            return s;
        clock.set(now.addDays(-3));
        if (auto t = deliveries.addTraining(*li, *id,
                                            {0, today.addDays(-3), QStringLiteral("供应商工程师"),
                                             QStringLiteral("运维部 李娜、周杰、吴敏"),
                                             QStringLiteral("日常运维与故障切换")});
            !t)
            return t.takeError();
        if (auto r =
                deliveries.addRecord(*li, *id, QStringLiteral("软硬件到货清点完成，与合同一致"));
            !r)
            return r.takeError();
        return {};
    });
    if (!s6)
        return s6.takeError();
    ++count;

    // Today's open incident affected the centralized trading system and its database.
    clock.set(now);
    auto open = b.incidents().list();
    if (!open)
        return open.takeError();
    for (const IncidentSummary &i : *open)
        if (i.state == IncidentState::Responding) {
            if (Status s = config.setIncidentItems(
                    *zhang, i.id,
                    {ids.value(QStringLiteral("APP-0001")), ids.value(QStringLiteral("DB-0001"))});
                !s)
                return s.takeError();
            break;
        }
    return qint64(std::size(Items)) + count;
}

} // namespace dd
