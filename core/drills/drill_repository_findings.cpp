#include "audit/audit_log.h"
#include "drills/drill_repository.h"
#include "drills/drill_store.h"
#include "storage/attachment_files.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dd {

using namespace DrillStore;

namespace {

ImprovementAction actionFrom(const QSqlQuery &q, int c)
{
    ImprovementAction a;
    a.id = q.value(c).toLongLong();
    a.findingId = q.value(c + 1).toLongLong();
    a.text = q.value(c + 2).toString();
    a.ownerId = q.value(c + 3).toLongLong();
    a.due = date(q.value(c + 4));
    a.status = actionStatusFromId(q.value(c + 5).toString()).value_or(ActionStatus::Open);
    a.evidence = q.value(c + 6).toString();
    a.version = q.value(c + 7).toInt();
    a.updatedAt = time(q.value(c + 8));
    a.updatedBy = q.value(c + 9).toString();
    return a;
}

const QString ActionColumns = QStringLiteral(
    "a.id, a.finding_id, a.text, a.owner_id, a.due, a.status, a.evidence, a.version, "
    "a.updated_at, a.updated_by");

// The drill a finding belongs to, for the status and retention rules.
Result<Drill> drillOfFinding(Database &db, qint64 findingId)
{
    auto q =
        exec(db, QStringLiteral("SELECT drill_id FROM drill_findings WHERE id = ?"), {findingId});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(DrillStore::Text::tr("There is no finding with id %1.").arg(findingId));
    return drillRow(db, q->value(0).toLongLong());
}

} // namespace

Result<QList<DrillFinding>> DrillRepository::findings(qint64 drillId) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT id, drill_id, text, version, updated_at, "
                                 "updated_by FROM drill_findings WHERE drill_id = ? "
                                 "ORDER BY id"),
                  {drillId});
    if (!q)
        return q.takeError();
    QList<DrillFinding> all;
    while (q->next()) {
        DrillFinding f;
        f.id = q->value(0).toLongLong();
        f.drillId = q->value(1).toLongLong();
        f.text = q->value(2).toString();
        f.version = q->value(3).toInt();
        f.updatedAt = time(q->value(4));
        f.updatedBy = q->value(5).toString();
        all << f;
    }
    for (DrillFinding &f : all) {
        auto a = exec(m_db,
                      QStringLiteral("SELECT %1 FROM drill_actions a WHERE a.finding_id = ? "
                                     "ORDER BY a.due, a.id")
                          .arg(ActionColumns),
                      {f.id});
        if (!a)
            return a.takeError();
        while (a->next())
            f.actions << actionFrom(*a, 0);
    }
    return all;
}

Result<qint64> DrillRepository::saveFinding(const Actor &actor, const DrillFinding &finding)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    const QString text = finding.text.trimmed();
    if (text.isEmpty())
        return fail(tr("Finding: describe the problem found."));
    const QString now = toStoredTime(m_clock.now());
    return m_db.write([&]() -> Result<qint64> {
        DrillFinding f = finding;
        f.text = text;
        QJsonObject before;
        if (f.id != 0) {
            auto q = exec(m_db,
                          QStringLiteral("SELECT drill_id, text, version, updated_at, "
                                         "updated_by FROM drill_findings WHERE id = ?"),
                          {f.id});
            if (!q)
                return q.takeError();
            if (!q->next())
                return fail(tr("There is no finding with id %1.").arg(f.id));
            const int current = q->value(2).toInt();
            if (current != f.version)
                return stale(tr("Finding \"%1\"").arg(q->value(1).toString()),
                             q->value(4).toString(), time(q->value(3)), f.version, current);
            f.drillId = q->value(0).toLongLong();
            before =
                toJson(DrillFinding{f.id, f.drillId, q->value(1).toString(), {}, current, {}, {}});
            if (auto u = exec(m_db,
                              QStringLiteral("UPDATE drill_findings SET text = ?, updated_at "
                                             "= ?, updated_by = ?, version = version + 1 "
                                             "WHERE id = ?"),
                              {text, now, actor.auditName(), f.id});
                !u)
                return u.takeError();
            f.version = current + 1;
        } else {
            auto d = drillRow(m_db, f.drillId);
            if (!d)
                return d.takeError();
            if (d->status != DrillStatus::InProgress && d->status != DrillStatus::Completed)
                return fail(tr("Drill \"%1\" is %2: findings belong to a drill that was held.")
                                .arg(d->title, drillStatusName(d->status)));
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO drill_findings (drill_id, text, "
                                         "created_at, updated_at, updated_by, version) "
                                         "VALUES (?, ?, ?, ?, ?, 1) RETURNING id"),
                          {f.drillId, text, now, now, actor.auditName()});
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            f.id = *returned;
            f.version = 1;
        }
        if (auto a =
                m_audit.append(actor, {before.isEmpty() ? QStringLiteral("drill.finding.create")
                                                        : QStringLiteral("drill.finding.update"),
                                       QStringLiteral("drill_findings"), QString::number(f.id),
                                       before, toJson(f)});
            !a)
            return a.takeError();
        return f.id;
    });
}

