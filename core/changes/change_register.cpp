#include "changes/change_register.h"

#include "audit/audit_log.h"
#include "config/config_registry.h"
#include "institution/institution_profile.h"
#include "institution/settings_repository.h"
#include "plans/register_store.h"
#include "storage/database.h"
#include "time/clock.h"
#include "time/trading_calendar.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace dd {

using namespace RegisterStore;

namespace {

const char *ChangeColumns =
    "c.id, c.number, c.title, c.state, c.urgency, c.goal, c.window_start, c.window_end, "
    "c.markets, c.people, c.steps, c.test_plan, c.implementation_plan, c.risk_controls, "
    "c.emergency_plan, c.rollback_plan, c.applicant_id, COALESCE(c.implementer_id, 0), "
    "COALESCE(c.reviewer_id, 0), COALESCE(c.approver_id, 0), COALESCE(a.display_name, ''), "
    "COALESCE(im.display_name, ''), COALESCE(rv.display_name, ''), COALESCE(ap.display_name, ''), "
    "c.technical_risk, c.business_risk, c.assessment, c.decided_at, c.in_trading_hours, "
    "c.started_at, c.finished_at, c.outcome, c.goal_reached, c.production_impact, "
    "c.config_updated, c.review_note, c.reviewed_at, c.created_at, c.version, c.updated_at, "
    "c.updated_by";
const char *ChangeFrom =
    "changes c LEFT JOIN operators a ON a.id = c.applicant_id LEFT JOIN operators im ON im.id = "
    "c.implementer_id LEFT JOIN operators rv ON rv.id = c.reviewer_id LEFT JOIN operators ap ON "
    "ap.id = c.approver_id";

QStringList splitMarkets(const QString &s)
{
    return s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

ChangeRequest changeFrom(const QSqlQuery &q)
{
    ChangeRequest c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.number = q.value(i++).toString();
    c.title = q.value(i++).toString();
    c.state = changeStateFromId(q.value(i++).toString()).value_or(ChangeState::Draft);
    c.urgency = changeUrgencyFromId(q.value(i++).toString()).value_or(ChangeUrgency::Normal);
    c.goal = q.value(i++).toString();
    c.windowStart = time(q.value(i++));
    c.windowEnd = time(q.value(i++));
    c.markets = splitMarkets(q.value(i++).toString());
    c.people = q.value(i++).toString();
    c.steps = q.value(i++).toString();
    c.testPlan = q.value(i++).toString();
    c.implementationPlan = q.value(i++).toString();
    c.riskControls = q.value(i++).toString();
    c.emergencyPlan = q.value(i++).toString();
    c.rollbackPlan = q.value(i++).toString();
    c.applicantId = q.value(i++).toLongLong();
    c.implementerId = q.value(i++).toLongLong();
    c.reviewerId = q.value(i++).toLongLong();
    c.approverId = q.value(i++).toLongLong();
    c.applicantName = q.value(i++).toString();
    c.implementerName = q.value(i++).toString();
    c.reviewerName = q.value(i++).toString();
    c.approverName = q.value(i++).toString();
    const QString tech = q.value(i++).toString();
    const QString biz = q.value(i++).toString();
    if (auto r = riskLevelFromId(tech))
        c.technicalRisk = *r;
    if (auto r = riskLevelFromId(biz))
        c.businessRisk = *r;
    c.assessment = q.value(i++).toString();
    c.decidedAt = time(q.value(i++));
    c.inTradingHours = q.value(i++).toBool();
    c.startedAt = time(q.value(i++));
    c.finishedAt = time(q.value(i++));
    c.outcome = q.value(i++).toString();
    c.goalReached = q.value(i++).toBool();
    c.productionImpact = q.value(i++).toString();
    c.configUpdated = q.value(i++).toBool();
    c.reviewNote = q.value(i++).toString();
    c.reviewedAt = time(q.value(i++));
    c.createdAt = time(q.value(i++));
    c.version = q.value(i++).toInt();
    c.updatedAt = time(q.value(i++));
    c.updatedBy = q.value(i++).toString();
    return c;
}

QString storedTime(const QDateTime &t)
{
    return t.isValid() ? toStoredTime(t) : QStringLiteral("");
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QJsonObject toJson(const ChangeRequest &c)
{
    QJsonArray items;
    for (qint64 id : c.itemIds)
        items.append(id);
    return {{QStringLiteral("number"), c.number},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("state"), changeStateId(c.state)},
            {QStringLiteral("urgency"), changeUrgencyId(c.urgency)},
            {QStringLiteral("goal"), c.goal},
            {QStringLiteral("items"), items},
            {QStringLiteral("window_start"), storedTime(c.windowStart)},
            {QStringLiteral("window_end"), storedTime(c.windowEnd)},
            {QStringLiteral("markets"), c.markets.join(QLatin1Char(','))},
            {QStringLiteral("people"), c.people},
            {QStringLiteral("steps"), c.steps},
            {QStringLiteral("test_plan"), c.testPlan},
            {QStringLiteral("implementation_plan"), c.implementationPlan},
            {QStringLiteral("risk_controls"), c.riskControls},
            {QStringLiteral("emergency_plan"), c.emergencyPlan},
            {QStringLiteral("rollback_plan"), c.rollbackPlan},
            {QStringLiteral("applicant_id"), c.applicantId},
            {QStringLiteral("implementer_id"), c.implementerId},
            {QStringLiteral("reviewer_id"), c.reviewerId},
            {QStringLiteral("approver_id"), c.approverId},
            {QStringLiteral("technical_risk"),
             c.technicalRisk ? riskLevelId(*c.technicalRisk) : QString()},
            {QStringLiteral("business_risk"),
             c.businessRisk ? riskLevelId(*c.businessRisk) : QString()},
            {QStringLiteral("assessment"), c.assessment},
            {QStringLiteral("in_trading_hours"), c.inTradingHours},
            {QStringLiteral("outcome"), c.outcome},
            {QStringLiteral("goal_reached"), c.goalReached},
            {QStringLiteral("production_impact"), c.productionImpact},
            {QStringLiteral("config_updated"), c.configUpdated},
            {QStringLiteral("review_note"), c.reviewNote}};
}

Status requireOperator(const Actor &actor)
{
    if (actor.kind() != Actor::Kind::Operator)
        return fail(ChangeText::tr("Changes are requested, approved, implemented and reviewed "
                                   "by signed-in operators; sign in first."));
    return {};
}

} // namespace

ChangeRegister::ChangeRegister(Database &db, AuditLog &audit, const Clock &clock,
                               const TradingCalendar &calendar, SettingsRepository &settings,
                               ConfigRegistry &config)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_calendar(calendar)
    , m_settings(settings)
    , m_config(config)
{}

QStringList ChangeRegister::marketsFor(const QStringList &markets) const
{
    if (!markets.isEmpty())
        return markets;
    auto profile = m_settings.institution();
    return ChangeWindow::defaultMarkets(m_calendar, profile ? institutionTypeId(profile->type)
                                                            : QStringLiteral("securities"));
}

WindowCheck ChangeRegister::checkWindow(const QDateTime &start, const QDateTime &end,
                                        const QStringList &markets) const
{
    return ChangeWindow::check(m_calendar, start, end, marketsFor(markets));
}

Result<QList<ChangeSummary>> ChangeRegister::summaries(const QString &where,
                                                       const QVariantList &bound) const
{
    auto q =
        exec(m_db,
             QStringLiteral("SELECT c.id, c.number, c.title, c.state, c.urgency, "
                            "c.window_start, c.window_end, c.in_trading_hours, "
                            "COALESCE(a.display_name, ''), (SELECT %2 FROM change_items ci "
                            "JOIN config_items i ON i.id = ci.item_id WHERE ci.change_id = "
                            "c.id) FROM changes c LEFT JOIN operators a ON a.id = "
                            "c.applicant_id %1 ORDER BY c.window_start DESC, c.id DESC")
                 .arg(where, m_db.groupConcat(QStringLiteral("i.number"), QStringLiteral("','"))),
             bound);
    if (!q)
        return q.takeError();
    QList<ChangeSummary> list;
    while (q->next()) {
        ChangeSummary s;
        s.id = q->value(0).toLongLong();
        s.number = q->value(1).toString();
        s.title = q->value(2).toString();
        s.state = changeStateFromId(q->value(3).toString()).value_or(ChangeState::Draft);
        s.urgency = changeUrgencyFromId(q->value(4).toString()).value_or(ChangeUrgency::Normal);
        s.windowStart = time(q->value(5));
        s.windowEnd = time(q->value(6));
        s.inTradingHours = q->value(7).toBool();
        s.applicantName = q->value(8).toString();
        s.itemNumbers = q->value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.itemNumbers.sort();
        list << s;
    }
    return list;
}

Result<QList<ChangeSummary>> ChangeRegister::list() const
{
    return summaries(QString(), {});
}

Result<QList<ChangeSummary>> ChangeRegister::changesOfItems(const QList<qint64> &itemIds,
                                                            const QDateTime &from,
                                                            const QDateTime &to) const
{
    if (itemIds.isEmpty())
        return QList<ChangeSummary>();
    QStringList marks;
    QVariantList ids;
    for (qint64 id : itemIds) {
        marks << QStringLiteral("?");
        ids << id;
    }
    const QString f = toStoredTime(from), t = toStoredTime(to);
    // The item list stands twice in the statement.
    const QVariantList bound = ids + ids + QVariantList{t, f, f, t, f, t};
    return summaries(
        QStringLiteral("WHERE c.id IN (SELECT change_id FROM change_items WHERE item_id IN (%1) "
                       "UNION SELECT change_id FROM config_history WHERE change_id IS NOT NULL "
                       "AND item_id IN (%1)) AND c.state NOT IN ('draft', 'cancelled', "
                       "'rejected') AND ((c.window_start < ? AND c.window_end > ?) OR "
                       "(c.started_at <> '' AND c.started_at >= ? AND c.started_at < ?) OR "
                       "(c.finished_at <> '' AND c.finished_at >= ? AND c.finished_at < ?))")
            .arg(marks.join(QStringLiteral(", "))),
        bound);
}

Result<QList<ChangeSummary>> ChangeRegister::changesInWindow(const QDateTime &from,
                                                             const QDateTime &to) const
{
    return summaries(QStringLiteral("WHERE c.window_start < ? AND c.window_end > ?"),
                     {toStoredTime(to), toStoredTime(from)});
}

Result<ChangeRequest> ChangeRegister::change(qint64 id) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM %2 WHERE c.id = ?")
                      .arg(QLatin1String(ChangeColumns), QLatin1String(ChangeFrom)),
                  {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no change with id %1.").arg(id));
    ChangeRequest c = changeFrom(*q);
    auto items = exec(m_db,
                      QStringLiteral("SELECT ci.item_id FROM change_items ci JOIN config_items i "
                                     "ON i.id = ci.item_id WHERE ci.change_id = ? ORDER BY "
                                     "i.number"),
                      {id});
    if (!items)
        return items.takeError();
    while (items->next())
        c.itemIds << items->value(0).toLongLong();
    auto tests = exec(m_db,
                      QStringLiteral("SELECT id, phase, description, passed, recorded_at, "
                                     "recorded_by FROM change_tests WHERE change_id = ? ORDER BY "
                                     "id"),
                      {id});
    if (!tests)
        return tests.takeError();
    while (tests->next()) {
        ChangeTest t;
        t.id = tests->value(0).toLongLong();
        t.phase = tests->value(1).toString() == QLatin1String("after") ? ChangeTest::Phase::After
                                                                       : ChangeTest::Phase::Before;
        t.description = tests->value(2).toString();
        t.passed = tests->value(3).toBool();
        t.recordedAt = time(tests->value(4));
        t.recordedBy = tests->value(5).toString();
        c.tests << t;
    }
    return c;
}

Result<ChangeRequest> ChangeRegister::changeByNumber(const QString &number) const
{
    auto q =
        exec(m_db, QStringLiteral("SELECT id FROM changes WHERE number = ?"), {number.trimmed()});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no change numbered \"%1\".").arg(number.trimmed()));
    return change(q->value(0).toLongLong());
}

