// PlanRegister: the review log and the filing record.
#include "audit/audit_log.h"
#include "institution/settings_repository.h"
#include "plans/plan_register.h"
#include "plans/register_store.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonObject>

namespace dd {

using namespace RegisterStore;

namespace {

QJsonObject toJson(const PlanReview &r)
{
    return {{QStringLiteral("reviewed_on"), storedDate(r.date)},
            {QStringLiteral("reviewer"), r.reviewer},
            {QStringLiteral("result"), r.result},
            {QStringLiteral("change_needed"), r.changeNeeded},
            {QStringLiteral("drill_id"), r.drillId},
            {QStringLiteral("plan_id"), r.planVersionId},
            {QStringLiteral("note"), r.note}};
}

QJsonObject toJson(const PlanFiling &f)
{
    return {{QStringLiteral("plan_id"), f.planVersionId},
            {QStringLiteral("regulator"), regulatorKindId(f.regulator)},
            {QStringLiteral("regulator_name"), f.regulatorName},
            {QStringLiteral("filed_on"), storedDate(f.filedOn)},
            {QStringLiteral("receipt_no"), f.receiptNumber},
            {QStringLiteral("filed_by"), f.filedBy},
            {QStringLiteral("note"), f.note}};
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

const char *ReviewColumns = "id, reviewed_on, reviewer, result, change_needed, drill_id, "
                            "plan_id, note, version, updated_at, updated_by";

PlanReview reviewFrom(const QSqlQuery &q)
{
    PlanReview r;
    r.id = q.value(0).toLongLong();
    r.date = date(q.value(1));
    r.reviewer = q.value(2).toString();
    r.result = q.value(3).toString();
    r.changeNeeded = q.value(4).toInt() != 0;
    r.drillId = q.value(5).toLongLong();
    r.planVersionId = q.value(6).toLongLong();
    r.note = q.value(7).toString();
    r.version = q.value(8).toInt();
    r.updatedAt = time(q.value(9));
    r.updatedBy = q.value(10).toString();
    return r;
}

const char *FilingColumns = "id, plan_id, regulator, regulator_name, filed_on, receipt_no, "
                            "filed_by, note, version, updated_at, updated_by";

PlanFiling filingFrom(const QSqlQuery &q)
{
    PlanFiling f;
    f.id = q.value(0).toLongLong();
    f.planVersionId = q.value(1).toLongLong();
    f.regulator = regulatorKindFromId(q.value(2).toString()).value_or(RegulatorKind::LocalBureau);
    f.regulatorName = q.value(3).toString();
    f.filedOn = date(q.value(4));
    f.receiptNumber = q.value(5).toString();
    f.filedBy = q.value(6).toString();
    f.note = q.value(7).toString();
    f.version = q.value(8).toInt();
    f.updatedAt = time(q.value(9));
    f.updatedBy = q.value(10).toString();
    return f;
}

Status exists(Database &db, const QString &table, qint64 id, const QString &message)
{
    auto q = exec(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(message);
    return {};
}

} // namespace

Result<QList<PlanReview>> PlanRegister::reviews() const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1 FROM plan_reviews ORDER BY reviewed_on DESC, "
                                       "id DESC")
                            .arg(QLatin1String(ReviewColumns)));
    if (!q)
        return q.takeError();
    QList<PlanReview> list;
    while (q->next())
        list << reviewFrom(*q);
    return list;
}

Result<PlanReview> PlanRegister::review(qint64 id) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM plan_reviews WHERE id = ?")
                      .arg(QLatin1String(ReviewColumns)),
                  {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no plan review with id %1.").arg(id));
    return reviewFrom(*q);
}

Result<std::optional<PlanReview>> PlanRegister::lastReview() const
{
    auto all = reviews();
    if (!all)
        return all.takeError();
    if (all->isEmpty())
        return std::optional<PlanReview>();
    return std::optional<PlanReview>(all->first());
}