Status DrillRepository::removeFinding(const Actor &actor, qint64 findingId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto d = drillOfFinding(m_db, findingId);
        if (!d)
            return d.takeError();
        if (!DrillRules::deletable(*d, localDate(m_clock.now())))
            return retained(tr("The findings of drill \"%1\"").arg(d->title),
                            DrillRules::retainedUntil(*d));
        auto all = findings(d->id);
        if (!all)
            return all.takeError();
        QJsonObject before;
        for (const DrillFinding &f : *all)
            if (f.id == findingId) {
                before = toJson(f);
                before.insert(QStringLiteral("actions"), int(f.actions.size()));
            }
        if (auto q =
                exec(m_db, QStringLiteral("DELETE FROM drill_findings WHERE id = ?"), {findingId});
            !q)
            return q.takeError();
        if (auto a = m_audit.append(actor, {QStringLiteral("drill.finding.delete"),
                                            QStringLiteral("drill_findings"),
                                            QString::number(findingId),
                                            before,
                                            {}});
            !a)
            return a.takeError();
        return {};
    });
}

Result<qint64> DrillRepository::saveAction(const Actor &actor, const ImprovementAction &action)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    ImprovementAction a = action;
    a.text = a.text.trimmed();
    a.evidence = a.evidence.trimmed();
    if (a.text.isEmpty())
        return fail(tr("Improvement action: say what is to be done."));
    if (a.ownerId == 0)
        return fail(tr("Improvement action \"%1\": name the owner.").arg(a.text));
    if (!a.due.isValid())
        return fail(tr("Improvement action \"%1\": set the due date.").arg(a.text));
    if (a.status == ActionStatus::Done && a.evidence.isEmpty())
        return fail(tr("Improvement action \"%1\": a done action needs its evidence (what shows "
                       "it was done).")
                        .arg(a.text));
    if (Status known = checkContacts(m_db, {a.ownerId}, tr("Owner")); !known)
        return known.takeError();
    const QString now = toStoredTime(m_clock.now());
    return m_db.write([&]() -> Result<qint64> {
        QJsonObject before;
        if (a.id != 0) {
            auto q = exec(
                m_db,
                QStringLiteral("SELECT %1 FROM drill_actions a WHERE a.id = ?").arg(ActionColumns),
                {a.id});
            if (!q)
                return q.takeError();
            if (!q->next())
                return fail(tr("There is no improvement action with id %1.").arg(a.id));
            const ImprovementAction old = actionFrom(*q, 0);
            if (old.version != a.version)
                return stale(tr("Improvement action \"%1\"").arg(old.text), old.updatedBy,
                             old.updatedAt, a.version, old.version);
            a.findingId = old.findingId;
            before = toJson(old);
            if (auto u = exec(m_db,
                              QStringLiteral("UPDATE drill_actions SET text = ?, owner_id = "
                                             "?, due = ?, status = ?, evidence = ?, "
                                             "updated_at = ?, updated_by = ?, version = "
                                             "version + 1 WHERE id = ?"),
                              {a.text, a.ownerId, storedDate(a.due), actionStatusId(a.status),
                               a.evidence, now, actor.auditName(), a.id});
                !u)
                return u.takeError();
            a.version = old.version + 1;
        } else {
            auto d = drillOfFinding(m_db, a.findingId);
            if (!d)
                return d.takeError();
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO drill_actions (finding_id, text, "
                                         "owner_id, due, status, evidence, created_at, "
                                         "updated_at, updated_by, version) VALUES (?, ?, ?, "
                                         "?, ?, ?, ?, ?, ?, 1) RETURNING id"),
                          {a.findingId, a.text, a.ownerId, storedDate(a.due),
                           actionStatusId(a.status), a.evidence, now, now, actor.auditName()});
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            a.id = *returned;
            a.version = 1;
        }
        if (auto r = m_audit.append(
                actor, {before.isEmpty() ? QStringLiteral("drill.action.create")
                                         : QStringLiteral("drill.action.update"),
                        QStringLiteral("drill_actions"), QString::number(a.id), before, toJson(a)});
            !r)
            return r.takeError();
        return a.id;
    });
}

