// DrillReportContext: the drill and year report contexts from the drill records.
#include "drills/drill_report_context.h"

#include "app/backend.h"
#include "drills/drill_repository.h"
#include "reports/report_format.h"

#include <QHash>

#include <array>

namespace dd {

namespace {

namespace F = ReportFormat;
using Name = ReportFormat::LocalizedName;
using ReportFormat::lookup;

constexpr std::array<Name, 4> Methods{{
    {"tabletop", "桌面推演", "Tabletop exercise"},
    {"functional", "功能演练", "Functional drill"},
    {"full_scale", "实战演练", "Full-scale drill"},
    {"switch_over", "切换演练", "Switch-over drill"},
}};

constexpr std::array<Name, 5> Statuses{{
    {"draft", "草案", "Draft"},
    {"approved", "已批准", "Approved"},
    {"in_progress", "进行中", "In progress"},
    {"completed", "已完成", "Completed"},
    {"cancelled", "已取消", "Cancelled"},
}};

constexpr std::array<Name, 4> Outcomes{{
    {"", "未记录", "Not recorded"},
    {"success", "成功", "Success"},
    {"partial", "部分成功", "Partly successful"},
    {"failed", "失败", "Failed"},
}};

constexpr std::array<Name, 4> ActionStatuses{{
    {"open", "待整改", "Open"},
    {"in_progress", "整改中", "In progress"},
    {"done", "已完成", "Done"},
    {"cancelled", "已取消", "Cancelled"},
}};

constexpr std::array<Name, 3> Topics{{
    {"emergency_plan", "应急预案", "Emergency plan"},
    {"industry_rules", "行业应急规定", "Industry emergency rules"},
    {"other", "其他", "Other"},
}};

QString methodName(const std::optional<DrillMethod> &m, const QString &language)
{
    return m ? lookup(Methods, drillMethodId(*m), language) : QString();
}

QString halfName(const HalfYear &h, const QString &language)
{
    if (F::chinese(language))
        return QStringLiteral("%1年%2").arg(h.year).arg(h.half == 1 ? QStringLiteral("上半年")
                                                                    : QStringLiteral("下半年"));
    return QStringLiteral("%1 H%2").arg(h.year).arg(h.half);
}

QString count(qint64 n)
{
    return F::number(n);
}

// Contact names by id (inactive people too: records keep their names).
struct People {
    QHash<qint64, Contact> byId;
    QString name(qint64 id) const
    {
        return byId.contains(id) ? byId.value(id).name : QStringLiteral("#%1").arg(id);
    }
};

Result<People> people(Backend &backend)
{
    auto all = backend.contacts().contacts({QString(), 0, false});
    if (!all)
        return all.takeError();
    People p;
    for (const Contact &c : *all)
        p.byId.insert(c.id, c);
    return p;
}

QVariantMap actionMap(const ImprovementAction &a, const QString &finding, const QString &drill,
                      const People &p, const QDate &today, const QString &language)
{
    return {{QStringLiteral("text"), a.text},
            {QStringLiteral("owner"), p.name(a.ownerId)},
            {QStringLiteral("due"), a.due.toString(Qt::ISODate)},
            {QStringLiteral("status"), lookup(ActionStatuses, actionStatusId(a.status), language)},
            {QStringLiteral("evidence"), a.evidence},
            {QStringLiteral("overdue"), a.overdue(today)},
            {QStringLiteral("finding"), finding},
            {QStringLiteral("drill"), drill}};
}

} // namespace

Result<QVariantMap> DrillReportContext::drill(Backend &backend, qint64 drillId,
                                              const QString &language)
{
    DrillRepository &repo = backend.drills();
    auto d = repo.drill(drillId);
    if (!d)
        return d.takeError();
    auto p = people(backend);
    if (!p)
        return p.takeError();
    auto findings = repo.findings(drillId);
    if (!findings)
        return findings.takeError();
    auto attachments = repo.attachments(drillId);
    if (!attachments)
        return attachments.takeError();
    const QDate today = backend.clock().now().toTimeZone(DrillRules::zone()).date();

    QVariantList participants, systems, attendance, timeline, findingList, files;
    for (qint64 id : d->participants)
        participants << QVariantMap{{QStringLiteral("name"), p->name(id)},
                                    {QStringLiteral("position"), p->byId.value(id).position}};
    for (const DrillSystem &s : d->systems)
        systems << QVariantMap{
            {QStringLiteral("system"), s.system},
            {QStringLiteral("target"), F::duration(s.targetMinutes, language)},
            {QStringLiteral("measured"),
             s.measured() ? F::duration(s.measuredMinutes, language) : QString()},
            {QStringLiteral("was_measured"), s.measured()},
            {QStringLiteral("met"), s.met()}};
    int present = 0;
    for (const DrillAttendance &a : d->attendance) {
        present += a.present ? 1 : 0;
        attendance << QVariantMap{{QStringLiteral("name"), p->name(a.contactId)},
                                  {QStringLiteral("present"), a.present},
                                  {QStringLiteral("role"), a.role}};
    }
    for (const DrillTimelineEntry &e : d->timeline)
        timeline << QVariantMap{{QStringLiteral("at"), F::time(e.at)},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("text"), e.text}};
    for (const DrillFinding &f : *findings) {
        QVariantList actions;
        for (const ImprovementAction &a : f.actions)
            actions << actionMap(a, f.text, d->title, *p, today, language);
        findingList << QVariantMap{{QStringLiteral("text"), f.text},
                                   {QStringLiteral("actions"), actions}};
    }
    for (const DrillAttachment &a : *attachments)
        files << QVariantMap{{QStringLiteral("file_name"), a.fileName},
                             {QStringLiteral("sha256"), a.sha256}};
    QStringList faultTypes;
    for (const QString &f : d->faultTypes)
        faultTypes << F::faultTypeName(f, language);
    const QString separator = F::chinese(language) ? QStringLiteral("、") : QStringLiteral(", ");
    QString duration;
    if (d->actualStart.isValid() && d->actualEnd.isValid())
        duration = F::duration(d->actualStart.secsTo(d->actualEnd) / 60, language);

