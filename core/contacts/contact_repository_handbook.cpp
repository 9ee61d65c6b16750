// ContactRepository: service agreements and the handbook as a whole (the one-read snapshot,
// the change log and the distributions).
#include "audit/audit_log.h"
#include "contacts/contact_records.h"
#include "contacts/contact_repository.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QSet>

namespace dd {

using namespace records;

namespace {

// A read transaction for a consistent snapshot (WAL); joins a write transaction in progress.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Database &db)
        : m_db(db)
        , m_own(!db.inWriteTransaction())
    {
        if (m_own)
            m_own = m_db.exec(QStringLiteral("BEGIN DEFERRED")).ok();
    }
    ~ReadSnapshot()
    {
        if (m_own)
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    const Database &m_db;
    bool m_own;
};

} // namespace

// ---- Service agreements ---------------------------------------------------------------------

Result<QList<Agreement>> ContactRepository::agreements() const
{
    auto q = m_db.exec(SelectAgreement + QStringLiteral("ORDER BY unit_id, title, id"));
    if (!q)
        return q.takeError();
    QList<Agreement> all;
    while (q->next())
        all << agreementFrom(*q);
    return all;
}

Result<qint64> ContactRepository::saveAgreement(const Actor &actor, const Agreement &input)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    Agreement a = input;
    const auto clean = [](const QString &s) {
        return s.trimmed().isEmpty() ? QStringLiteral("") : s.trimmed();
    };
    a.title = a.title.trimmed();
    a.scope = clean(a.scope);
    a.responseMethod = clean(a.responseMethod);
    a.responseTime = clean(a.responseTime);
    a.lastReviewResult = clean(a.lastReviewResult);
    a.notes = clean(a.notes);
    if (a.title.isEmpty())
        return fail(tr("Agreement title: name the agreement."));
    if (a.unitId == 0)
        return fail(tr("Unit: choose the unit the agreement is with."));
    if (a.reviewPeriodDays < 1)
        return fail(tr("Review period: expected 1 day or more, got %1.").arg(a.reviewPeriodDays));
    if (a.validFrom.isValid() && a.validTo.isValid() && a.validTo < a.validFrom)
        return fail(tr("Valid to: %1 is before the start of validity (%2).")
                        .arg(a.validTo.toString(Qt::ISODate), a.validFrom.toString(Qt::ISODate)));