Status DrillRepository::removeAction(const Actor &actor, qint64 actionId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto q =
            exec(m_db,
                 QStringLiteral("SELECT %1 FROM drill_actions a WHERE a.id = ?").arg(ActionColumns),
                 {actionId});
        if (!q)
            return q.takeError();
        if (!q->next())
            return fail(tr("There is no improvement action with id %1.").arg(actionId));
        const ImprovementAction old = actionFrom(*q, 0);
        auto d = drillOfFinding(m_db, old.findingId);
        if (!d)
            return d.takeError();
        if (!DrillRules::deletable(*d, localDate(m_clock.now())))
            return retained(tr("The improvement actions of drill \"%1\"").arg(d->title),
                            DrillRules::retainedUntil(*d));
        if (auto del =
                exec(m_db, QStringLiteral("DELETE FROM drill_actions WHERE id = ?"), {actionId});
            !del)
            return del.takeError();
        if (auto a = m_audit.append(actor, {QStringLiteral("drill.action.delete"),
                                            QStringLiteral("drill_actions"),
                                            QString::number(actionId),
                                            toJson(old),
                                            {}});
            !a)
            return a.takeError();
        return {};
    });
}

Result<QList<ActionOverview>> DrillRepository::actions(bool openOnly) const
{
    auto q =
        exec(m_db, QStringLiteral("SELECT %1, d.id, d.title, f.text FROM drill_actions a "
                                  "JOIN drill_findings f ON f.id = a.finding_id "
                                  "JOIN drills d ON d.id = f.drill_id %2 ORDER BY a.due, a.id")
                       .arg(ActionColumns,
                            openOnly ? QStringLiteral("WHERE a.status IN ('open', 'in_progress')")
                                     : QString()));
    if (!q)
        return q.takeError();
    QList<ActionOverview> all;
    while (q->next())
        all << ActionOverview{actionFrom(*q, 0), q->value(10).toLongLong(), q->value(11).toString(),
                              q->value(12).toString()};
    return all;
}

Result<QList<ActionOverview>> DrillRepository::overdueActions(const QDate &today) const
{
    auto open = actions(true);
    if (!open)
        return open;
    QList<ActionOverview> overdue;
    for (const ActionOverview &a : *open)
        if (a.action.overdue(today))
            overdue << a;
    return overdue;
}

