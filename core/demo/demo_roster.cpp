#include "demo/demo_roster.h"

#include "app/backend.h"
#include "demo/demo_contacts.h"
#include "roster/roster_repository.h"

namespace dd {

namespace {

const QTimeZone Local(8 * 3600);

ShiftPattern daily(QTime handoff)
{
    ShiftPattern p;
    p.kind = ShiftPattern::Kind::Daily;
    p.handoff = handoff;
    return p;
}

ShiftPattern weekly(int weekday, QTime handoff)
{
    ShiftPattern p;
    p.kind = ShiftPattern::Kind::Weekly;
    p.weekday = weekday;
    p.handoff = handoff;
    return p;
}

ShiftPattern twelveHours()
{
    ShiftPattern p;
    p.kind = ShiftPattern::Kind::Shifts;
    p.shifts = {{QTime(8, 30), 12 * 60}, {QTime(20, 30), 12 * 60}};
    return p;
}

QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Local).toUTC();
}

} // namespace

Result<qint64> seedDemoRoster(Backend &backend, DemoScale)
{
    auto admin = backend.operators().find(QStringLiteral("admin"));
    if (!admin)
        return admin.takeError();
    const Actor actor =
        Actor::operatorAccount(admin->id, admin->login, admin->displayName, admin->roles);
    auto lina = backend.operators().find(QStringLiteral("lina"));
    if (!lina)
        return lina.takeError();
    const Actor leader =
        Actor::operatorAccount(lina->id, lina->login, lina->displayName, lina->roles);
    RosterRepository &repo = backend.roster();
    auto roles = repo.roles();
    if (!roles)
        return roles.takeError();
    QHash<QString, qint64> role;
    for (const DutyRole &r : *roles)
        role.insert(r.key, r.id);
    QHash<QString, qint64> person;
    auto id = [&](const char *name) {
        const QString n = QString::fromUtf8(name);
        if (!person.contains(n))
            person.insert(n, demoContactId(backend, n));
        return person.value(n);
    };
    const QDate today = backend.clock().now().toOffsetFromUtc(8 * 3600).date();
    const QDate start(today.year(), 1, 1);

    struct Plan {
        const char *role;
        Slot slot;
        const char *name;
        ShiftPattern pattern;
        QList<const char *> members;
    };
    const QList<Plan> plans = {
        {"duty_leader",
         Slot::Primary,
         "值班负责人日轮值",
         daily(QTime(8, 30)),
         {"李娜", "宋佳", "罗斌"}},
        {"duty_leader", Slot::Backup, "值班负责人备岗", weekly(1, QTime(9, 0)), {"王强", "宋佳"}},
        {"it_lead",
         Slot::Primary,
         "信息技术负责人周轮值",
         weekly(1, QTime(9, 0)),
         {"王强", "宋佳"}},
        {"it_lead", Slot::Backup, "信息技术负责人备岗", weekly(1, QTime(9, 0)), {"宋佳", "王强"}},
        {"sysadmin",
         Slot::Primary,
         "系统值班（12 小时）",
         twelveHours(),
         {"张伟", "黄磊", "梁宇", "罗斌"}},
        {"sysadmin", Slot::Backup, "系统备岗", daily(QTime(8, 30)), {"黄磊", "张伟"}},
        {"netadmin", Slot::Primary, "网络值班", daily(QTime(8, 30)), {"刘洋", "高翔"}},
        {"dba", Slot::Primary, "数据库值班", daily(QTime(8, 30)), {"杨帆", "林涛"}},
        {"secadmin", Slot::Primary, "安全值班", weekly(1, QTime(9, 0)), {"马超"}},
        {"liaison", Slot::Primary, "通报联络", weekly(1, QTime(9, 0)), {"曹阳", "宋佳"}},
        {"liaison", Slot::Backup, "通报联络备岗", weekly(1, QTime(9, 0)), {"宋佳", "曹阳"}},
    };

    return backend.database().write([&]() -> Result<qint64> {
        qint64 rows = 0;
        for (const Plan &p : plans) {
            Rotation r;
            r.roleId = role.value(QString::fromLatin1(p.role));
            r.slot = p.slot;
            r.layer = 1;
            r.name = QString::fromUtf8(p.name);
            r.pattern = p.pattern;
            r.startDate = start;
            for (const char *m : p.members)
                r.members << id(m);
            auto saved = repo.saveRotation(actor, r);
            if (!saved)
                return saved.takeError();
            ++rows;
        }
        // A holiday layer: over the National Day week the IT lead watches every day himself.
        Rotation holiday;
        holiday.roleId = role.value(QStringLiteral("duty_leader"));
        holiday.layer = 2;
        holiday.name = QStringLiteral("国庆假期值班");
        holiday.pattern = daily(QTime(8, 30));
        holiday.startDate = QDate(today.year(), 10, 1);
        holiday.endDate = QDate(today.year(), 10, 8);
        holiday.members = {id("王强"), id("李娜")};
        if (auto saved = repo.saveRotation(actor, holiday); !saved)
            return saved.takeError();
        ++rows;

        // Leave: 高翔 is away the day after tomorrow, and nobody covers yet (a gap to fix).
        Leave away;
        away.contactId = id("高翔");
        away.start = at(today.addDays(2), 0);
        away.end = at(today.addDays(4), 0);
        away.kind = QStringLiteral("leave");
        away.note = QStringLiteral("年假");
        if (auto added = repo.addLeave(actor, away); !added)
            return added.takeError();
        // 张伟 is on a training course tomorrow; 梁宇 covers his shifts.
        Leave course;
        course.contactId = id("张伟");
        course.start = at(today.addDays(1), 8, 30);
        course.end = at(today.addDays(2), 8, 30);
        course.kind = QStringLiteral("training");
        course.note = QStringLiteral("等保测评培训");
        if (auto added = repo.addLeave(actor, course); !added)
            return added.takeError();
        RosterOverride cover;
        cover.roleId = role.value(QStringLiteral("sysadmin"));
        cover.slot = Slot::Primary;
        cover.contactId = id("梁宇");
        cover.replacesId = id("张伟");
        cover.start = course.start;
        cover.end = course.end;
        cover.reason = QStringLiteral("张伟参加培训");
        if (auto added = repo.addOverride(actor, cover); !added)
            return added.takeError();
        rows += 3;

        // An open swap request between the two network administrators.
        Swap swap;
        swap.roleId = role.value(QStringLiteral("netadmin"));
        swap.slot = Slot::Primary;
        swap.requesterId = id("刘洋");
        swap.counterpartId = id("高翔");
        swap.giveStart = at(today.addDays(5), 8, 30);
        swap.giveEnd = at(today.addDays(6), 8, 30);
        swap.note = QStringLiteral("家中有事，请求换班");
        // Requested by the duty leader on 刘洋's behalf (he does not sign in at the console).
        if (auto requested = repo.requestSwap(leader, swap); !requested)
            return requested.takeError();
        ++rows;

        // This morning's hand-over of the duty leader.
        Handover h;
        h.roleId = role.value(QStringLiteral("duty_leader"));
        h.at = at(today, 8, 30);
        h.outgoingId = id("罗斌");
        h.incomingId = id("李娜");
        h.openItems = QStringLiteral("机房 2 号空调告警待厂商复查；周五晚间变更窗口已审批");
        if (auto recorded = repo.recordHandover(actor, h); !recorded)
            return recorded.takeError();
        ++rows;
        return rows;
    });
}

} // namespace dd