    const QVariantMap m{
        {QStringLiteral("title"), d->title},
        {QStringLiteral("status"), lookup(Statuses, drillStatusId(d->status), language)},
        {QStringLiteral("method"), methodName(d->method, language)},
        {QStringLiteral("purpose"), d->purpose},
        {QStringLiteral("scenario"), d->scenario},
        {QStringLiteral("planned_start"), F::time(d->plannedStart)},
        {QStringLiteral("planned_end"), F::time(d->plannedEnd)},
        {QStringLiteral("preparation"), d->preparation},
        {QStringLiteral("recording_requirements"), d->recordingRequirements},
        {QStringLiteral("recovery_requirements"), d->recoveryRequirements},
        {QStringLiteral("fault_types"), faultTypes.join(separator)},
        {QStringLiteral("approved_at"), F::time(d->approvedAt)},
        {QStringLiteral("approved_by"), d->approvedBy},
        {QStringLiteral("participants"), participants},
        {QStringLiteral("systems"), systems},
        {QStringLiteral("actual_start"), F::time(d->actualStart)},
        {QStringLiteral("actual_end"), F::time(d->actualEnd)},
        {QStringLiteral("duration"), duration},
        {QStringLiteral("attendance"), attendance},
        {QStringLiteral("present_count"), count(present)},
        {QStringLiteral("outcome"), lookup(Outcomes, drillOutcomeId(d->outcome), language)},
        {QStringLiteral("result_text"), d->resultText},
        {QStringLiteral("problems"), d->problems},
        {QStringLiteral("timeline"), timeline},
        {QStringLiteral("findings"), findingList},
        {QStringLiteral("plan_update_answered"), d->planUpdateNeeded.has_value()},
        {QStringLiteral("plan_update_needed"), d->planUpdateNeeded.value_or(false)},
        {QStringLiteral("plan_update_note"), d->planUpdateNote},
        {QStringLiteral("attachments"), files},
    };
    return QVariantMap{{QStringLiteral("drill"), m}};
}