Result<QList<DrillAttachment>> DrillRepository::attachments(qint64 drillId) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT id, drill_id, file_name, stored_as, sha256, size, "
                                 "added_at, added_by FROM drill_attachments WHERE drill_id "
                                 "= ? ORDER BY id"),
                  {drillId});
    if (!q)
        return q.takeError();
    QList<DrillAttachment> all;
    while (q->next())
        all << DrillAttachment{q->value(0).toLongLong(), q->value(1).toLongLong(),
                               q->value(2).toString(),   q->value(3).toString(),
                               q->value(4).toString(),   q->value(5).toLongLong(),
                               time(q->value(6)),        q->value(7).toString()};
    return all;
}

Result<qint64> DrillRepository::attachFile(const Actor &actor, qint64 drillId,
                                           const QString &sourcePath, const QString &folder)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    auto d = drillRow(m_db, drillId);
    if (!d)
        return d.takeError();
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(sourcePath), source.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&source))
        return fail(tr("Cannot read %1.").arg(QDir::toNativeSeparators(sourcePath)));
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString name = QFileInfo(sourcePath).fileName();
    const QString storedAs = QStringLiteral("drills/%1/%2").arg(drillId).arg(sha);
    return m_db.write([&]() -> Result<qint64> {
        if (Status kept = AttachmentFiles::store(m_db, folder, storedAs, sourcePath); !kept)
            return kept.takeError();
        auto q = exec(m_db,
                      QStringLiteral("INSERT INTO drill_attachments (drill_id, file_name, "
                                     "stored_as, sha256, size, added_at, added_by) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      {drillId, name, storedAs, sha, source.size(), toStoredTime(m_clock.now()),
                       actor.auditName()});
        if (!q)
            return q.takeError();
        auto returned = insertedId(*q);
        if (!returned)
            return returned.takeError();
        const qint64 id = *returned;
        if (auto a = m_audit.append(actor, {QStringLiteral("drill.attach"),
                                            QStringLiteral("drill_attachments"),
                                            QString::number(id),
                                            {},
                                            {{QStringLiteral("drill"), drillId},
                                             {QStringLiteral("file"), name},
                                             {QStringLiteral("sha256"), sha},
                                             {QStringLiteral("size"), source.size()}}});
            !a)
            return a.takeError();
        return id;
    });
}

Status DrillRepository::removeAttachment(const Actor &actor, qint64 attachmentId,
                                         const QString &folder)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    QString storedAs;
    Status removed = m_db.write([&]() -> Status {
        auto q = exec(m_db,
                      QStringLiteral("SELECT drill_id, file_name, stored_as, sha256 FROM "
                                     "drill_attachments WHERE id = ?"),
                      {attachmentId});
        if (!q)
            return q.takeError();
        if (!q->next())
            return fail(tr("There is no drill attachment with id %1.").arg(attachmentId));
        const QString name = q->value(1).toString();
        storedAs = q->value(2).toString();
        const QString sha = q->value(3).toString();
        auto d = drillRow(m_db, q->value(0).toLongLong());
        if (!d)
            return d.takeError();
        if (!DrillRules::deletable(*d, localDate(m_clock.now())))
            return retained(tr("Attachment %1 of drill \"%2\"").arg(name, d->title),
                            DrillRules::retainedUntil(*d));
        if (auto del = exec(m_db, QStringLiteral("DELETE FROM drill_attachments WHERE id = ?"),
                            {attachmentId});
            !del)
            return del.takeError();
        if (auto a = m_audit.append(actor, {QStringLiteral("drill.attachment.delete"),
                                            QStringLiteral("drill_attachments"),
                                            QString::number(attachmentId),
                                            {{QStringLiteral("drill"), d->id},
                                             {QStringLiteral("file"), name},
                                             {QStringLiteral("sha256"), sha}},
                                            {}});
            !a)
            return a.takeError();
        return {};
    });
    if (!removed)
        return removed;
    AttachmentFiles::forgetUnused(m_db, folder, storedAs, QStringLiteral("drill_attachments"));
    return {};
}

} // namespace dd