QStringList ChangeRegister::missingParts(const ChangeRequest &r) const
{
    QStringList missing;
    const auto need = [&](const QString &value, const QString &name) {
        if (value.trimmed().isEmpty())
            missing << tr("%1 is missing.").arg(name);
    };
    need(r.title, tr("Title"));
    need(r.goal, tr("Goal (变更目标)"));
    if (r.itemIds.isEmpty())
        missing << tr("Objects (变更对象): name at least one configuration item.");
    const WindowCheck window =
        ChangeWindow::check(m_calendar, r.windowStart, r.windowEnd, marketsFor(r.markets));
    if (!window.valid)
        missing << tr("Window (变更时间): %1").arg(window.reason);
    if (r.implementerId <= 0)
        missing << tr("Implementer (实施人) is missing.");
    if (r.reviewerId <= 0)
        missing << tr("Reviewer (复核人) is missing.");
    need(r.steps, tr("Operation steps (操作步骤)"));
    need(r.testPlan, tr("Test plan (测试方案)"));
    need(r.implementationPlan, tr("Implementation plan (实施方案)"));
    need(r.riskControls, tr("Risk controls (风险防控措施)"));
    need(r.emergencyPlan, tr("Emergency plan (应急预案)"));
    need(r.rollbackPlan, tr("Rollback plan (回退方案)"));
    return missing;
}