    return m_db.write([&]() -> Result<qint64> {
        auto u = unit(a.unitId);
        if (!u)
            return fail(tr("Unit: there is no unit #%1.").arg(a.unitId));
        const struct {
            qint64 id;
            QString field;
        } people[] = {{a.ourContactId, tr("Our contact")}, {a.theirContactId, tr("Their contact")}};
        for (const auto &p : people)
            if (p.id != 0)
                if (auto c = contact(p.id); !c)
                    return fail(tr("%1: there is no contact #%2.").arg(p.field).arg(p.id));
        std::optional<Agreement> old;
        if (a.id != 0) {
            // Locked until commit (PostgreSQL): of two desks saving at once, the second sees
            // the first one's version.
            auto q = m_db.exec(SelectAgreement + QStringLiteral("WHERE id = ?") + m_db.forUpdate(),
                               {a.id});
            if (!q)
                return q.takeError();
            if (!q->next())
                return fail(tr("There is no agreement #%1.").arg(a.id));
            old = agreementFrom(*q);
            if (old->version != a.version)
                return m_audit.staleEdit(old->title, QStringLiteral("agreement"),
                                         QString::number(a.id), a.version, old->version,
                                         {QStringLiteral("agreement.update")});
            if (toJson(*old) == toJson(a))
                return a.id;
        }
        const QVariantList values{a.title,
                                  a.unitId,
                                  idOrNull(a.ourContactId),
                                  idOrNull(a.theirContactId),
                                  a.scope,
                                  a.responseMethod,
                                  a.responseTime,
                                  toStoredDate(a.validFrom),
                                  toStoredDate(a.validTo),
                                  a.reviewPeriodDays,
                                  toStoredDate(a.lastReview),
                                  a.lastReviewResult,
                                  a.notes,
                                  toStoredTime(m_clock.now())};
        if (!old) {
            auto q = m_db.exec(
                QStringLiteral("INSERT INTO agreements (title, unit_id, our_contact_id, "
                               "their_contact_id, scope, response_method, response_time, "
                               "valid_from, valid_to, review_period_days, last_review, "
                               "last_review_result, notes, updated_at) VALUES (?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                values);
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            a.id = *returned;
        } else {
            auto q = m_db.exec(
                QStringLiteral("UPDATE agreements SET title = ?, unit_id = ?, our_contact_id = ?, "
                               "their_contact_id = ?, scope = ?, response_method = ?, "
                               "response_time = ?, valid_from = ?, valid_to = ?, "
                               "review_period_days = ?, last_review = ?, last_review_result = ?, "
                               "notes = ?, updated_at = ?, version = version + 1 WHERE id = ?"),
                values + QVariantList{a.id});
            if (!q)
                return q.takeError();
        }
        auto logged = m_audit.append(
            actor, {old ? QStringLiteral("agreement.update") : QStringLiteral("agreement.create"),
                    QStringLiteral("agreement"), QString::number(a.id),
                    old ? toJson(*old) : QJsonObject(), toJson(a)});
        if (!logged)
            return logged.takeError();
        QString summary;
        if (!old) {
            summary = tr("New service agreement \"%1\" with %2.").arg(a.title, u->name);
        } else {
            QStringList parts;
            const auto field = [&](const QString &label, const QString &x, const QString &y) {
                if (x != y)
                    parts << tr("%1 %2").arg(label, arrow(x, y));
            };
            const auto person = [&](qint64 id) {
                if (id == 0)
                    return QString();
                auto label = contactLabel(m_db, id);
                return label ? *label : QStringLiteral("#%1").arg(id);
            };
            field(tr("title"), old->title, a.title);
            field(tr("our contact"), person(old->ourContactId), person(a.ourContactId));
            field(tr("their contact"), person(old->theirContactId), person(a.theirContactId));
            field(tr("scope"), old->scope, a.scope);
            field(tr("response method"), old->responseMethod, a.responseMethod);
            field(tr("response time"), old->responseTime, a.responseTime);
            field(tr("valid from"), toStoredDate(old->validFrom), toStoredDate(a.validFrom));
            field(tr("valid to"), toStoredDate(old->validTo), toStoredDate(a.validTo));
            field(tr("last review"), toStoredDate(old->lastReview), toStoredDate(a.lastReview));
            if (old->unitId != a.unitId)
                parts << tr("now with %1").arg(u->name);
            if (parts.isEmpty())
                parts << tr("notes or review period changed");
            summary = tr("Service agreement \"%1\" with %2: %3.")
                          .arg(a.title, u->name, parts.join(tr("; ")));
        }
        if (Status s = recordChange(m_db, m_clock, actor, QStringLiteral("agreement"), a.id,
                                    a.unitId, summary);
            !s)
            return s.takeError();
        return a.id;
    });
}

Status ContactRepository::removeAgreement(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto q = m_db.exec(SelectAgreement + QStringLiteral("WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        if (!q->next())
            return fail(tr("There is no agreement #%1.").arg(id));
        const Agreement old = agreementFrom(*q);
        auto d = m_db.exec(QStringLiteral("DELETE FROM agreements WHERE id = ?"), {id});
        if (!d)
            return d.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("agreement.remove"),
                                             QStringLiteral("agreement"),
                                             QString::number(id),
                                             toJson(old),
                                             {}});
        if (!logged)
            return logged.takeError();
        auto name = unitName(m_db, old.unitId);
        if (!name)
            return name.takeError();
        return recordChange(m_db, m_clock, actor, QStringLiteral("agreement"), id, old.unitId,
                            tr("Service agreement \"%1\" with %2 ended.").arg(old.title, *name));
    });
}

// ---- The handbook ---------------------------------------------------------------------------

