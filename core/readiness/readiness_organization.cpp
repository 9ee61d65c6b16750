// Organization checks: the decision body, the succession order and the action cards.
#include "app/backend.h"
#include "readiness/readiness_internal.h"

#include <QSet>

namespace dd {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::Readiness)
};

QString nameOf(const Handbook &h, qint64 id)
{
    const Contact *c = h.contact(id);
    return c ? c->name : Text::tr("#%1 (unknown person)").arg(id);
}

// Active people among `ids`, by the handbook.
QList<const Contact *> activeMembers(const Handbook &h, const QList<qint64> &ids)
{
    QList<const Contact *> list;
    for (const qint64 id : ids)
        if (const Contact *c = h.contact(id); c && c->active)
            list.append(c);
    return list;
}

ReadinessCheck organizationComplete(const Handbook &h)
{
    ReadinessCheck check =
        makeCheck("organization.complete",
                  "建立应急处置组织体系，指挥决策机构由主要负责人牵头，成员包括相关部门负责人",
                  "应急准备·组织体系", ReadinessGroups::Organization,
                  QT_TRANSLATE_NOOP("dd::Readiness",
                                    "Decision body has a chair and every required department"),
                  "handbook", "organization");
    QStringList problems;
    bool chaired = false;
    QSet<QString> represented;
    int decisionPositions = 0;
    for (const OrgPosition &p : h.positions) {
        if (p.body != OrgBody::Decision)
            continue;
        ++decisionPositions;
        const QList<const Contact *> members = activeMembers(h, p.members);
        QStringList names;
        for (const Contact *c : members)
            names.append(c->name);
        check.evidence.append(
            Text::tr("Decision body: %1 (%2)%3: %4")
                .arg(p.title, departmentName(p.department),
                     p.chair ? Text::tr(", chair") : QString(),
                     names.isEmpty() ? Text::tr("nobody") : ReadinessInput::items(names)));
        if (members.isEmpty())
            continue;
        if (p.chair)
            chaired = true;
        represented.insert(p.department);
    }
    if (decisionPositions == 0)
        problems.append(Text::tr("no decision body"));
    else if (!chaired)
        problems.append(Text::tr("the decision body has no chair with a member"));
    QStringList missing;
    for (const QString &department : requiredDepartments())
        if (!represented.contains(department))
            missing.append(departmentName(department));
    if (!missing.isEmpty()) {
        problems.append(Text::tr("not represented: %1").arg(ReadinessInput::items(missing)));
        check.evidence.append(Text::tr("Required departments not represented in the decision "
                                       "body: %1")
                                  .arg(ReadinessInput::items(missing)));
    }
    int executive = 0;
    for (const OrgPosition &p : h.positions)
        if (p.body == OrgBody::Executive)
            executive += int(activeMembers(h, p.members).size());
    check.evidence.append(Text::tr("Executive body: %n member(s)", nullptr, executive));
    if (executive == 0)
        problems.append(Text::tr("the executive body has no members"));
    check.status = problems.isEmpty() ? CheckStatus::Ok : CheckStatus::Failing;
    check.summary = problems.isEmpty()
                        ? Text::tr("Chaired; all %1 required departments represented")
                              .arg(requiredDepartments().size())
                        : ReadinessInput::findings(problems);
    return check;
}

