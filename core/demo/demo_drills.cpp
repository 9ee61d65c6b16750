#include "demo/demo_drills.h"

#include "app/backend.h"
#include "demo/demo_contacts.h"
#include "drills/drill_repository.h"

#include <QTimeZone>

namespace dd {

namespace {

QDateTime at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
}

struct DemoSystem {
    const char *name;
    int target;
    int measured; // -1: not measured
};

struct DemoAction {
    const char *text;
    const char *owner;
    QDate due;
    ActionStatus status;
    const char *evidence;
};

struct DemoDrill {
    const char *title;
    DrillMethod method;
    QDateTime start;
    int hours;
    const char *purpose;
    const char *scenario;
    QList<const char *> people;
    QList<DemoSystem> systems;
    QStringList faultTypes;
    // Record (completed drills only)
    DrillOutcome outcome;
    const char *resultText;
    const char *problems;
    QList<std::pair<int, const char *>> timeline; // minutes after the start, text
    const char *finding;
    QList<DemoAction> actions;
    std::optional<bool> planUpdate;
    const char *planUpdateNote;
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

Status seedDemoDrills(Backend &backend, const Actor &actor)
{
    DrillRepository &repo = backend.drills();
    const auto person = [&](const char *name) { return demoContactId(backend, s(name)); };
    const QString preparation = s(
        "提前一周发布演练通知；备机与备用线路巡检；向交易所及托管银行报备演练窗口；准备演练记录表");
    const QString recording =
        s("专人记录每一步的开始和结束时间、操作人、系统状态；演练全程录屏；统计各系统恢复时间");
    const QString recovery =
        s("恢复后验证委托、成交、行情、转账全链路；核对数据一致性；由业务部门确认后方可结束演练");

    const QList<DemoDrill> drills{
        {"集中交易系统主备切换演练",
         DrillMethod::SwitchOver,
         at(2025, 3, 22, 9, 0),
         4,
         "检验集中交易系统主备数据库切换能力和恢复时间",
         "模拟主数据中心集中交易数据库服务器宕机，切换至同城备用数据库",
         {"张伟", "李娜", "王强", "杨帆", "林涛", "孙丽"},
         {{"集中交易系统", 30, 22}, {"行情系统", 15, 12}},
         {QStringLiteral("trading_outage")},
         DrillOutcome::Success,
         "切换在目标时间内完成，委托、成交验证正常",
         "",
         {{0, "王强宣布演练开始"},
          {5, "杨帆停止主数据库实例"},
          {12, "监控告警，李娜启动切换预案"},
          {27, "林涛完成备库提升，应用重连"},
          {45, "孙丽确认委托、成交验证正常"}},
         "切换检查单缺少行情回放校验步骤",
         {{"在切换检查单中增加行情回放校验", "李娜", QDate(2025, 5, 31), ActionStatus::Done,
           "检查单 V3.2 已发布"}},
         false,
         ""},
        {"交易所专线中断应急演练",
         DrillMethod::Functional,
         at(2025, 9, 20, 9, 30),
         3,
         "检验交易所专线中断时备用线路切换能力",
         "模拟电信至上交所专线中断，切换至联通备用专线",
         {"刘洋", "高翔", "李娜", "张伟"},
         {{"交易所专线", 10, 14}, {"集中交易系统", 30, 18}},
         {QStringLiteral("network")},
         DrillOutcome::Partial,
         "线路切换成功，但专线切换超出目标时间 4 分钟",
         "联通备用专线切换需运营商人工确认",
         {{0, "李娜宣布演练开始"},
          {3, "高翔断开电信专线"},
          {17, "联通专线切换完成"},
          {35, "张伟确认报盘恢复"}},
         "备用专线切换依赖运营商人工确认，超出目标恢复时间",
         {{"与联通签订自动切换补充协议", "刘洋", QDate(2025, 12, 31), ActionStatus::Open, ""},
          {"在网络监控中增加专线切换时长告警", "高翔", QDate(2025, 11, 30), ActionStatus::Done,
           "监控项已上线，截图见附件"}},
         false,
         ""},
        {"数据中心断电实战演练",
         DrillMethod::FullScale,
         at(2026, 4, 18, 8, 30),
         5,
         "检验主数据中心市电中断时 UPS、柴油发电机和空调的恢复能力",
         "模拟主数据中心市电中断，UPS 供电后切换柴油发电机",
         {"王强", "何军", "张伟", "黄磊", "罗斌", "梁宇", "宋佳"},
         {{"机房供电", 15, 9}, {"精密空调", 20, 26}, {"集中交易系统", 30, 0}},
         {QStringLiteral("facility")},
         DrillOutcome::Success,
         "发电机 9 分钟内带载，交易系统未中断",
         "精密空调重启耗时超出目标",
         {{0, "王强宣布演练开始"},
          {2, "何军断开市电"},
          {9, "柴油发电机带载"},
          {26, "精密空调全部恢复"},
          {60, "宋佳确认各系统运行正常"}},
         "精密空调在发电机切换后需人工逐台重启",
         {{"为精密空调加装来电自启动模块", "黄磊", QDate(2026, 12, 31), ActionStatus::InProgress,
           ""}},
         true,
         "补充 UPS 切换后精密空调恢复步骤"},
        {"勒索病毒攻击桌面推演",
         DrillMethod::Tabletop,
         at(2026, 12, 12, 14, 0),
         3,
         "检验勒索病毒攻击时的研判、隔离、报告和恢复流程",
         "模拟办公网终端感染勒索病毒并向交易网横向扩散",
         {"王强", "马超", "李娜", "陈静", "赵志远"},
         {{"办公网", 240, -1}},
         {QStringLiteral("cyber_attack"), QStringLiteral("data_leak")},
         DrillOutcome::None,
         "",
         "",
         {},
         "",
         {},
         std::nullopt,
         ""},
    };

    return backend.database().write([&]() -> Status {
        for (int i = 0; i < drills.size(); ++i) {
            const DemoDrill &d = drills.at(i);
            Drill plan;
            plan.title = s(d.title);
            plan.method = d.method;
            plan.purpose = s(d.purpose);
            plan.scenario = s(d.scenario);
            plan.plannedStart = d.start;
            plan.plannedEnd = d.start.addSecs(d.hours * 3600);
            for (const char *name : d.people)
                if (const qint64 id = person(name))
                    plan.participants << id;
            plan.preparation = preparation;
            plan.recordingRequirements = recording;
            plan.recoveryRequirements = recovery;
            for (const DemoSystem &sys : d.systems)
                plan.systems << DrillSystem{s(sys.name), sys.target, -1};
            plan.faultTypes = d.faultTypes;
            auto id = repo.savePlan(actor, plan);
            if (!id)
                return id.takeError();
            if (Status a = repo.approve(actor, *id, 1); !a)
                return a;
            if (d.outcome == DrillOutcome::None)
                continue; // the approved plan for H2 2026
            const QDateTime start = d.start.addSecs(5 * 60);
            if (Status st = repo.start(actor, *id, 2, start); !st)
                return st;
            auto record = repo.drill(*id);
            if (!record)
                return record.takeError();
            record->actualEnd = start.addSecs((d.hours - 1) * 3600 + 20 * 60);
            record->outcome = d.outcome;
            record->resultText = s(d.resultText);
            record->problems = s(d.problems);
            record->systems.clear();
            for (const DemoSystem &sys : d.systems)
                record->systems << DrillSystem{s(sys.name), sys.target, sys.measured};
            for (int p = 0; p < record->participants.size(); ++p)
                record->attendance << DrillAttendance{
                    record->participants.at(p), p != record->participants.size() - 1 || i != 1,
                    p == 0 ? s("指挥") : s("操作")};
            if (Status r = repo.saveRecord(actor, *record); !r)
                return r;
            QList<DrillTimelineEntry> entries;
            for (const auto &[minutes, text] : d.timeline)
                entries << DrillTimelineEntry{0, start.addSecs(minutes * 60), QString(), s(text),
                                              QStringLiteral("manual")};
            if (Status t = repo.recordTimeline(actor, *id, entries); !t)
                return t;
            auto finding = repo.saveFinding(actor, {0, *id, s(d.finding), {}, 0, {}, {}});
            if (!finding)
                return finding.takeError();
            for (const DemoAction &a : d.actions) {
                ImprovementAction action;
                action.findingId = *finding;
                action.text = s(a.text);
                action.ownerId = person(a.owner);
                action.due = a.due;
                action.status = a.status;
                action.evidence = s(a.evidence);
                if (auto saved = repo.saveAction(actor, action); !saved)
                    return saved.takeError();
            }
            if (Status c = repo.complete(actor, *id, record->version + 1, d.planUpdate,
                                         s(d.planUpdateNote));
                !c)
                return c;
        }

        Drill draft;
        draft.title = s("清算系统故障切换演练");
        draft.method = DrillMethod::SwitchOver;
        draft.purpose = s("检验日终清算系统故障时的切换与补跑能力");
        draft.plannedStart = at(2027, 4, 17, 9, 0);
        draft.plannedEnd = at(2027, 4, 17, 13, 0);
        draft.faultTypes = {QStringLiteral("settlement")};
        for (const char *name : {"吴刚", "杨帆", "李娜"})
            if (const qint64 id = person(name))
                draft.participants << id;
        if (auto id = repo.savePlan(actor, draft); !id)
            return id.takeError();

        // Training dates follow today, so the key posts stay trained within 12 months.
        const QDate today = backend.clock().now().toTimeZone(DrillRules::zone()).date();
        TrainingSession plan;
        plan.topic = TrainingTopic::EmergencyPlan;
        plan.title = s("2026 版信息系统应急预案宣贯培训");
        plan.date = today.addMonths(-9);
        plan.trainer = s("王强");
        plan.materials = s("信息系统应急预案（2026 版）.pdf；培训课件.pptx");
        for (const char *name :
             {"张伟", "李娜", "刘洋", "黄磊", "杨帆", "林涛", "马超", "高翔", "罗斌", "梁宇"})
            if (const qint64 id = person(name))
                plan.attendees << id;
        if (auto id = repo.saveTraining(actor, plan); !id)
            return id.takeError();
        TrainingSession rules;
        rules.topic = TrainingTopic::IndustryRules;
        rules.title = s("证券期货业网络和信息安全事件应急处置规定培训");
        rules.date = today.addMonths(-4);
        rules.trainer = s("安盾网络安全服务有限公司 讲师");
        rules.materials = s("行业应急规定解读.pdf");
        for (const char *name : {"王强", "宋佳", "李娜", "陈静", "赵志远", "孙丽", "吴刚"})
            if (const qint64 id = person(name))
                rules.attendees << id;
        if (auto id = repo.saveTraining(actor, rules); !id)
            return id.takeError();
        // Everyone else in a key post (organization and rotations) at the hands-on session.
        auto status = repo.trainingStatus(today);
        if (!status)
            return status.takeError();
        TrainingSession practice;
        practice.topic = TrainingTopic::EmergencyPlan;
        practice.title = s("关键岗位应急处置实操培训");
        practice.date = today.addMonths(-2);
        practice.trainer = s("李娜");
        practice.materials = s("应急操作手册；切换演示");
        for (const TrainingStatus &t : *status)
            if (!t.current)
                practice.attendees << t.contactId;
        if (!practice.attendees.isEmpty())
            if (auto id = repo.saveTraining(actor, practice); !id)
                return id.takeError();
        return {};
    });
}

} // namespace dd