Status ChangeRegister::checkPeople(const ChangeRequest &r, qint64 approverId) const
{
    struct Person {
        qint64 id;
        QString role;
    };
    QList<Person> people{{r.applicantId, tr("applicant")}};
    if (r.implementerId > 0)
        people << Person{r.implementerId, tr("implementer")};
    if (r.reviewerId > 0)
        people << Person{r.reviewerId, tr("reviewer")};
    if (approverId > 0)
        people << Person{approverId, tr("approver")};
    for (const Person &p : people) {
        auto q =
            exec(m_db, QStringLiteral("SELECT display_name, active FROM operators WHERE id = ?"),
                 {p.id});
        if (!q)
            return q.takeError();
        if (!q->next())
            return fail(tr("The %1 (operator id %2) does not exist.").arg(p.role).arg(p.id));
        if (!q->value(1).toBool())
            return fail(tr("The %1 %2 is deactivated.").arg(p.role, q->value(0).toString()));
    }
    for (int i = 0; i < people.size(); ++i)
        for (int j = i + 1; j < people.size(); ++j)
            if (people[i].id == people[j].id)
                return fail(tr("The %1 and the %2 must be different people: a change needs four "
                               "people (applicant, approver, implementer, reviewer).")
                                .arg(people[i].role, people[j].role));
    return {};
}

