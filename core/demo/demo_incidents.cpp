#include "demo/demo_incidents.h"

#include "app/backend.h"

#include <QRandomGenerator>

namespace dd {

namespace {

struct Scenario {
    const char *title;
    const char *faultType;
    const char *system;
    int minMinutes;
    int maxMinutes;
    const char *cause;
};

// Fictional but typical: what breaks at a securities company.
const Scenario Scenarios[] = {
    {"集中交易系统委托报单失败", "trading_outage", "centralized_trading", 2, 40,
     "交易网关内存泄漏导致进程重启"},
    {"网上交易系统登录缓慢", "trading_outage", "online_trading", 3, 60, "认证服务数据库连接池耗尽"},
    {"行情系统行情延迟", "market_data", "market_data", 1, 20, "行情转发服务器网卡故障"},
    {"第三方存管银证转账失败", "trading_outage", "third_party_depository", 10, 90,
     "存管银行前置机证书过期"},
    {"融资融券系统无法报单", "trading_outage", "margin_trading", 5, 45, "风控参数同步失败"},
    {"清算批处理延误", "settlement", "clearing_settlement", 30, 240, "清算文件接收超时"},
    {"核心交换机端口故障", "network", "other", 5, 30, "核心交换机光模块老化"},
    {"互联网出口遭受 DDoS 攻击", "cyber_attack", "online_trading", 5, 50, "境外僵尸网络流量攻击"},
    {"机房精密空调故障", "facility", "other", 20, 120, "空调压缩机故障"},
};

const char *Notes[] = {
    "已通知值班负责人和信息技术负责人", "已切换至备用线路，正在观察", "厂商工程师已到场",
    "客服中心已按统一口径答复投资者",   "已发布投资者公告",
};

QString offset8(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

// One incident from detection to closing, with the clock walked through its day.
Status runIncident(Backend &b, FakeClock &clock, QRandomGenerator &rng, const Actor &officer,
                   const Actor &leader, const QDateTime &detected, bool close)
{
    const Scenario &s = Scenarios[rng.bounded(int(std::size(Scenarios)))];
    IncidentService &service = b.incidentService();
    IncidentRepository &repo = b.incidents();
    clock.set(detected);
    NewIncident n;
    n.title = QString::fromUtf8(s.title);
    n.faultType = QString::fromLatin1(s.faultType);
    n.affectedSystems = QString::fromUtf8(s.title).left(6);
    n.warning = rng.bounded(10) == 0;
    n.facts = {{QStringLiteral("system"), QString::fromLatin1(s.system)},
               {QStringLiteral("started_at"), offset8(detected.addSecs(-60 * rng.bounded(1, 6)))},
               {QStringLiteral("affected_customers"), rng.bounded(50, 20000)}};
    auto id = service.declare(officer, n);
    if (!id)
        return id.takeError();
    if (n.warning) {
        clock.set(detected.addSecs(60 * rng.bounded(5, 40)));
        if (rng.bounded(3) == 0)
            return service.changeState(officer, *id, IncidentState::Responding);
        if (!close)
            return {};
        if (Status st = service.changeState(officer, *id, IncidentState::WarningLifted,
                                            QStringLiteral("核实后未影响业务"));
            !st)
            return st;
        return {};
    }
    const int minutes = rng.bounded(s.minMinutes, s.maxMinutes + 1);
    for (int k = 0; k < 2; ++k) {
        clock.set(detected.addSecs(60 * (1 + k * std::max(1, minutes / 3))));
        if (auto note = repo.addNote(officer, *id,
                                     QString::fromUtf8(Notes[rng.bounded(int(std::size(Notes)))]));
            !note)
            return note.takeError();
    }
    if (Status st = service.checkStep(officer, *id, 0, true); !st)
        return st;
    if (!close)
        return {};
    clock.set(detected.addSecs(60 * minutes));
    if (Status st = service.changeState(officer, *id, IncidentState::Recovered); !st)
        return st;
    // Cause found (most of the time) and recorded the next day.
    clock.set(clock.now().addSecs(3600 * 20));
    Incident facts = *repo.get(*id);
    facts.cause = QString::fromUtf8(s.cause);
    facts.causeKnown = rng.bounded(8) != 0;
    facts.responsibility = QStringLiteral("运维部");
    facts.rectification = QStringLiteral("更换故障部件，完善监控告警阈值");
    if (Status st = service.updateFacts(officer, *id, facts); !st)
        return st;
    if (Status st = service.changeState(officer, *id, IncidentState::Investigating); !st)
        return st;
    // Reports in due order, mostly on time; a few late, as happens.
    for (int round = 0; round < 3; ++round) {
        auto rows = service.obligations(*repo.get(*id), clock.now().addDays(30));
        if (!rows)
            return rows.takeError();
        QList<ObligationRow> owed;
        for (const ObligationRow &r : *rows)
            if (!r.status.isMet() && r.instance.due)
                owed << r;
        if (owed.isEmpty())
            break;
        for (const ObligationRow &r : owed) {
            const bool late = rng.bounded(12) == 0;
            const QDateTime at =
                r.instance.due->addSecs(late ? 60 * rng.bounded(5, 90) : -60 * rng.bounded(1, 15));
            clock.set(std::max(clock.now(), at));
            const bool cause = facts.causeKnown;
            Status st = service.submitReport(
                officer, *id, r.instance.key(), QStringLiteral("已按要求报送：%1").arg(r.label),
                !cause && r.instance.form == ReportForm::Summary
                    ? std::optional<ReportForm>(ReportForm::Preliminary)
                    : std::nullopt);
            if (!st)
                return st;
        }
    }
    // Whatever stays owed (an obligation anchored on a later moment) is waived by the leader.
    auto rows = service.obligations(*repo.get(*id), clock.now());
    if (!rows)
        return rows.takeError();
    for (const ObligationRow &r : *rows)
        if (!r.status.isMet() && r.status.state != ObligationState::PendingAnchor)
            if (Status st = service.waive(officer, leader, *id, r.instance.key(),
                                          QStringLiteral("演示数据：已线下处理"));
                !st)
                return st;
    return service.changeState(officer, *id, IncidentState::Closed);
}

} // namespace

Result<qint64> seedDemoIncidents(Backend &backend, DemoScale scale)
{
    // A second connection whose clock walks through the past, so timelines and deadlines are
    // stamped when they happened. The audit log is written by it too (at those times).
    FakeClock clock(backend.clock().now());
    auto opened = Backend::open(backend.database().path(), OpenMode::ReadWrite, clock);
    if (!opened)
        return opened.takeError();
    Backend &b = **opened;
    auto officer = b.operators().find(QStringLiteral("zhangwei"));
    auto leader = b.operators().find(QStringLiteral("lina"));
    if (!officer || !leader)
        return fail(DemoGenerator::tr("The demo operators are missing."));
    const Actor zhang =
        Actor::operatorAccount(officer->id, officer->login, officer->displayName, officer->roles);
    const Actor li =
        Actor::operatorAccount(leader->id, leader->login, leader->displayName, leader->roles);

    QRandomGenerator rng(20261125);
    const QDateTime now = backend.clock().now();
    const int count = scale == DemoScale::Large ? 20000 : 36;
    const int days = scale == DemoScale::Large ? 5 * 365 + 30 : 360;
    QList<QDateTime> times;
    for (int i = 0; i < count; ++i) {
        // Mostly in trading hours on weekdays, some at night.
        QDate d = now.toOffsetFromUtc(8 * 3600).date().addDays(-rng.bounded(2, days));
        while (d.dayOfWeek() > 5)
            d = d.addDays(-1);
        const int minute =
            rng.bounded(3) == 0 ? rng.bounded(0, 24 * 60) : rng.bounded(9 * 60 + 15, 15 * 60);
        times << QDateTime(d, QTime(minute / 60, minute % 60), QTimeZone(8 * 3600)).toUTC();
    }
    std::sort(times.begin(), times.end());
    constexpr int Batch = 250; // one transaction per batch: a demo, not a user action
    for (int start = 0; start < count; start += Batch) {
        Status s = b.database().write([&]() -> Status {
            for (int i = start; i < std::min(count, start + Batch); ++i)
                if (Status st = runIncident(b, clock, rng, zhang, li, times.at(i), true); !st)
                    return st;
            return {};
        });
        if (!s)
            return s.takeError();
    }
    // Today: one incident being handled and one warning just raised.
    Status today = b.database().write([&]() -> Status {
        if (Status st = runIncident(b, clock, rng, zhang, li, now.addSecs(-25 * 60), false); !st)
            return st;
        clock.set(now.addSecs(-6 * 60));
        NewIncident warning;
        warning.title = QStringLiteral("交易主机 CPU 使用率持续超过 90%");
        warning.warning = true;
        warning.faultType = QStringLiteral("trading_outage");
        warning.facts = {{QStringLiteral("system"), QStringLiteral("centralized_trading")}};
        auto id = b.incidentService().declare(zhang, warning);
        if (!id)
            return id.takeError();
        return {};
    });
    if (!today)
        return today.takeError();
    return qint64(count + 2);
}

} // namespace dd