ReadinessCheck succession(const ReadinessInput &in, const Handbook &h, const QList<Leave> &leave)
{
    ReadinessCheck check = makeCheck(
        "organization.succession", "建立应急决策机制和决策递补顺序", "应急准备·决策递补",
        ReadinessGroups::Organization,
        QT_TRANSLATE_NOOP("dd::Readiness",
                          "Succession order has at least 2 reachable people, none on leave"),
        "handbook", "succession");
    const QDateTime from = ReadinessInput::dayStart(in.asOf);
    const QDateTime to = ReadinessInput::dayStart(in.asOf.addDays(1));
    QStringList problems;
    int available = 0;
    int rank = 0;
    for (const qint64 id : h.succession) {
        ++rank;
        const Contact *c = h.contact(id);
        QStringList issues;
        if (!c || !c->active)
            issues.append(Text::tr("no longer active"));
        else if (c->bestPhone().isEmpty())
            issues.append(Text::tr("no phone"));
        for (const Leave &l : leave)
            if (l.contactId == id && l.start < to && l.end > from)
                issues.append(Text::tr("on %1 leave %2 – %3")
                                  .arg(l.kind,
                                       l.start.toOffsetFromUtc(8 * 3600).toString(
                                           QStringLiteral("MM-dd HH:mm")),
                                       l.end.toOffsetFromUtc(8 * 3600).toString(
                                           QStringLiteral("MM-dd HH:mm"))));
        const QString name = nameOf(h, id);
        check.evidence.append(Text::tr("%1. %2: %3")
                                  .arg(rank)
                                  .arg(name, issues.isEmpty() ? (c ? c->bestPhone() : QString())
                                                              : ReadinessInput::items(issues)));
        if (issues.isEmpty())
            ++available;
        else
            problems.append(Text::tr("%1 %2").arg(name, ReadinessInput::items(issues)));
    }
    if (h.succession.size() < 2)
        problems.prepend(Text::tr("%n person(s) in the order, at least 2 needed", nullptr,
                                  int(h.succession.size())));
    check.status = problems.isEmpty() ? CheckStatus::Ok : CheckStatus::Failing;
    check.summary = problems.isEmpty()
                        ? Text::tr("%n people reachable, none on leave", nullptr, available)
                        : ReadinessInput::findings(problems);
    return check;
}

// An action card is current when the member is active and in the handbook (the cards print
// only handbook people), the positions they hold give at least one key task, and they have a
// phone to reach them. Cards are rendered from the handbook, so a printed card matches the
// data; the handbook check covers whether the data itself is verified.
ReadinessCheck actionCards(const Handbook &h)
{
    ReadinessCheck check = makeCheck(
        "organization.cards", "为应急处置组织体系成员制作应急工作卡片，明确关键任务和主要联系人",
        "应急准备·应急工作卡片", ReadinessGroups::Organization,
        QT_TRANSLATE_NOOP("dd::Readiness", "Every organization member has a current action card"),
        "cards", "members");
    QList<qint64> members;
    QHash<qint64, QStringList> tasks;
    for (const OrgPosition &p : h.positions)
        for (const qint64 id : p.members) {
            if (!members.contains(id))
                members.append(id);
            for (const QString &t : p.keyTasks)
                if (!t.trimmed().isEmpty())
                    tasks[id].append(t);
        }
    QStringList problems;
    for (const qint64 id : members) {
        const Contact *c = h.contact(id);
        QStringList issues;
        if (!c || !c->active)
            issues.append(Text::tr("no longer active"));
        else {
            bool inHandbook = false;
            for (const Contact &hc : h.contacts)
                inHandbook = inHandbook || hc.id == id;
            if (!inHandbook)
                issues.append(Text::tr("not in the handbook"));
            if (c->bestPhone().isEmpty())
                issues.append(Text::tr("no phone"));
        }
        if (tasks.value(id).isEmpty())
            issues.append(Text::tr("no key tasks"));
        const QString name = nameOf(h, id);
        if (issues.isEmpty())
            check.evidence.append(
                Text::tr("%1: %n key task(s), %2", nullptr, int(tasks.value(id).size()))
                    .arg(name, c->bestPhone()));
        else {
            check.evidence.append(
                Text::tr("%1: no current card (%2)").arg(name, ReadinessInput::items(issues)));
            problems.append(name);
        }
    }
    if (members.isEmpty()) {
        check.status = CheckStatus::Failing;
        check.summary = Text::tr("The emergency organization has no members");
        return check;
    }
    check.status = problems.isEmpty() ? CheckStatus::Ok : CheckStatus::Failing;
    check.summary =
        problems.isEmpty()
            ? Text::tr("%n member(s), all with key tasks and a phone", nullptr, int(members.size()))
            : Text::tr("No current card: %1").arg(ReadinessInput::items(problems));
    return check;
}

} // namespace

namespace ReadinessChecks {

Status organization(const ReadinessInput &in, QList<ReadinessCheck> &out)
{
    const auto handbook = in.backend.contacts().handbook();
    if (!handbook)
        return handbook.takeError();
    const QDateTime from = ReadinessInput::dayStart(in.asOf);
    const auto leave = in.backend.roster().leave(from, from.addDays(1));
    if (!leave)
        return leave.takeError();
    out.append(organizationComplete(*handbook));
    out.append(succession(in, *handbook, *leave));
    out.append(actionCards(*handbook));
    return {};
}

} // namespace ReadinessChecks

} // namespace dd