Result<qint64> ChangeRegister::saveDraft(const Actor &actor, const ChangeRequest &request)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (Status op = requireOperator(actor); !op)
        return op.takeError();
    if (request.title.trimmed().isEmpty())
        return fail(tr("Title: say in a few words what the change is."));
    for (const QString &m : request.markets)
        if (!m_calendar.hasMarket(m))
            return fail(tr("Markets: \"%1\" is not a market of the trading calendar.").arg(m));
    return m_db.write([&]() -> Result<qint64> {
        ChangeRequest row = request;
        QJsonObject before;
        const QString now = toStoredTime(m_clock.now());
        if (request.id != 0) {
            auto old = change(request.id);
            if (!old)
                return old.takeError();
            if (old->state != ChangeState::Draft)
                return fail(tr("%1 is %2; only a draft is edited.")
                                .arg(old->number, changeStateName(old->state)));
            if (old->applicantId != actor.operatorId())
                return fail(tr("Only the applicant %1 edits the draft %2.")
                                .arg(old->applicantName, old->number));
            if (Status fresh = checkVersion(m_db, QStringLiteral("changes"), request.id,
                                            request.version, tr("The change %1").arg(old->number));
                !fresh)
                return fresh.takeError();
            before = toJson(*old);
            row.applicantId = old->applicantId;
            row.number = old->number;
        } else {
            row.applicantId = actor.operatorId();
        }
        if (Status people = checkPeople(row, 0); !people)
            return people.takeError();
        const QVariantList values{row.title.trimmed(),
                                  changeUrgencyId(row.urgency),
                                  row.goal,
                                  storedTime(row.windowStart),
                                  storedTime(row.windowEnd),
                                  row.markets.join(QLatin1Char(',')),
                                  row.people,
                                  row.steps,
                                  row.testPlan,
                                  row.implementationPlan,
                                  row.riskControls,
                                  row.emergencyPlan,
                                  row.rollbackPlan,
                                  optionalId(row.implementerId),
                                  optionalId(row.reviewerId),
                                  now,
                                  actor.auditName()};
        qint64 id = request.id;
        if (id == 0) {
            const int year = localDate(m_clock.now()).year();
            if (Status turn = m_db.serialize(QStringLiteral("change numbers")); !turn)
                return turn.takeError();
            auto seq =
                exec(m_db, QStringLiteral("SELECT COUNT(*) FROM changes WHERE number LIKE ?"),
                     {QStringLiteral("CHG-%1-%").arg(year)});
            if (!seq)
                return seq.takeError();
            seq->next();
            row.number = QStringLiteral("CHG-%1-%2")
                             .arg(year)
                             .arg(seq->value(0).toInt() + 1, 4, 10, QLatin1Char('0'));
            auto q =
                exec(m_db,
                     QStringLiteral("INSERT INTO changes (title, urgency, goal, "
                                    "window_start, window_end, markets, people, steps, "
                                    "test_plan, implementation_plan, risk_controls, "
                                    "emergency_plan, rollback_plan, implementer_id, "
                                    "reviewer_id, updated_at, updated_by, number, state, "
                                    "applicant_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?) RETURNING id"),
                     values + QVariantList{row.number, row.applicantId, now});
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            id = *returned;
        } else {
            auto q = exec(m_db,
                          QStringLiteral("UPDATE changes SET title = ?, urgency = ?, goal = ?, "
                                         "window_start = ?, window_end = ?, markets = ?, people "
                                         "= ?, steps = ?, test_plan = ?, implementation_plan = ?, "
                                         "risk_controls = ?, emergency_plan = ?, rollback_plan = "
                                         "?, implementer_id = ?, reviewer_id = ?, updated_at = ?, "
                                         "updated_by = ?, version = version + 1 WHERE id = ?"),
                          values + QVariantList{id});
            if (!q)
                return q.takeError();
            auto del =
                exec(m_db, QStringLiteral("DELETE FROM change_items WHERE change_id = ?"), {id});
            if (!del)
                return del.takeError();
        }
        for (qint64 itemId : QSet<qint64>(row.itemIds.cbegin(), row.itemIds.cend())) {
            auto item = m_config.item(itemId);
            if (!item)
                return item.takeError();
            if (item->deleted())
                return fail(tr("Objects: %1 %2 was deleted.").arg(item->number, item->name));
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO change_items (change_id, item_id) VALUES "
                                         "(?, ?)"),
                          {id, itemId});
            if (!q)
                return q.takeError();
        }
        auto stored = change(id);
        if (!stored)
            return stored.takeError();
        auto logged = m_audit.append(
            actor,
            {before.isEmpty() ? QStringLiteral("change.create") : QStringLiteral("change.update"),
             QStringLiteral("changes"), QString::number(id), before, toJson(*stored)});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status ChangeRegister::saveState(const ChangeRequest &c, const ChangeRequest &before,
                                 const Actor &actor, const QString &action)
{
    auto q = exec(
        m_db,
        QStringLiteral("UPDATE changes SET state = ?, approver_id = ?, technical_risk = ?, "
                       "business_risk = ?, assessment = ?, decided_at = ?, in_trading_hours = ?, "
                       "window_start = ?, window_end = ?, started_at = ?, finished_at = ?, "
                       "outcome = ?, goal_reached = ?, production_impact = ?, config_updated = ?, "
                       "review_note = ?, reviewed_at = ?, updated_at = ?, updated_by = ?, "
                       "version = version + 1 WHERE id = ?"),
        {changeStateId(c.state),
         optionalId(c.approverId),
         c.technicalRisk ? riskLevelId(*c.technicalRisk) : QString(),
         c.businessRisk ? riskLevelId(*c.businessRisk) : QString(),
         c.assessment,
         storedTime(c.decidedAt),
         c.inTradingHours ? 1 : 0,
         storedTime(c.windowStart),
         storedTime(c.windowEnd),
         storedTime(c.startedAt),
         storedTime(c.finishedAt),
         c.outcome,
         c.goalReached ? 1 : 0,
         c.productionImpact,
         c.configUpdated ? 1 : 0,
         c.reviewNote,
         storedTime(c.reviewedAt),
         toStoredTime(m_clock.now()),
         actor.auditName(),
         c.id});
    if (!q)
        return q.takeError();
    auto logged = m_audit.append(actor, {action, QStringLiteral("changes"), QString::number(c.id),
                                         toJson(before), toJson(c)});
    if (!logged)
        return logged.takeError();
    return {};
}

