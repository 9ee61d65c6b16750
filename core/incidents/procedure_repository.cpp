#include "incidents/procedure_repository.h"

#include "audit/audit_log.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd {

namespace {

QStringList stepsFrom(const QString &json)
{
    QStringList steps;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        steps << v.toString();
    return steps;
}

QJsonObject toJson(const Procedure &p)
{
    return {{QStringLiteral("title"), p.title},
            {QStringLiteral("steps"), QJsonArray::fromStringList(p.steps)}};
}

} // namespace

ProcedureRepository::ProcedureRepository(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Result<QList<Procedure>> ProcedureRepository::list() const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT fault_type, title, steps FROM procedures ORDER BY fault_type"));
    if (!q)
        return q.takeError();
    QList<Procedure> all;
    while (q->next())
        all << Procedure{q->value(0).toString(), q->value(1).toString(),
                         stepsFrom(q->value(2).toString())};
    return all;
}

Result<Procedure> ProcedureRepository::forFaultType(const QString &faultType) const
{
    auto q = m_db.exec(QStringLiteral("SELECT fault_type, title, steps FROM procedures WHERE "
                                      "fault_type IN (?, 'other') ORDER BY fault_type = 'other'"),
                       {faultType});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no procedure for \"%1\" and no general one.").arg(faultType));
    return Procedure{q->value(0).toString(), q->value(1).toString(),
                     stepsFrom(q->value(2).toString())};
}

Status ProcedureRepository::save(const Actor &actor, const Procedure &p)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed;
    if (p.faultType.trimmed().isEmpty())
        return fail(tr("Fault type: give the fault type an id, such as trading_outage."));
    if (p.title.trimmed().isEmpty())
        return fail(tr("Title: name the procedure."));
    QStringList steps;
    for (const QString &s : p.steps)
        if (!s.trimmed().isEmpty())
            steps << s.trimmed();
    if (steps.isEmpty())
        return fail(tr("Steps: a procedure needs at least one step."));
    const bool safety = std::any_of(steps.begin(), steps.end(), [](const QString &s) {
        return s.contains(QStringLiteral("人身安全"))
               || s.contains(QLatin1String("safety"), Qt::CaseInsensitive);
    });
    if (!safety)
        return fail(tr("Steps: every procedure must include the personnel-safety step "
                       "(确认现场人员人身安全)."));
    const Procedure clean{p.faultType.trimmed(), p.title.trimmed(), steps};
    return m_db.write([&]() -> Status {
        QJsonObject before;
        if (auto old = m_db.exec(
                QStringLiteral("SELECT title, steps FROM procedures WHERE fault_type = ?"),
                {clean.faultType});
            old && old->next())
            before = toJson(
                {clean.faultType, old->value(0).toString(), stepsFrom(old->value(1).toString())});
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO procedures (fault_type, title, steps, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(fault_type) DO UPDATE SET title = excluded.title, steps = "
                "excluded.steps, updated_at = excluded.updated_at"),
            {clean.faultType, clean.title,
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(clean.steps))
                                   .toJson(QJsonDocument::Compact)),
             toStoredTime(m_clock.now())});
        if (!q)
            return q.takeError();
        auto logged =
            m_audit.append(actor, {QStringLiteral("procedure.save"), QStringLiteral("procedure"),
                                   clean.faultType, before, toJson(clean)});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Status ProcedureRepository::remove(const Actor &actor, const QString &faultType)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed;
    if (faultType == QLatin1String("other"))
        return fail(tr("The general procedure (\"other\") is the fallback and stays."));
    return m_db.write([&]() -> Status {
        auto q =
            m_db.exec(QStringLiteral("DELETE FROM procedures WHERE fault_type = ?"), {faultType});
        if (!q)
            return q.takeError();
        if (q->numRowsAffected() == 0)
            return fail(tr("There is no procedure for \"%1\".").arg(faultType));
        auto logged = m_audit.append(actor, {QStringLiteral("procedure.remove"),
                                             QStringLiteral("procedure"),
                                             faultType,
                                             {{QStringLiteral("fault_type"), faultType}},
                                             {}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

} // namespace dd
