#include "delivery/delivery_register.h"

#include "audit/audit_log.h"
#include "plans/register_store.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonObject>

namespace dd {

using namespace RegisterStore;

namespace {

const char *DeliveryColumns = "id, title, supplier, COALESCE(item_id, 0), responsibilities, steps, "
                              "planned_on, state, accepted_on, accepted_by, note, version, "
                              "updated_at, updated_by";

Delivery deliveryFrom(const QSqlQuery &q)
{
    Delivery d;
    int i = 0;
    d.id = q.value(i++).toLongLong();
    d.title = q.value(i++).toString();
    d.supplier = q.value(i++).toString();
    d.itemId = q.value(i++).toLongLong();
    d.responsibilities = q.value(i++).toString();
    d.steps = q.value(i++).toString();
    d.plannedOn = date(q.value(i++));
    d.state = deliveryStateFromId(q.value(i++).toString()).value_or(DeliveryState::Planned);
    d.acceptedOn = date(q.value(i++));
    d.acceptedBy = q.value(i++).toString();
    d.note = q.value(i++).toString();
    d.version = q.value(i++).toInt();
    d.updatedAt = time(q.value(i++));
    d.updatedBy = q.value(i++).toString();
    return d;
}

QJsonObject toJson(const Delivery &d)
{
    QJsonObject checklist;
    for (const ChecklistEntry &e : d.checklist)
        checklist.insert(
            deliveryCategoryId(e.category),
            QString(checklistStatusId(e.status)
                    + (e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail)));
    return {{QStringLiteral("title"), d.title},
            {QStringLiteral("supplier"), d.supplier},
            {QStringLiteral("item_id"), d.itemId},
            {QStringLiteral("responsibilities"), d.responsibilities},
            {QStringLiteral("steps"), d.steps},
            {QStringLiteral("planned_on"), storedDate(d.plannedOn)},
            {QStringLiteral("state"), deliveryStateId(d.state)},
            {QStringLiteral("note"), d.note},
            {QStringLiteral("checklist"), checklist}};
}

} // namespace

QList<DeliveryCategory> allDeliveryCategories()
{
    return {DeliveryCategory::Software,         DeliveryCategory::Hardware,
            DeliveryCategory::Documents,        DeliveryCategory::Manuals,
            DeliveryCategory::TrainingMaterial, DeliveryCategory::Tools,
            DeliveryCategory::Agreements};
}

QString deliveryCategoryId(DeliveryCategory c)
{
    switch (c) {
    case DeliveryCategory::Software: return QStringLiteral("software");
    case DeliveryCategory::Hardware: return QStringLiteral("hardware");
    case DeliveryCategory::Documents: return QStringLiteral("documents");
    case DeliveryCategory::Manuals: return QStringLiteral("manuals");
    case DeliveryCategory::TrainingMaterial: return QStringLiteral("training_material");
    case DeliveryCategory::Tools: return QStringLiteral("tools");
    case DeliveryCategory::Agreements: return QStringLiteral("agreements");
    }
    return {};
}

std::optional<DeliveryCategory> deliveryCategoryFromId(const QString &id)
{
    for (DeliveryCategory c : allDeliveryCategories())
        if (deliveryCategoryId(c) == id)
            return c;
    return std::nullopt;
}

QString deliveryCategoryName(DeliveryCategory c)
{
    switch (c) {
    case DeliveryCategory::Software: return DeliveryRegister::tr("Software");
    case DeliveryCategory::Hardware: return DeliveryRegister::tr("Hardware");
    case DeliveryCategory::Documents: return DeliveryRegister::tr("Documents");
    case DeliveryCategory::Manuals: return DeliveryRegister::tr("Manuals");
    case DeliveryCategory::TrainingMaterial: return DeliveryRegister::tr("Training material");
    case DeliveryCategory::Tools: return DeliveryRegister::tr("Tools");
    case DeliveryCategory::Agreements: return DeliveryRegister::tr("Agreements and contracts");
    }
    return {};
}

QString checklistStatusId(ChecklistStatus s)
{
    switch (s) {
    case ChecklistStatus::Pending: return QStringLiteral("pending");
    case ChecklistStatus::Received: return QStringLiteral("received");
    case ChecklistStatus::NotApplicable: return QStringLiteral("not_applicable");
    }
    return {};
}

std::optional<ChecklistStatus> checklistStatusFromId(const QString &id)
{
    for (ChecklistStatus s :
         {ChecklistStatus::Pending, ChecklistStatus::Received, ChecklistStatus::NotApplicable})
        if (checklistStatusId(s) == id)
            return s;
    return std::nullopt;
}

QString checklistStatusName(ChecklistStatus s)
{
    switch (s) {
    case ChecklistStatus::Pending: return DeliveryRegister::tr("Pending");
    case ChecklistStatus::Received: return DeliveryRegister::tr("Received");
    case ChecklistStatus::NotApplicable: return DeliveryRegister::tr("Not applicable");
    }
    return {};
}

QString deliveryStateId(DeliveryState s)
{
    switch (s) {
    case DeliveryState::Planned: return QStringLiteral("planned");
    case DeliveryState::InProgress: return QStringLiteral("in_progress");
    case DeliveryState::Accepted: return QStringLiteral("accepted");
    }
    return {};
}

std::optional<DeliveryState> deliveryStateFromId(const QString &id)
{
    for (DeliveryState s :
         {DeliveryState::Planned, DeliveryState::InProgress, DeliveryState::Accepted})
        if (deliveryStateId(s) == id)
            return s;
    return std::nullopt;
}

QString deliveryStateName(DeliveryState s)
{
    switch (s) {
    case DeliveryState::Planned: return DeliveryRegister::tr("Planned");
    case DeliveryState::InProgress: return DeliveryRegister::tr("In progress");
    case DeliveryState::Accepted: return DeliveryRegister::tr("Accepted");
    }
    return {};
}

DeliveryRegister::DeliveryRegister(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Status DeliveryRegister::loadDetails(Delivery &d) const
{
    d.checklist.clear();
    auto c = exec(m_db,
                  QStringLiteral("SELECT category, status, detail FROM delivery_checklist WHERE "
                                 "delivery_id = ?"),
                  {d.id});
    if (!c)
        return c.takeError();
    QMap<QString, ChecklistEntry> byId;
    while (c->next()) {
        ChecklistEntry e;
        e.category =
            deliveryCategoryFromId(c->value(0).toString()).value_or(DeliveryCategory::Software);
        e.status = checklistStatusFromId(c->value(1).toString()).value_or(ChecklistStatus::Pending);
        e.detail = c->value(2).toString();
        byId.insert(c->value(0).toString(), e);
    }
    for (DeliveryCategory cat : allDeliveryCategories())
        d.checklist << byId.value(deliveryCategoryId(cat), ChecklistEntry{cat, {}, {}});
    d.training.clear();
    auto t = exec(m_db,
                  QStringLiteral("SELECT id, held_on, trainer, attendees, topic FROM "
                                 "delivery_training WHERE delivery_id = ? ORDER BY held_on, id"),
                  {d.id});
    if (!t)
        return t.takeError();
    while (t->next())
        d.training << DeliveryTraining{t->value(0).toLongLong(), date(t->value(1)),
                                       t->value(2).toString(), t->value(3).toString(),
                                       t->value(4).toString()};
    d.records.clear();
    auto r = exec(m_db,
                  QStringLiteral("SELECT id, at, by, text FROM delivery_records WHERE "
                                 "delivery_id = ? ORDER BY id"),
                  {d.id});
    if (!r)
        return r.takeError();
    while (r->next())
        d.records << DeliveryRecord{r->value(0).toLongLong(), time(r->value(1)),
                                    r->value(2).toString(), r->value(3).toString()};
    return {};
}

Result<QList<Delivery>> DeliveryRegister::deliveries() const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1 FROM deliveries ORDER BY id DESC")
                            .arg(QLatin1String(DeliveryColumns)));
    if (!q)
        return q.takeError();
    QList<Delivery> list;
    while (q->next())
        list << deliveryFrom(*q);
    for (Delivery &d : list)
        if (Status ok = loadDetails(d); !ok)
            return ok.takeError();
    return list;
}