Status ChangeRegister::transition(const Actor &actor, qint64 id, ChangeState to,
                                  const QString &action,
                                  const std::function<Status(ChangeRequest &)> &apply)
{
    if (Status op = requireOperator(actor); !op)
        return op;
    return m_db.write([&]() -> Status {
        auto old = change(id);
        if (!old)
            return old.takeError();
        if (!nextChangeStates(old->state).contains(to))
            return fail(tr("%1 is %2; it cannot become %3.")
                            .arg(old->number, changeStateName(old->state), changeStateName(to)));
        ChangeRequest next = *old;
        if (Status ok = apply(next); !ok)
            return ok;
        next.state = to;
        return saveState(next, *old, actor, action);
    });
}

Status ChangeRegister::submit(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return transition(
        actor, id, ChangeState::Submitted, QStringLiteral("change.submit"),
        [&](ChangeRequest &c) -> Status {
            if (c.applicantId != actor.operatorId())
                return fail(tr("Only the applicant %1 submits %2.").arg(c.applicantName, c.number));
            const QStringList missing = missingParts(c);
            if (!missing.isEmpty())
                return fail(tr("%1 cannot be submitted:\n%2")
                                .arg(c.number, missing.join(QLatin1Char('\n'))));
            if (Status people = checkPeople(c, 0); !people)
                return people;
            const WindowCheck w = checkWindow(c.windowStart, c.windowEnd, c.markets);
            if (w.inTradingHours && !c.emergency())
                return fail(tr("%1 cannot be submitted: %2").arg(c.number, w.reason));
            return {};
        });
}