Result<Handbook> ContactRepository::handbook() const
{
    ReadSnapshot snapshot(m_db);
    Handbook h;
    auto name =
        m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'institution.name'"));
    if (!name)
        return name.takeError();
    h.institution = name->next() ? name->value(0).toString() : QString();
    auto last = distributions();
    if (!last)
        return last.takeError();
    h.version = last->isEmpty() ? 1 : last->constLast().version + 1;
    h.date = today(m_clock);

    auto units = this->units();
    if (!units)
        return units.takeError();
    h.units = *units;
    auto people = m_db.exec(SelectContact
                            + QStringLiteral("ORDER BY u.sort_order IS NULL, u.sort_order, "
                                             "u.name, c.name, c.id"));
    if (!people)
        return people.takeError();
    QList<Contact> others;
    while (people->next()) {
        Contact c = contactFrom(*people);
        (c.active && c.inHandbook ? h.contacts : others) << c;
    }
    auto positions = this->positions();
    if (!positions)
        return positions.takeError();
    h.positions = *positions;
    auto succession = this->succession();
    if (!succession)
        return succession.takeError();
    h.succession = *succession;
    auto notification = notificationContacts();
    if (!notification)
        return notification.takeError();
    h.notification = *notification;
    auto communications = this->communications();
    if (!communications)
        return communications.takeError();
    h.communications = *communications;
    auto agreements = this->agreements();
    if (!agreements)
        return agreements.takeError();
    h.agreements = *agreements;

    QSet<qint64> referenced(h.succession.cbegin(), h.succession.cend());
    for (const OrgPosition &p : std::as_const(h.positions))
        for (qint64 id : p.members)
            referenced.insert(id);
    for (const NotificationContact &n : std::as_const(h.notification))
        referenced.insert(n.contactId);
    for (const Agreement &a : std::as_const(h.agreements)) {
        referenced.insert(a.ourContactId);
        referenced.insert(a.theirContactId);
    }
    for (const Contact &c : std::as_const(h.contacts))
        referenced.insert(c.backupId);
    for (const Contact &c : std::as_const(others))
        if (referenced.contains(c.id))
            h.referenced << c;
    std::sort(h.referenced.begin(), h.referenced.end(),
              [](const Contact &a, const Contact &b) { return a.name < b.name; });
    return h;
}

Result<QList<HandbookChange>> ContactRepository::changesSinceDistribution() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, at, actor, entity, entity_id, coalesce(unit_id, 0), summary FROM "
        "handbook_changes WHERE at > coalesce((SELECT max(distributed_at) FROM "
        "handbook_distributions), '') ORDER BY at, id"));
    if (!q)
        return q.takeError();
    QList<HandbookChange> all;
    while (q->next())
        all << HandbookChange{q->value(0).toLongLong(), fromStoredTime(q->value(1).toString()),
                              q->value(2).toString(),   q->value(3).toString(),
                              q->value(4).toLongLong(), q->value(5).toLongLong(),
                              q->value(6).toString()};
    return all;
}

Result<QList<HandbookDistribution>> ContactRepository::distributions() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, version, distributed_at, actor, note FROM "
                                      "handbook_distributions ORDER BY version"));
    if (!q)
        return q.takeError();
    QList<HandbookDistribution> all;
    while (q->next())
        all << HandbookDistribution{q->value(0).toLongLong(), q->value(1).toInt(),
                                    fromStoredTime(q->value(2).toString()), q->value(3).toString(),
                                    q->value(4).toString()};
    return all;
}

Result<HandbookDistribution> ContactRepository::recordDistribution(const Actor &actor,
                                                                   const QString &note)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    return m_db.write([&]() -> Result<HandbookDistribution> {
        if (Status turn = m_db.serialize(QStringLiteral("handbook versions")); !turn)
            return turn.takeError();
        auto q = m_db.exec(
            QStringLiteral("SELECT coalesce((SELECT max(version) FROM handbook_distributions), 0), "
                           "(SELECT max(at) FROM handbook_changes)"));
        if (!q)
            return q.takeError();
        q->next();
        HandbookDistribution d;
        d.version = q->value(0).toInt() + 1;
        d.distributedAt = m_clock.now();
        // Never stamped before a change it includes (a clock set back).
        if (!q->value(1).isNull()) {
            const QDateTime lastChange = fromStoredTime(q->value(1).toString());
            if (lastChange.isValid() && lastChange > d.distributedAt)
                d.distributedAt = lastChange;
        }
        d.actor = actor.auditName();
        d.note = note.trimmed().isEmpty() ? QStringLiteral("") : note.trimmed();
        auto insert = m_db.exec(
            QStringLiteral("INSERT INTO handbook_distributions (version, "
                           "distributed_at, actor, note) VALUES (?, ?, ?, ?) RETURNING id"),
            {d.version, toStoredTime(d.distributedAt), d.actor, d.note});
        if (!insert)
            return insert.takeError();
        auto returned = insertedId(*insert);
        if (!returned)
            return returned.takeError();
        d.id = *returned;
        auto logged = m_audit.append(
            actor, {QStringLiteral("handbook.distribute"),
                    QStringLiteral("handbook_distribution"),
                    QString::number(d.id),
                    {},
                    {{QStringLiteral("version"), d.version}, {QStringLiteral("note"), d.note}}});
        if (!logged)
            return logged.takeError();
        return d;
    });
}

} // namespace dd
