// The incident context: facts, grade, timeline, reports, who is on duty, the organization.
#include "app/backend.h"
#include "reports/context_builders.h"
#include "reports/report_format.h"
#include "roster/roster.h"

#include <QJsonArray>

namespace dd {

namespace {

namespace F = ReportFormat;

QString obligationStateName(ObligationState state, const QString &language)
{
    const bool zh = F::chinese(language);
    switch (state) {
    case ObligationState::PendingAnchor:
        return zh ? QStringLiteral("待触发") : QStringLiteral("Not yet due");
    case ObligationState::Due: return zh ? QStringLiteral("待报送") : QStringLiteral("Due");
    case ObligationState::Overdue: return zh ? QStringLiteral("已逾期") : QStringLiteral("Overdue");
    case ObligationState::SubmittedOnTime:
        return zh ? QStringLiteral("按时报送") : QStringLiteral("Submitted on time");
    case ObligationState::SubmittedLate:
        return zh ? QStringLiteral("逾期报送") : QStringLiteral("Submitted late");
    case ObligationState::Waived: return zh ? QStringLiteral("已免报") : QStringLiteral("Waived");
    }
    return {};
}

QString obligationText(const ObligationInstance &o, const QString &language, bool core)
{
    QString label = F::reportFormName(reportFormId(o.form), language);
    if (o.form == ReportForm::Progress)
        label += F::chinese(language) ? QStringLiteral("（第%1次）").arg(o.sequence)
                                      : QStringLiteral(" #%1").arg(o.sequence);
    return label + QStringLiteral(" → ")
           + F::recipientName(recipientId(o.recipient), language, core);
}

QString wholeNumber(const QJsonObject &facts, const char *key)
{
    const QJsonValue v = facts.value(QLatin1String(key));
    return v.isDouble() ? F::number(qint64(v.toDouble())) : QString();
}

Result<QVariantList> onDuty(Backend &backend, const QString &language)
{
    auto data = backend.roster().load();
    if (!data)
        return data.takeError();
    auto people = backend.roster().people();
    if (!people)
        return people.takeError();
    const Roster roster(*data, backend.calendar());
    const QDateTime now = backend.clock().now();
    QVariantList list;
    for (const DutyRole &role : roster.data().roles) {
        const OnDuty duty = roster.onDuty(role.id, now);
        const auto person = [&](const DutyAssignment &a, const char *nameKey, const char *phoneKey,
                                QVariantMap &row) {
            const RosterPerson p = people->value(a.contactId);
            row.insert(QLatin1String(nameKey), a.isCovered() ? p.name : QString());
            row.insert(QLatin1String(phoneKey),
                       a.isCovered() ? ContextBuilders::phone(p.phone) : QString());
        };
        QVariantMap row;
        row.insert(QStringLiteral("role"),
                   F::chinese(language) || role.nameEn.isEmpty() ? role.name : role.nameEn);
        person(duty.primary, "primary", "phone", row);
        person(duty.backup, "backup", "backup_phone", row);
        list << row;
    }
    return list;
}

Result<QVariantMap> organization(Backend &backend)
{
    auto h = backend.contacts().handbook();
    if (!h)
        return h.takeError();
    QVariantMap org;
    QVariantMap chair{{QStringLiteral("name"), QString()},
                      {QStringLiteral("position"), QString()},
                      {QStringLiteral("phone"), QString()}};
    QVariantList decision;
    for (const OrgPosition &p : h->positions) {
        if (p.body != OrgBody::Decision)
            continue;
        for (qint64 id : p.members) {
            const Contact *c = h->contact(id);
            if (!c)
                continue;
            const QVariantMap row{
                {QStringLiteral("position"), p.title},
                {QStringLiteral("name"), c->name},
                {QStringLiteral("phone"), ContextBuilders::phone(c->bestPhone())}};
            if (p.chair && chair.value(QStringLiteral("name")).toString().isEmpty())
                chair = row;
            decision << row;
        }
    }
    QVariantList notification;
    for (const NotificationContact &n : h->notification) {
        const Contact *c = h->contact(n.contactId);
        notification << QVariantMap{
            {QStringLiteral("name"), c ? c->name : QString()},
            {QStringLiteral("position"), c ? c->position : QString()},
            {QStringLiteral("phone"),
             ContextBuilders::phone(n.dutyPhone.isEmpty() && c ? c->bestPhone() : n.dutyPhone)},
            {QStringLiteral("fax"), ContextBuilders::phone(n.fax)},
            {QStringLiteral("primary"), n.slot == NotificationSlot::Primary}};
    }
    org.insert(QStringLiteral("chair"), chair);
    org.insert(QStringLiteral("decision"), decision);
    org.insert(QStringLiteral("notification"), notification);
    return org;
}

} // namespace

Result<QVariantMap> ContextBuilders::incident(Backend &backend, qint64 incidentId,
                                              const QString &language)
{
    auto view = backend.incidentService().view(incidentId);
    if (!view)
        return view.takeError();
    const Incident &i = view->incident;
    const GradeResult &g = view->grade;
    const QJsonObject &facts = i.facts;
    const auto type =
        institutionTypeFromId(facts.value(QLatin1String("institution_type")).toString());
    bool core = false;
    if (type) {
        core = isCoreInstitution(*type);
    } else if (auto profile = backend.settings().institution(); profile) {
        core = isCoreInstitution(profile->type);
    }

    QVariantMap m;
    m.insert(QStringLiteral("number"), i.number);
    m.insert(QStringLiteral("title"), i.title);
    m.insert(QStringLiteral("state"), F::stateName(incidentStateId(i.state), language));
    m.insert(QStringLiteral("warning"),
             i.state == IncidentState::Warning || i.state == IncidentState::WarningLifted);
    m.insert(QStringLiteral("fault_type"), F::faultTypeName(i.faultType, language));
    m.insert(QStringLiteral("fault_type_id"), i.faultType);
    m.insert(QStringLiteral("systems"), i.affectedSystems);
    m.insert(QStringLiteral("description"), i.description);
    m.insert(QStringLiteral("detected_at"), F::time(i.detectedAt));
    m.insert(QStringLiteral("started_at"),
             F::time(i.startedAt.isValid() ? i.startedAt : i.detectedAt));
    m.insert(QStringLiteral("recovered_at"), F::time(i.recoveredAt));
    m.insert(QStringLiteral("recovered"), i.recoveredAt.isValid());
    m.insert(QStringLiteral("closed_at"), F::time(i.closedAt));
    m.insert(QStringLiteral("duration"), F::duration(g.outage.wallMinutes, language));
    m.insert(QStringLiteral("trading_duration"), F::duration(g.outage.tradingMinutes, language));
    m.insert(QStringLiteral("in_trading_hours"), g.outage.inTradingHours);
    const QJsonValue systemClass = facts.value(QLatin1String("system_class"));
    m.insert(QStringLiteral("system_class"),
             systemClass.isDouble() ? QString::number(systemClass.toInt()) : QString());
    m.insert(QStringLiteral("affected_customers"), wholeNumber(facts, "affected_customers"));
    const QJsonValue share = facts.value(QLatin1String("affected_share"));
    m.insert(QStringLiteral("affected_share"),
             share.isDouble() ? QString::number(share.toDouble() * 100.0, 'g', 4) + u'%'
                              : QString());
    m.insert(QStringLiteral("leaked_records"), wholeNumber(facts, "leaked_records"));
    const QJsonValue loss = facts.value(QLatin1String("financial_loss_cny"));
    m.insert(QStringLiteral("economic_loss"),
             loss.isDouble() ? F::money(loss.toDouble(), language) : QString());
    m.insert(QStringLiteral("market_scope"), facts.value(QLatin1String("market_scope")).toString());
    m.insert(QStringLiteral("regulator_notified"),
             facts.value(QLatin1String("regulator_notified")).toBool());
    m.insert(QStringLiteral("cause"), i.cause);
    m.insert(QStringLiteral("cause_known"), i.causeKnown);
    m.insert(QStringLiteral("responsibility"), i.responsibility);
    m.insert(QStringLiteral("rectification"), i.rectification);
    m.insert(QStringLiteral("grade"), F::gradeName(g.gradeId, language));
    m.insert(QStringLiteral("grade_id"), g.gradeId);
    m.insert(QStringLiteral("graded"), g.isGraded());
    m.insert(QStringLiteral("rule_set"),
             g.ruleSetId.isEmpty()
                 ? QString()
                 : QStringLiteral("%1@%2").arg(g.ruleSetId).arg(g.ruleSetVersion));
    QVariantList reasons;
    for (const RuleMatch &r : g.matches) {
        QStringList evidence;
        for (const FactEvidence &e : r.evidence)
            evidence << e.text();
        reasons << QVariantMap{{QStringLiteral("text"), r.description.text(language)},
                               {QStringLiteral("grade"), F::gradeName(r.gradeId, language)},
                               {QStringLiteral("source"), r.source},
                               {QStringLiteral("evidence"), evidence.join(QLatin1String("; "))}};
    }
    m.insert(QStringLiteral("grade_reasons"), reasons);
    m.insert(QStringLiteral("next_threshold"), g.next
                                                   ? F::time(g.next->at) + QStringLiteral(" → ")
                                                         + F::gradeName(g.next->level.id, language)
                                                   : QString());

    QVariantList timeline;
    QVariantList measures;
    for (const TimelineEntry &e : view->timeline) {
        const QString actor = e.actorName.isEmpty() ? e.actor : e.actorName;
        timeline << QVariantMap{{QStringLiteral("at"), F::time(e.at)},
                                {QStringLiteral("actor"), actor},
                                {QStringLiteral("kind"), F::timelineKindName(e.kind, language)},
                                {QStringLiteral("text"), e.text}};
        if (e.kind == QLatin1String("measure") || e.kind == QLatin1String("note")
            || e.kind == QLatin1String("checklist"))
            measures << QVariantMap{{QStringLiteral("at"), F::time(e.at)},
                                    {QStringLiteral("actor"), actor},
                                    {QStringLiteral("text"), e.text}};
    }

    QVariantList obligations;
    for (const ObligationRow &row : view->obligations) {
        const ObligationInstance &o = row.instance;
        const bool late = row.status.state == ObligationState::Overdue
                          || row.status.state == ObligationState::SubmittedLate;
        obligations << QVariantMap{
            {QStringLiteral("label"), obligationText(o, language, core)},
            {QStringLiteral("form"), F::reportFormName(reportFormId(o.form), language)},
            {QStringLiteral("recipient"),
             F::recipientName(recipientId(o.recipient), language, core)},
            {QStringLiteral("due"), o.due ? F::time(*o.due) : QString()},
            {QStringLiteral("status"), obligationStateName(row.status.state, language)},
            {QStringLiteral("submitted_at"),
             row.status.submittedAt ? F::time(*row.status.submittedAt) : QString()},
            {QStringLiteral("late"), late}};
    }

    auto submitted = backend.incidents().submissions(incidentId);
    if (!submitted)
        return submitted.takeError();
    QVariantList submissions;
    for (const ReportSubmission &s : *submitted)
        submissions << QVariantMap{{QStringLiteral("form"), F::reportFormName(s.form, language)},
                                   {QStringLiteral("submitted_at"), F::time(s.submittedAt)},
                                   {QStringLiteral("actor"), s.actor}};

    auto duty = onDuty(backend, language);
    if (!duty)
        return duty.takeError();
    auto org = organization(backend);
    if (!org)
        return org.takeError();

    QVariantMap context;
    context.insert(QStringLiteral("incident"), m);
    context.insert(QStringLiteral("timeline"), timeline);
    context.insert(QStringLiteral("measures"), measures);
    context.insert(QStringLiteral("obligations"), obligations);
    context.insert(QStringLiteral("submissions"), submissions);
    context.insert(QStringLiteral("on_duty"), *duty);
    context.insert(QStringLiteral("organization"), *org);
    context.insert(QStringLiteral("drill"), i.drill);
    return context;
}

} // namespace dd