Status ChangeRegister::approve(const Actor &actor, qint64 id, const ChangeApproval &approval)
{
    if (Status allowed = actor.require(Permission::Approve); !allowed)
        return allowed;
    if (approval.assessment.trimmed().isEmpty())
        return fail(tr("Assessment: record your assessment of the technical and business risk."));
    return transition(
        actor, id, ChangeState::Approved, QStringLiteral("change.approve"),
        [&](ChangeRequest &c) -> Status {
            if (actor.operatorId() == c.applicantId)
                return fail(tr("%1 applied for %2 and cannot approve it: the applicant is never "
                               "the approver.")
                                .arg(actor.displayName(), c.number));
            if (Status people = checkPeople(c, actor.operatorId()); !people)
                return people;
            if (approval.windowStart.isValid() || approval.windowEnd.isValid()) {
                c.windowStart = approval.windowStart;
                c.windowEnd = approval.windowEnd;
            }
            const WindowCheck w = checkWindow(c.windowStart, c.windowEnd, c.markets);
            if (!w.valid)
                return fail(tr("Window of %1: %2").arg(c.number, w.reason));
            if (w.inTradingHours && !c.emergency())
                return fail(tr("%1 cannot be approved: %2").arg(c.number, w.reason));
            c.inTradingHours = w.inTradingHours;
            c.approverId = actor.operatorId();
            c.approverName = actor.displayName();
            c.technicalRisk = approval.technicalRisk;
            c.businessRisk = approval.businessRisk;
            c.assessment = approval.assessment.trimmed();
            c.decidedAt = m_clock.now();
            return {};
        });
}