Result<Delivery> DeliveryRegister::delivery(qint64 id) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM deliveries WHERE id = ?")
                      .arg(QLatin1String(DeliveryColumns)),
                  {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no delivery with id %1.").arg(id));
    Delivery d = deliveryFrom(*q);
    if (Status ok = loadDetails(d); !ok)
        return ok.takeError();
    return d;
}

Result<qint64> DeliveryRegister::save(const Actor &actor, const Delivery &d)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (d.title.trimmed().isEmpty())
        return fail(tr("Title: say what is delivered."));
    for (const ChecklistEntry &e : d.checklist)
        if (e.status != ChecklistStatus::Pending && e.detail.trimmed().isEmpty())
            return fail(e.status == ChecklistStatus::Received
                            ? tr("Checklist, %1: say what was received.")
                                  .arg(deliveryCategoryName(e.category))
                            : tr("Checklist, %1: say why it does not apply.")
                                  .arg(deliveryCategoryName(e.category)));
    return m_db.write([&]() -> Result<qint64> {
        QJsonObject before;
        Delivery row = d;
        qint64 id = d.id;
        const QString now = toStoredTime(m_clock.now());
        if (id != 0) {
            auto old = delivery(id);
            if (!old)
                return old.takeError();
            if (old->state == DeliveryState::Accepted)
                return fail(tr("\"%1\" was accepted on %2 and is no longer edited; add a record "
                               "instead.")
                                .arg(old->title, dateText(old->acceptedOn)));
            if (Status fresh = checkVersion(m_db, QStringLiteral("deliveries"), id, d.version,
                                            tr("The delivery \"%1\"").arg(old->title));
                !fresh)
                return fresh.takeError();
            before = toJson(*old);
            row.state = old->state;
        } else {
            row.state = DeliveryState::Planned;
        }
        const QVariantList values{row.title.trimmed(),
                                  row.supplier.trimmed(),
                                  row.itemId > 0 ? QVariant(row.itemId)
                                                 : QVariant(QMetaType(QMetaType::LongLong)),
                                  row.responsibilities,
                                  row.steps,
                                  storedDate(row.plannedOn),
                                  deliveryStateId(row.state),
                                  row.note,
                                  now,
                                  actor.auditName()};
        if (id == 0) {
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO deliveries (title, supplier, item_id, "
                                         "responsibilities, steps, planned_on, state, note, "
                                         "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?) RETURNING id"),
                          values);
            if (!q)
                return fail(tr("\"%1\" could not be saved: %2")
                                .arg(row.title.trimmed(), q.takeError().message));
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            id = *returned;
        } else {
            auto q = exec(m_db,
                          QStringLiteral("UPDATE deliveries SET title = ?, supplier = ?, item_id = "
                                         "?, responsibilities = ?, steps = ?, planned_on = ?, "
                                         "state = ?, note = ?, updated_at = ?, updated_by = ?, "
                                         "version = version + 1 WHERE id = ?"),
                          values + QVariantList{id});
            if (!q)
                return q.takeError();
        }
        for (DeliveryCategory cat : allDeliveryCategories()) {
            ChecklistEntry e{cat, ChecklistStatus::Pending, {}};
            for (const ChecklistEntry &given : row.checklist)
                if (given.category == cat)
                    e = given;
            auto q = exec(
                m_db,
                QStringLiteral("INSERT INTO delivery_checklist (delivery_id, category, status, "
                               "detail) VALUES (?, ?, ?, ?) ON CONFLICT (delivery_id, category) "
                               "DO UPDATE SET status = excluded.status, detail = excluded.detail"),
                {id, deliveryCategoryId(cat), checklistStatusId(e.status), e.detail.trimmed()});
            if (!q)
                return q.takeError();
        }
        auto stored = delivery(id);
        if (!stored)
            return stored.takeError();
        auto logged = m_audit.append(actor, {before.isEmpty() ? QStringLiteral("delivery.create")
                                                              : QStringLiteral("delivery.update"),
                                             QStringLiteral("deliveries"), QString::number(id),
                                             before, toJson(*stored)});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status DeliveryRegister::start(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto d = delivery(id);
        if (!d)
            return d.takeError();
        if (d->state != DeliveryState::Planned)
            return fail(
                tr("\"%1\" is %2, not planned.").arg(d->title, deliveryStateName(d->state)));
        QStringList missing;
        if (d->responsibilities.trimmed().isEmpty())
            missing << tr("the responsibilities of the delivery plan");
        if (d->steps.trimmed().isEmpty())
            missing << tr("the steps of the delivery plan");
        if (!missing.isEmpty())
            return fail(
                tr("\"%1\" cannot start without %2.").arg(d->title, missing.join(tr(" and "))));
        auto q = exec(m_db,
                      QStringLiteral("UPDATE deliveries SET state = 'in_progress', updated_at = "
                                     "?, updated_by = ?, version = version + 1 WHERE id = ?"),
                      {toStoredTime(m_clock.now()), actor.auditName(), id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(
            actor,
            {QStringLiteral("delivery.start"), QStringLiteral("deliveries"), QString::number(id),
             QJsonObject{{QStringLiteral("state"), QStringLiteral("planned")}},
             QJsonObject{{QStringLiteral("state"), QStringLiteral("in_progress")}}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

QStringList DeliveryRegister::acceptBlockers(const Delivery &d) const
{
    QStringList out;
    if (d.state != DeliveryState::InProgress)
        out << tr("The delivery is %1, not in progress.").arg(deliveryStateName(d.state));
    for (const ChecklistEntry &e : d.checklist)
        if (e.status == ChecklistStatus::Pending)
            out << tr("Checklist: %1 is still pending.").arg(deliveryCategoryName(e.category));
    if (d.training.isEmpty())
        out << tr("Record the training of the operations staff.");
    return out;
}

Status DeliveryRegister::accept(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto d = delivery(id);
        if (!d)
            return d.takeError();
        const QStringList blockers = acceptBlockers(*d);
        if (!blockers.isEmpty())
            return fail(tr("\"%1\" cannot be accepted:\n%2")
                            .arg(d->title, blockers.join(QLatin1Char('\n'))));
        const QDate today = localDate(m_clock.now());
        const QString by = actor.displayName().isEmpty() ? actor.auditName() : actor.displayName();
        auto q = exec(m_db,
                      QStringLiteral("UPDATE deliveries SET state = 'accepted', accepted_on = ?, "
                                     "accepted_by = ?, updated_at = ?, updated_by = ?, version = "
                                     "version + 1 WHERE id = ?"),
                      {storedDate(today), by, toStoredTime(m_clock.now()), actor.auditName(), id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(
            actor,
            {QStringLiteral("delivery.accept"), QStringLiteral("deliveries"), QString::number(id),
             QJsonObject{{QStringLiteral("state"), QStringLiteral("in_progress")}},
             QJsonObject{{QStringLiteral("state"), QStringLiteral("accepted")},
                         {QStringLiteral("accepted_on"), storedDate(today)}}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<qint64> DeliveryRegister::addTraining(const Actor &actor, qint64 id,
                                             const DeliveryTraining &training)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (!training.heldOn.isValid())
        return fail(tr("Training: enter the date it was held."));
    if (training.heldOn > localDate(m_clock.now()))
        return fail(tr("Training: %1 is in the future; record training once it was held.")
                        .arg(dateText(training.heldOn)));
    if (training.trainer.trimmed().isEmpty())
        return fail(tr("Training: name the trainer."));
    if (training.attendees.trimmed().isEmpty())
        return fail(tr("Training: name the operations staff who attended."));
    return m_db.write([&]() -> Result<qint64> {
        auto d = delivery(id);
        if (!d)
            return d.takeError();
        auto q =
            exec(m_db,
                 QStringLiteral("INSERT INTO delivery_training (delivery_id, held_on, "
                                "trainer, attendees, topic) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                 {id, storedDate(training.heldOn), training.trainer.trimmed(),
                  training.attendees.trimmed(), training.topic.trimmed()});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 tid = *returned;
        auto logged = m_audit.append(
            actor, {QStringLiteral("delivery.training"), QStringLiteral("deliveries"),
                    QString::number(id), QJsonObject(),
                    QJsonObject{{QStringLiteral("held_on"), storedDate(training.heldOn)},
                                {QStringLiteral("trainer"), training.trainer.trimmed()},
                                {QStringLiteral("attendees"), training.attendees.trimmed()},
                                {QStringLiteral("topic"), training.topic.trimmed()}}});
        if (!logged)
            return logged.takeError();
        return tid;
    });
}

Result<qint64> DeliveryRegister::addRecord(const Actor &actor, qint64 id, const QString &text)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    if (text.trimmed().isEmpty())
        return fail(tr("Record: write what happened."));
    return m_db.write([&]() -> Result<qint64> {
        auto d = delivery(id);
        if (!d)
            return d.takeError();
        auto q = exec(m_db,
                      QStringLiteral("INSERT INTO delivery_records (delivery_id, at, by, text) "
                                     "VALUES (?, ?, ?, ?) RETURNING id"),
                      {id, toStoredTime(m_clock.now()), actor.auditName(), text.trimmed()});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 rid = *returned;
        auto logged =
            m_audit.append(actor, {QStringLiteral("delivery.record"), QStringLiteral("deliveries"),
                                   QString::number(id), QJsonObject(),
                                   QJsonObject{{QStringLiteral("text"), text.trimmed()}}});
        if (!logged)
            return logged.takeError();
        return rid;
    });
}

} // namespace dd
