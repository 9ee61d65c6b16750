#include "audit/audit_log.h"
#include "drills/drill_repository.h"
#include "drills/drill_store.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace dd {

using namespace DrillStore;

namespace {

bool inside(const QDateTime &t, const HalfYear &h)
{
    return t.isValid() && t >= DrillRules::halfYearStart(h) && t < DrillRules::halfYearEnd(h);
}

HalfYearCompliance halfYear(const QList<DrillSummary> &drills, const HalfYear &h)
{
    HalfYearCompliance c;
    c.period = h;
    for (const DrillSummary &d : drills) {
        switch (d.status) {
        case DrillStatus::Completed:
            if (inside(d.actualStart, h))
                c.completed << d;
            break;
        case DrillStatus::Approved:
        case DrillStatus::InProgress:
            if (inside(d.actualStart.isValid() ? d.actualStart : d.plannedStart, h))
                c.planned << d;
            break;
        case DrillStatus::Draft:
            if (inside(d.plannedStart, h))
                c.drafts << d;
            break;
        case DrillStatus::Cancelled: break;
        }
    }
    c.compliant = !c.completed.isEmpty();
    return c;
}

} // namespace

Result<YearCompliance> DrillRepository::compliance(int year) const
{
    auto drills = list();
    if (!drills)
        return drills.takeError();
    return YearCompliance{year, halfYear(*drills, {year, 1}), halfYear(*drills, {year, 2})};
}

Result<QList<ComplianceWarning>> DrillRepository::warnings(const QDateTime &now) const
{
    const HalfYear current = DrillRules::halfYearOf(now);
    const QDate today = localDate(now);
    const QDate end = localDate(DrillRules::halfYearEnd(current)); // first day after it
    const int days = int(today.daysTo(end));
    QList<ComplianceWarning> warnings;
    if (days > 60)
        return warnings;
    auto drills = list();
    if (!drills)
        return drills.takeError();
    const HalfYearCompliance c = halfYear(*drills, current);
    if (!c.completed.isEmpty() || !c.planned.isEmpty())
        return warnings;
    warnings << ComplianceWarning{
        current, days,
        tr("No drill is completed or planned in %1, which ends in %n day(s): at least one drill "
           "must be completed every half-year.",
           nullptr, days)
            .arg(halfYearName(current))};
    return warnings;
}

Result<QList<TrainingSession>> DrillRepository::trainings(int year) const
{
    auto q = year == 0
                 ? exec(m_db, QStringLiteral("SELECT id FROM training_sessions ORDER BY held_on "
                                             "DESC, id DESC"))
                 : exec(m_db,
                        QStringLiteral("SELECT id FROM training_sessions WHERE held_on "
                                       "LIKE ? ORDER BY held_on DESC, id DESC"),
                        {QStringLiteral("%1-%").arg(year, 4, 10, QLatin1Char('0'))});
    if (!q)
        return q.takeError();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    QList<TrainingSession> all;
    for (qint64 id : ids) {
        auto s = training(id);
        if (!s)
            return s.takeError();
        all << *s;
    }
    return all;
}

Result<TrainingSession> DrillRepository::training(qint64 id) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT id, topic, title, held_on, trainer, materials, "
                                 "version, updated_at, updated_by FROM training_sessions "
                                 "WHERE id = ?"),
                  {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no training session with id %1.").arg(id));
    TrainingSession s;
    s.id = q->value(0).toLongLong();
    s.topic = trainingTopicFromId(q->value(1).toString()).value_or(TrainingTopic::Other);
    s.title = q->value(2).toString();
    s.date = date(q->value(3));
    s.trainer = q->value(4).toString();
    s.materials = q->value(5).toString();
    s.version = q->value(6).toInt();
    s.updatedAt = time(q->value(7));
    s.updatedBy = q->value(8).toString();
    auto a = exec(m_db,
                  QStringLiteral("SELECT contact_id FROM training_attendees WHERE "
                                 "session_id = ? ORDER BY contact_id"),
                  {id});
    if (!a)
        return a.takeError();
    while (a->next())
        s.attendees << a->value(0).toLongLong();
    return s;
}