Status ChangeRegister::reject(const Actor &actor, qint64 id, const QString &reason)
{
    if (Status allowed = actor.require(Permission::Approve); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return fail(tr("Reason: say why the change is rejected."));
    return transition(actor, id, ChangeState::Rejected, QStringLiteral("change.reject"),
                      [&](ChangeRequest &c) -> Status {
                          if (actor.operatorId() == c.applicantId)
                              return fail(tr("The applicant cannot decide on their own change."));
                          c.approverId = actor.operatorId();
                          c.assessment = reason.trimmed();
                          c.decidedAt = m_clock.now();
                          return {};
                      });
}

Status ChangeRegister::revise(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return transition(
        actor, id, ChangeState::Draft, QStringLiteral("change.revise"),
        [&](ChangeRequest &c) -> Status {
            if (c.applicantId != actor.operatorId())
                return fail(tr("Only the applicant %1 revises %2.").arg(c.applicantName, c.number));
            c.approverId = 0;
            c.technicalRisk.reset();
            c.businessRisk.reset();
            c.decidedAt = QDateTime();
            return {};
        });
}

Status ChangeRegister::cancel(const Actor &actor, qint64 id, const QString &reason)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return fail(tr("Reason: say why the change is cancelled."));
    return transition(
        actor, id, ChangeState::Cancelled, QStringLiteral("change.cancel"),
        [&](ChangeRequest &c) -> Status {
            if (c.applicantId != actor.operatorId() && !actor.can(Permission::Approve))
                return fail(tr("Only the applicant or an approver cancels %1.").arg(c.number));
            c.outcome = reason.trimmed();
            return {};
        });
}

Result<qint64> ChangeRegister::recordTest(const Actor &actor, qint64 id, ChangeTest::Phase phase,
                                          const QString &description, bool passed)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (Status op = requireOperator(actor); !op)
        return op.takeError();
    if (description.trimmed().isEmpty())
        return fail(tr("Test: describe what was tested and how."));
    return m_db.write([&]() -> Result<qint64> {
        auto c = change(id);
        if (!c)
            return c.takeError();
        const bool before = phase == ChangeTest::Phase::Before;
        const QList<ChangeState> allowedStates =
            before ? QList<ChangeState>{ChangeState::Submitted, ChangeState::Approved,
                                        ChangeState::Draft}
                   : QList<ChangeState>{ChangeState::Implementing};
        if (!allowedStates.contains(c->state))
            return fail(before ? tr("%1 is %2: tests before the change are recorded before it "
                                    "is implemented.")
                                     .arg(c->number, changeStateName(c->state))
                               : tr("%1 is %2: tests after the change are recorded while it is "
                                    "implemented.")
                                     .arg(c->number, changeStateName(c->state)));
        auto q = exec(
            m_db,
            QStringLiteral(
                "INSERT INTO change_tests (change_id, phase, description, "
                "passed, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {id, before ? QStringLiteral("before") : QStringLiteral("after"), description.trimmed(),
             passed ? 1 : 0, toStoredTime(m_clock.now()), actor.auditName()});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 testId = *returned;
        auto logged = m_audit.append(
            actor, {QStringLiteral("change.test"), QStringLiteral("changes"), QString::number(id),
                    QJsonObject(),
                    QJsonObject{{QStringLiteral("phase"),
                                 before ? QStringLiteral("before") : QStringLiteral("after")},
                                {QStringLiteral("description"), description.trimmed()},
                                {QStringLiteral("passed"), passed}}});
        if (!logged)
            return logged.takeError();
        return testId;
    });
}