Result<QVariantMap> DrillReportContext::year(Backend &backend, int year, const QString &language)
{
    DrillRepository &repo = backend.drills();
    auto summaries = repo.list({year, {}});
    if (!summaries)
        return summaries.takeError();
    auto p = people(backend);
    if (!p)
        return p.takeError();
    const QDate today = backend.clock().now().toTimeZone(DrillRules::zone()).date();
    const QString separator = F::chinese(language) ? QStringLiteral("、") : QStringLiteral(", ");

    QVariantList items, actions;
    int completed = 0, findingsCount = 0, open = 0, overdue = 0;
    for (const DrillSummary &s : *summaries) {
        if (s.status == DrillStatus::Cancelled)
            continue;
        auto d = repo.drill(s.id);
        if (!d)
            return d.takeError();
        auto findings = repo.findings(s.id);
        if (!findings)
            return findings.takeError();
        completed += d->status == DrillStatus::Completed ? 1 : 0;
        findingsCount += int(findings->size());
        for (const DrillFinding &f : *findings)
            for (const ImprovementAction &a : f.actions) {
                open += a.isOpen() ? 1 : 0;
                overdue += a.overdue(today) ? 1 : 0;
                actions << actionMap(a, f.text, d->title, *p, today, language);
            }
        QStringList faultTypes, systems;
        for (const QString &f : d->faultTypes)
            faultTypes << F::faultTypeName(f, language);
        bool met = true;
        for (const DrillSystem &sys : d->systems) {
            met = met && (!sys.measured() || sys.met());
            systems << QStringLiteral("%1 %2/%3")
                           .arg(sys.system,
                                sys.measured() ? F::duration(sys.measuredMinutes, language)
                                               : QStringLiteral("-"),
                                F::duration(sys.targetMinutes, language));
        }
        const qint64 present = std::count_if(d->attendance.begin(), d->attendance.end(),
                                             [](const DrillAttendance &a) { return a.present; });
        items << QVariantMap{
            {QStringLiteral("title"), d->title},
            {QStringLiteral("method"), methodName(d->method, language)},
            {QStringLiteral("status"), lookup(Statuses, drillStatusId(d->status), language)},
            {QStringLiteral("half"), halfName(DrillRules::halfYearOf(d->heldAt()), language)},
            {QStringLiteral("start"), F::time(d->heldAt())},
            {QStringLiteral("end"),
             F::time(d->actualStart.isValid() ? d->actualEnd : d->plannedEnd)},
            {QStringLiteral("purpose"), d->purpose},
            {QStringLiteral("scenario"), d->scenario},
            {QStringLiteral("fault_types"), faultTypes.join(separator)},
            {QStringLiteral("participants_count"),
             count(d->attendance.isEmpty() ? d->participants.size() : present)},
            {QStringLiteral("systems"), systems.join(separator)},
            {QStringLiteral("targets_met"), met},
            {QStringLiteral("outcome"), lookup(Outcomes, drillOutcomeId(d->outcome), language)},
            {QStringLiteral("result_text"), d->resultText},
            {QStringLiteral("problems"), d->problems},
            {QStringLiteral("findings_count"), count(findings->size())},
            {QStringLiteral("plan_update_needed"), d->planUpdateNeeded.value_or(false)},
            {QStringLiteral("plan_update_note"), d->planUpdateNote},
        };
    }

    auto compliance = repo.compliance(year);
    if (!compliance)
        return compliance.takeError();
    QVariantList halves;
    for (const HalfYearCompliance *h : {&compliance->h1, &compliance->h2}) {
        QStringList done, planned;
        for (const DrillSummary &s : h->completed)
            done << s.title;
        for (const DrillSummary &s : h->planned)
            planned << s.title;
        halves << QVariantMap{{QStringLiteral("name"), halfName(h->period, language)},
                              {QStringLiteral("compliant"), h->compliant},
                              {QStringLiteral("completed"), done.join(separator)},
                              {QStringLiteral("planned"), planned.join(separator)}};
    }

    auto sessions = repo.trainings(year);
    if (!sessions)
        return sessions.takeError();
    QVariantList trainings;
    for (auto it = sessions->crbegin(); it != sessions->crend(); ++it) {
        QStringList names;
        for (qint64 id : it->attendees)
            names << p->name(id);
        trainings << QVariantMap{
            {QStringLiteral("title"), it->title},
            {QStringLiteral("topic"), lookup(Topics, trainingTopicId(it->topic), language)},
            {QStringLiteral("date"), it->date.toString(Qt::ISODate)},
            {QStringLiteral("trainer"), it->trainer},
            {QStringLiteral("attendees"), names.join(separator)},
            {QStringLiteral("attendees_count"), count(it->attendees.size())}};
    }
    const QDate asOf = std::min(today, QDate(year, 12, 31));
    auto status = repo.trainingStatus(asOf);
    if (!status)
        return status.takeError();
    QStringList untrained;
    int trained = 0;
    for (const TrainingStatus &s : *status) {
        if (s.current)
            ++trained;
        else
            untrained << s.name;
    }

    const QVariantMap m{
        {QStringLiteral("count"), count(items.size())},
        {QStringLiteral("completed_count"), count(completed)},
        {QStringLiteral("compliant"), compliance->h1.compliant && compliance->h2.compliant},
        {QStringLiteral("items"), items},
        {QStringLiteral("halves"), halves},
        {QStringLiteral("findings_count"), count(findingsCount)},
        {QStringLiteral("actions_open"), count(open)},
        {QStringLiteral("actions_overdue"), count(overdue)},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("training_count"), count(sessions->size())},
        {QStringLiteral("trainings"), trainings},
        {QStringLiteral("key_people_count"), count(status->size())},
        {QStringLiteral("trained_count"), count(trained)},
        {QStringLiteral("untrained"), untrained.join(separator)},
    };
    return QVariantMap{{QStringLiteral("drills"), m}};
}

} // namespace dd