Result<qint64> DrillRepository::saveTraining(const Actor &actor, const TrainingSession &session)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    TrainingSession s = session;
    s.title = s.title.trimmed();
    s.trainer = s.trainer.trimmed();
    if (s.title.isEmpty())
        return fail(tr("Training: give the session a title."));
    if (!s.date.isValid())
        return fail(tr("Training \"%1\": set the date it was held.").arg(s.title));
    QList<qint64> attendees;
    for (qint64 id : s.attendees)
        if (!attendees.contains(id))
            attendees << id;
    std::sort(attendees.begin(), attendees.end());
    s.attendees = attendees;
    if (Status known = checkContacts(m_db, s.attendees, tr("Attendees")); !known)
        return known.takeError();
    const QString now = toStoredTime(m_clock.now());
    return m_db.write([&]() -> Result<qint64> {
        QJsonObject before;
        if (s.id != 0) {
            auto old = training(s.id);
            if (!old)
                return old.takeError();
            if (old->version != s.version)
                return stale(tr("Training \"%1\"").arg(old->title), old->updatedBy, old->updatedAt,
                             s.version, old->version);
            before = toJson(*old);
            if (auto u = exec(m_db,
                              QStringLiteral("UPDATE training_sessions SET topic = ?, title "
                                             "= ?, held_on = ?, trainer = ?, materials = ?, "
                                             "updated_at = ?, updated_by = ?, version = "
                                             "version + 1 WHERE id = ?"),
                              {trainingTopicId(s.topic), s.title, storedDate(s.date), s.trainer,
                               s.materials, now, actor.auditName(), s.id});
                !u)
                return u.takeError();
            if (auto d = exec(m_db,
                              QStringLiteral("DELETE FROM training_attendees WHERE "
                                             "session_id = ?"),
                              {s.id});
                !d)
                return d.takeError();
            s.version = old->version + 1;
        } else {
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO training_sessions (topic, title, "
                                         "held_on, trainer, materials, created_at, "
                                         "updated_at, updated_by, version) VALUES (?, ?, ?, "
                                         "?, ?, ?, ?, ?, 1) RETURNING id"),
                          {trainingTopicId(s.topic), s.title, storedDate(s.date), s.trainer,
                           s.materials, now, now, actor.auditName()});
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            s.id = *returned;
            s.version = 1;
        }
        for (qint64 contact : s.attendees)
            if (auto q = exec(m_db,
                              QStringLiteral("INSERT INTO training_attendees (session_id, "
                                             "contact_id) VALUES (?, ?)"),
                              {s.id, contact});
                !q)
                return q.takeError();
        if (auto a = m_audit.append(actor, {before.isEmpty() ? QStringLiteral("training.create")
                                                             : QStringLiteral("training.update"),
                                            QStringLiteral("training_sessions"),
                                            QString::number(s.id), before, toJson(s)});
            !a)
            return a.takeError();
        return s.id;
    });
}

Status DrillRepository::removeTraining(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = training(id);
        if (!old)
            return old.takeError();
        if (auto q = exec(m_db, QStringLiteral("DELETE FROM training_sessions WHERE id = ?"), {id});
            !q)
            return q.takeError();
        if (auto a = m_audit.append(actor, {QStringLiteral("training.delete"),
                                            QStringLiteral("training_sessions"),
                                            QString::number(id),
                                            toJson(*old),
                                            {}});
            !a)
            return a.takeError();
        return {};
    });
}

Result<QList<TrainingStatus>> DrillRepository::trainingStatus(const QDate &today) const
{
    QMap<qint64, QStringList> posts;
    auto q = exec(m_db, QStringLiteral("SELECT m.contact_id, p.title FROM org_members m JOIN "
                                       "org_positions p ON p.id = m.position_id ORDER BY "
                                       "p.sort_order, p.id, m.sort_order"));
    if (!q)
        return q.takeError();
    while (q->next()) {
        QStringList &list = posts[q->value(0).toLongLong()];
        if (!list.contains(q->value(1).toString()))
            list << q->value(1).toString();
    }
    const QString day = storedDate(today);
    q = exec(m_db,
             QStringLiteral("SELECT r.members, r.name, d.name FROM rotations r JOIN "
                            "duty_roles d ON d.id = r.role_id WHERE r.start_date <= ? AND "
                            "(r.end_date = '' OR r.end_date > ?) ORDER BY d.sort_order, "
                            "r.id"),
             {day, day});
    if (!q)
        return q.takeError();
    while (q->next()) {
        const QString post =
            q->value(1).toString().isEmpty() ? q->value(2).toString() : q->value(1).toString();
        for (const QJsonValue &v :
             QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array()) {
            const qint64 id = v.toInteger();
            if (id == 0)
                continue;
            QStringList &list = posts[id];
            if (!list.contains(post))
                list << post;
        }
    }
    QList<TrainingStatus> all;
    for (auto it = posts.cbegin(); it != posts.cend(); ++it) {
        auto c = exec(m_db, QStringLiteral("SELECT name, active FROM contacts WHERE id = ?"),
                      {it.key()});
        if (!c)
            return c.takeError();
        if (!c->next() || c->value(1).toInt() == 0)
            continue;
        TrainingStatus s;
        s.contactId = it.key();
        s.name = c->value(0).toString();
        s.posts = it.value();
        auto t = exec(m_db,
                      QStringLiteral("SELECT max(s.held_on) FROM training_sessions s JOIN "
                                     "training_attendees a ON a.session_id = s.id WHERE "
                                     "a.contact_id = ? AND s.held_on <= ?"),
                      {it.key(), day});
        if (!t)
            return t.takeError();
        if (t->next())
            s.lastTraining = date(t->value(0));
        s.current = s.lastTraining.isValid() && s.lastTraining >= today.addMonths(-12);
        all << s;
    }
    std::sort(all.begin(), all.end(), [](const TrainingStatus &a, const TrainingStatus &b) {
        return a.name == b.name ? a.contactId < b.contactId : a.name < b.name;
    });
    return all;
}

} // namespace dd