Status ChangeRegister::start(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return transition(
        actor, id, ChangeState::Implementing, QStringLiteral("change.start"),
        [&](ChangeRequest &c) -> Status {
            if (c.implementerId != actor.operatorId())
                return fail(
                    tr("Only the implementer %1 starts %2.").arg(c.implementerName, c.number));
            const bool tested =
                std::any_of(c.tests.cbegin(), c.tests.cend(), [](const ChangeTest &t) {
                    return t.phase == ChangeTest::Phase::Before && t.passed;
                });
            if (!tested)
                return fail(tr("%1 cannot start: record a passed test before the "
                               "change first.")
                                .arg(c.number));
            c.startedAt = m_clock.now();
            return {};
        });
}

Status ChangeRegister::updateItem(const Actor &actor, qint64 id, const ConfigItem &item,
                                  const QString &note)
{
    if (Status op = requireOperator(actor); !op)
        return op;
    return m_db.write([&]() -> Status {
        auto c = change(id);
        if (!c)
            return c.takeError();
        if (c->state != ChangeState::Implementing)
            return fail(tr("%1 is %2: configuration items are updated while it is implemented.")
                            .arg(c->number, changeStateName(c->state)));
        if (c->implementerId != actor.operatorId())
            return fail(tr("Only the implementer %1 updates the items of %2.")
                            .arg(c->implementerName, c->number));
        if (item.id == 0) {
            auto added = m_config.add(actor, item, id, note);
            if (!added)
                return added.takeError();
            auto link = exec(m_db,
                             QStringLiteral("INSERT INTO change_items (change_id, item_id) "
                                            "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                             {id, *added});
            if (!link)
                return link.takeError();
            return {};
        }
        if (!c->itemIds.contains(item.id)) {
            auto target = m_config.item(item.id);
            const QString named = target ? QStringLiteral("%1 %2").arg(target->number, target->name)
                                         : QString::number(item.id);
            return fail(tr("%1 is not an object of %2: add it to the change before updating it.")
                            .arg(named, c->number));
        }
        return m_config.modify(actor, item, id, note);
    });
}

Status ChangeRegister::finish(const Actor &actor, qint64 id, bool rolledBack,
                              const QString &outcome)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    if (outcome.trimmed().isEmpty())
        return fail(tr("Outcome: say what was done and how it ended."));
    return transition(
        actor, id, rolledBack ? ChangeState::RolledBack : ChangeState::Implemented,
        rolledBack ? QStringLiteral("change.rollback") : QStringLiteral("change.finish"),
        [&](ChangeRequest &c) -> Status {
            if (c.implementerId != actor.operatorId())
                return fail(
                    tr("Only the implementer %1 finishes %2.").arg(c.implementerName, c.number));
            const bool tested =
                std::any_of(c.tests.cbegin(), c.tests.cend(), [](const ChangeTest &t) {
                    return t.phase == ChangeTest::Phase::After;
                });
            if (!tested)
                return fail(tr("%1 cannot finish: record the test after the change "
                               "first.")
                                .arg(c.number));
            c.finishedAt = m_clock.now();
            c.outcome = outcome.trimmed();
            return {};
        });
}

Status ChangeRegister::review(const Actor &actor, qint64 id, const ChangeReview &review)
{
    // A reviewer (复核人) checks the result: duty staff or an approver may be named for it.
    if (!actor.can(Permission::Approve))
        if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
            return allowed;
    if (review.productionImpact.trimmed().isEmpty())
        return fail(tr("Impact on production: record the change's impact (or \"none\")."));
    return transition(
        actor, id, ChangeState::Reviewed, QStringLiteral("change.review"),
        [&](ChangeRequest &c) -> Status {
            if (c.reviewerId != actor.operatorId())
                return fail(tr("Only the reviewer %1 reviews %2.").arg(c.reviewerName, c.number));
            c.goalReached = review.goalReached;
            c.productionImpact = review.productionImpact.trimmed();
            c.configUpdated = review.configUpdated;
            c.reviewNote = review.note.trimmed();
            c.reviewedAt = m_clock.now();
            return {};
        });
}

} // namespace dd