Result<qint64> PlanRegister::saveReview(const Actor &actor, const PlanReview &review)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (!review.date.isValid())
        return fail(tr("Review date: enter the date of the review."));
    if (review.date > today())
        return fail(tr("Review date: %1 is in the future (today is %2).")
                        .arg(dateText(review.date), dateText(today())));
    if (review.reviewer.trimmed().isEmpty())
        return fail(tr("Reviewer: enter who reviewed the plan."));
    if (review.result.trimmed().isEmpty())
        return fail(tr("Result: enter what the review concluded."));
    return m_db.write([&]() -> Result<qint64> {
        if (review.drillId != 0)
            if (Status s = exists(
                    m_db, QStringLiteral("drills"), review.drillId,
                    tr("Triggered by drill: there is no drill with id %1.").arg(review.drillId));
                !s)
                return s.takeError();
        if (review.planVersionId != 0)
            if (Status s = exists(m_db, QStringLiteral("plan_versions"), review.planVersionId,
                                  tr("Plan version: there is no plan version with id %1.")
                                      .arg(review.planVersionId));
                !s)
                return s.takeError();
        QJsonObject before;
        qint64 id = review.id;
        QVariantList values = {storedDate(review.date),
                               review.reviewer.trimmed(),
                               review.result.trimmed(),
                               review.changeNeeded ? 1 : 0,
                               nullableId(review.drillId),
                               nullableId(review.planVersionId),
                               review.note,
                               toStoredTime(m_clock.now()),
                               actor.auditName()};
        if (id == 0) {
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO plan_reviews (reviewed_on, reviewer, "
                                         "result, change_needed, drill_id, plan_id, note, "
                                         "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?) RETURNING id"),
                          values);
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            id = *returned;
        } else {
            auto old = this->review(id);
            if (!old)
                return old.takeError();
            if (old->version != review.version)
                return stale(tr("The review of %1").arg(dateText(old->date)), old->updatedBy,
                             old->updatedAt, review.version, old->version);
            before = toJson(*old);
            values << id;
            auto q = exec(m_db,
                          QStringLiteral("UPDATE plan_reviews SET reviewed_on = ?, reviewer = ?, "
                                         "result = ?, change_needed = ?, drill_id = ?, plan_id = "
                                         "?, note = ?, updated_at = ?, updated_by = ?, version = "
                                         "version + 1 WHERE id = ?"),
                          values);
            if (!q)
                return q.takeError();
        }
        auto logged = m_audit.append(actor, {review.id == 0 ? QStringLiteral("plan.review.create")
                                                            : QStringLiteral("plan.review.update"),
                                             QStringLiteral("plan_reviews"), QString::number(id),
                                             before, toJson(review)});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status PlanRegister::removeReview(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = review(id);
        if (!old)
            return old.takeError();
        auto q = exec(m_db, QStringLiteral("DELETE FROM plan_reviews WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("plan.review.remove"),
                                             QStringLiteral("plan_reviews"), QString::number(id),
                                             toJson(*old), QJsonObject()});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<QList<PendingDrillReview>> PlanRegister::pendingDrillReviews() const
{
    auto q =
        exec(m_db, QStringLiteral("SELECT d.id, d.title, d.actual_end, d.plan_update_note FROM "
                                  "drills d WHERE d.status = 'completed' AND "
                                  "d.plan_update_needed = 1 AND NOT EXISTS (SELECT 1 FROM "
                                  "plan_reviews r WHERE r.drill_id = d.id) ORDER BY "
                                  "d.actual_end, d.id"));
    if (!q)
        return q.takeError();
    QList<PendingDrillReview> list;
    while (q->next())
        list << PendingDrillReview{q->value(0).toLongLong(), q->value(1).toString(),
                                   time(q->value(2)), q->value(3).toString()};
    return list;
}

Result<QList<PlanFiling>> PlanRegister::filings(qint64 versionId) const
{
    const QString where = versionId == 0 ? QString() : QStringLiteral(" WHERE plan_id = ?");
    QVariantList bound;
    if (versionId != 0)
        bound << versionId;
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM plan_filings%2 ORDER BY filed_on DESC, id DESC")
                      .arg(QLatin1String(FilingColumns), where),
                  bound);
    if (!q)
        return q.takeError();
    QList<PlanFiling> list;
    while (q->next())
        list << filingFrom(*q);
    return list;
}

Result<PlanFiling> PlanRegister::filing(qint64 id) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM plan_filings WHERE id = ?")
                      .arg(QLatin1String(FilingColumns)),
                  {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no filing record with id %1.").arg(id));
    return filingFrom(*q);
}

Result<RegulatorKind> PlanRegister::expectedRegulator() const
{
    SettingsRepository settings(m_db, m_audit);
    auto profile = settings.institution();
    if (!profile)
        return profile.takeError();
    return PlanRules::regulatorFor(profile->type);
}

Result<qint64> PlanRegister::saveFiling(const Actor &actor, const PlanFiling &filing)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    auto plan = version(filing.planVersionId);
    if (!plan)
        return fail(
            tr("Plan version: there is no plan version with id %1.").arg(filing.planVersionId));
    if (!filing.filedOn.isValid())
        return fail(tr("Date filed: enter the date version %1 was filed.").arg(plan->label));
    if (filing.filedOn > today())
        return fail(tr("Date filed: %1 is in the future (today is %2).")
                        .arg(dateText(filing.filedOn), dateText(today())));
    if (plan->approvedOn.isValid() && filing.filedOn < plan->approvedOn)
        return fail(tr("Date filed: %1 is before version %2 was approved (%3).")
                        .arg(dateText(filing.filedOn), plan->label, dateText(plan->approvedOn)));
    if (filing.receiptNumber.trimmed().isEmpty())
        return fail(tr("Receipt number: enter the number of the regulator's filing receipt."));
    if (filing.filedBy.trimmed().isEmpty())
        return fail(tr("Filed by: enter who filed the plan."));
    auto expected = expectedRegulator();
    if (!expected)
        return expected.takeError();
    if (filing.regulator != *expected)
        return fail(tr("Regulator: this institution files its plan with the %1, not the %2.")
                        .arg(regulatorKindName(*expected), regulatorKindName(filing.regulator)));
    return m_db.write([&]() -> Result<qint64> {
        QJsonObject before;
        qint64 id = filing.id;
        QVariantList values = {filing.planVersionId,
                               regulatorKindId(filing.regulator),
                               filing.regulatorName.trimmed(),
                               storedDate(filing.filedOn),
                               filing.receiptNumber.trimmed(),
                               filing.filedBy.trimmed(),
                               filing.note,
                               toStoredTime(m_clock.now()),
                               actor.auditName()};
        if (id == 0) {
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO plan_filings (plan_id, regulator, "
                                         "regulator_name, filed_on, receipt_no, filed_by, note, "
                                         "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?) RETURNING id"),
                          values);
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            id = *returned;
        } else {
            auto old = this->filing(id);
            if (!old)
                return old.takeError();
            if (old->version != filing.version)
                return stale(tr("The filing record %1").arg(old->receiptNumber), old->updatedBy,
                             old->updatedAt, filing.version, old->version);
            before = toJson(*old);
            values << id;
            auto q = exec(m_db,
                          QStringLiteral("UPDATE plan_filings SET plan_id = ?, regulator = ?, "
                                         "regulator_name = ?, filed_on = ?, receipt_no = ?, "
                                         "filed_by = ?, note = ?, updated_at = ?, updated_by = "
                                         "?, version = version + 1 WHERE id = ?"),
                          values);
            if (!q)
                return q.takeError();
        }
        auto logged = m_audit.append(actor, {filing.id == 0 ? QStringLiteral("plan.filing.create")
                                                            : QStringLiteral("plan.filing.update"),
                                             QStringLiteral("plan_filings"), QString::number(id),
                                             before, toJson(filing)});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status PlanRegister::removeFiling(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = filing(id);
        if (!old)
            return old.takeError();
        auto q = exec(m_db, QStringLiteral("DELETE FROM plan_filings WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("plan.filing.remove"),
                                             QStringLiteral("plan_filings"), QString::number(id),
                                             toJson(*old), QJsonObject()});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

} // namespace dd
