#include "escalation/escalation_policy.h"

#include "audit/audit_log.h"
#include "grading/json_reader.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace dd {

namespace {

constexpr int MaxTimeoutMinutes = 1440;
constexpr int MaxRepeatCount = 20;

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    return items;
}

// NOT NULL text columns take "" for an empty list.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

int specificity(const EscalationPolicy &p)
{
    return (p.grades.isEmpty() ? 0 : 1) + (p.faultTypes.isEmpty() ? 0 : 1);
}

} // namespace

QString escalationTargetId(EscalationTarget target)
{
    switch (target) {
    case EscalationTarget::Role: return QStringLiteral("role");
    case EscalationTarget::Person: return QStringLiteral("person");
    case EscalationTarget::Succession: return QStringLiteral("succession");
    }
    return {};
}

std::optional<EscalationTarget> escalationTargetFromId(const QString &id)
{
    for (EscalationTarget t :
         {EscalationTarget::Role, EscalationTarget::Person, EscalationTarget::Succession})
        if (escalationTargetId(t) == id)
            return t;
    return std::nullopt;
}

QString escalationChannelId(EscalationChannel channel)
{
    return channel == EscalationChannel::Phone ? QStringLiteral("phone")
                                               : QStringLiteral("message");
}

std::optional<EscalationChannel> escalationChannelFromId(const QString &id)
{
    if (id == QLatin1String("phone"))
        return EscalationChannel::Phone;
    if (id == QLatin1String("message"))
        return EscalationChannel::Message;
    return std::nullopt;
}

QString escalationChannelName(EscalationChannel channel)
{
    return channel == EscalationChannel::Phone ? EscalationPolicy::tr("phone")
                                               : EscalationPolicy::tr("message");
}

bool EscalationPolicy::appliesTo(const QString &grade, const QString &faultType) const
{
    return (grades.isEmpty() || grades.contains(grade))
           && (faultTypes.isEmpty() || faultTypes.contains(faultType));
}

Status EscalationPolicy::validate() const
{
    if (name.trimmed().isEmpty())
        return fail(tr("Name: give the policy a name."));
    if (repeatCount < 0 || repeatCount > MaxRepeatCount)
        return fail(tr("Repeat count: expected a whole number from 0 to %1, not %2.")
                        .arg(MaxRepeatCount)
                        .arg(repeatCount));
    if (levels.isEmpty())
        return fail(tr("Levels: a policy needs at least one level."));
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const EscalationLevel &l = levels.at(i);
        const QString path = QStringLiteral("levels[%1]").arg(i);
        if (l.timeoutMinutes < 1 || l.timeoutMinutes > MaxTimeoutMinutes)
            return fail(tr("%1.timeout: expected a whole number of minutes from 1 to %2, not %3.")
                            .arg(path)
                            .arg(MaxTimeoutMinutes)
                            .arg(l.timeoutMinutes));
        if (l.target == EscalationTarget::Role && l.roleKey.trimmed().isEmpty())
            return fail(tr("%1.role: name the duty role to call, such as duty_leader.").arg(path));
        if (l.target == EscalationTarget::Person && l.contactId <= 0)
            return fail(tr("%1.contact: choose the person to call.").arg(path));
    }
    return {};
}

Result<QList<EscalationLevel>> EscalationPolicy::levelsFromJson(const QByteArray &json,
                                                                const QString &fileName)
{
    const JsonFieldReader reader(fileName);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reader.error(QStringLiteral("levels"), tr("not valid JSON at offset %1: %2")
                                                          .arg(parseError.offset)
                                                          .arg(parseError.errorString()));
    if (!doc.isArray())
        return reader.error(QStringLiteral("levels"), tr("expected an array of levels"));
    return levelsFromJson(doc.array(), fileName, QStringLiteral("levels"));
}

Result<QList<EscalationLevel>> EscalationPolicy::levelsFromJson(const QJsonArray &array,
                                                                const QString &fileName,
                                                                const QString &path)
{
    const JsonFieldReader r(fileName);
    if (array.isEmpty())
        return r.error(path, tr("expected at least one level"));
    QList<EscalationLevel> levels;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = JsonFieldReader::index(path, i);
        auto o = r.object(array.at(i), at);
        if (!o)
            return o.takeError();
        const QStringList allowed{QStringLiteral("target"), QStringLiteral("role"),
                                  QStringLiteral("contact"), QStringLiteral("timeout"),
                                  QStringLiteral("channel")};
        if (Status k =
                r.keys(*o, at, allowed, {QStringLiteral("target"), QStringLiteral("timeout")});
            !k)
            return k.takeError();
        EscalationLevel level;
        const QString targetPath = JsonFieldReader::key(at, QStringLiteral("target"));
        auto targetId = r.text(o->value(QStringLiteral("target")), targetPath);
        if (!targetId)
            return targetId.takeError();
        const auto target = escalationTargetFromId(*targetId);
        if (!target)
            return r.error(
                targetPath,
                tr("unknown target \"%1\" (expected role, person or succession)").arg(*targetId));
        level.target = *target;
        if (level.target == EscalationTarget::Role) {
            const QString rolePath = JsonFieldReader::key(at, QStringLiteral("role"));
            if (!o->contains(QStringLiteral("role")))
                return r.error(rolePath, tr("a role level names the duty role"));
            auto role = r.identifier(o->value(QStringLiteral("role")), rolePath);
            if (!role)
                return role.takeError();
            level.roleKey = *role;
        } else if (o->contains(QStringLiteral("role"))) {
            return r.error(JsonFieldReader::key(at, QStringLiteral("role")),
                           tr("only a role level names a role"));
        }
        if (level.target == EscalationTarget::Person) {
            const QString contactPath = JsonFieldReader::key(at, QStringLiteral("contact"));
            if (!o->contains(QStringLiteral("contact")))
                return r.error(contactPath, tr("a person level names the contact id"));
            auto contact = r.wholeNumber(o->value(QStringLiteral("contact")), contactPath, 1,
                                         std::numeric_limits<qint32>::max());
            if (!contact)
                return contact.takeError();
            level.contactId = *contact;
        } else if (o->contains(QStringLiteral("contact"))) {
            return r.error(JsonFieldReader::key(at, QStringLiteral("contact")),
                           tr("only a person level names a contact"));
        }
        auto timeout = r.wholeNumber(o->value(QStringLiteral("timeout")),
                                     JsonFieldReader::key(at, QStringLiteral("timeout")), 1,
                                     MaxTimeoutMinutes);
        if (!timeout)
            return timeout.takeError();
        level.timeoutMinutes = int(*timeout);
        if (o->contains(QStringLiteral("channel"))) {
            const QString channelPath = JsonFieldReader::key(at, QStringLiteral("channel"));
            auto channelId = r.text(o->value(QStringLiteral("channel")), channelPath);
            if (!channelId)
                return channelId.takeError();
            const auto channel = escalationChannelFromId(*channelId);
            if (!channel)
                return r.error(
                    channelPath,
                    tr("unknown channel \"%1\" (expected phone or message)").arg(*channelId));
            level.channel = *channel;
        }
        levels << level;
    }
    return levels;
}

QJsonArray EscalationPolicy::levelsToJson(const QList<EscalationLevel> &levels)
{
    QJsonArray array;
    for (const EscalationLevel &l : levels) {
        QJsonObject o{{QStringLiteral("target"), escalationTargetId(l.target)}};
        if (l.target == EscalationTarget::Role)
            o.insert(QStringLiteral("role"), l.roleKey);
        if (l.target == EscalationTarget::Person)
            o.insert(QStringLiteral("contact"), l.contactId);
        o.insert(QStringLiteral("timeout"), l.timeoutMinutes);
        o.insert(QStringLiteral("channel"), escalationChannelId(l.channel));
        array.append(o);
    }
    return array;
}

QJsonObject EscalationPolicy::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("grades"), grades.join(u',')},
            {QStringLiteral("fault_types"), faultTypes.join(u',')},
            {QStringLiteral("repeat_count"), repeatCount},
            {QStringLiteral("levels"), levelsToJson(levels)},
            {QStringLiteral("priority"), priority}};
}

const EscalationPolicy *EscalationPolicy::choose(const QList<EscalationPolicy> &policies,
                                                 const QString &grade, const QString &faultType)
{
    const EscalationPolicy *best = nullptr;
    for (const EscalationPolicy &p : policies) {
        if (!p.appliesTo(grade, faultType))
            continue;
        if (!best || p.priority > best->priority
            || (p.priority == best->priority
                && (specificity(p) > specificity(*best)
                    || (specificity(p) == specificity(*best) && p.id < best->id))))
            best = &p;
    }
    return best;
}

EscalationPolicyRepository::EscalationPolicyRepository(Database &db, AuditLog &audit,
                                                       const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Result<QList<EscalationPolicy>> EscalationPolicyRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, grades, fault_types, repeat_count, levels, "
                                      "priority, updated_at, version FROM escalation_policies "
                                      "ORDER BY priority DESC, name"));
    if (!q)
        return q.takeError();
    QList<EscalationPolicy> policies;
    while (q->next()) {
        EscalationPolicy p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.grades = splitList(q->value(2).toString());
        p.faultTypes = splitList(q->value(3).toString());
        p.repeatCount = q->value(4).toInt();
        auto levels = EscalationPolicy::levelsFromJson(q->value(5).toString().toUtf8(),
                                                       tr("escalation policy \"%1\"").arg(p.name));
        if (!levels)
            return levels.takeError();
        p.levels = *levels;
        p.priority = q->value(6).toInt();
        p.updatedAt = fromStoredTime(q->value(7).toString());
        p.version = q->value(8).toLongLong();
        policies << p;
    }
    return policies;
}

Result<EscalationPolicy> EscalationPolicyRepository::get(qint64 id) const
{
    auto all = list();
    if (!all)
        return all.takeError();
    for (const EscalationPolicy &p : *all)
        if (p.id == id)
            return p;
    return fail(tr("There is no escalation policy number %1.").arg(id));
}

Result<qint64> EscalationPolicyRepository::save(const Actor &actor, const EscalationPolicy &policy)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed.takeError();
    EscalationPolicy p = policy;
    p.name = p.name.trimmed();
    if (Status valid = p.validate(); !valid)
        return valid.takeError();
    return m_db.write([&]() -> Result<qint64> {
        QJsonObject before;
        if (p.id > 0) {
            // Locked until commit (PostgreSQL): of two desks saving at once, the second sees
            // the first one's version.
            auto locked = m_db.exec(QStringLiteral("SELECT version FROM escalation_policies "
                                                   "WHERE id = ?")
                                        + m_db.forUpdate(),
                                    {p.id});
            if (!locked)
                return locked.takeError();
            auto old = get(p.id);
            if (!old)
                return old.takeError();
            if (old->version != p.version)
                return m_audit.staleEdit(tr("The escalation policy \"%1\"").arg(old->name),
                                         QStringLiteral("escalation_policy"), QString::number(p.id),
                                         p.version, old->version,
                                         {QStringLiteral("escalation_policy.save")});
            before = old->toJson();
        }
        auto clash = m_db.exec(
            QStringLiteral("SELECT id FROM escalation_policies WHERE name = ? AND id <> ?"),
            {p.name, p.id});
        if (!clash)
            return clash.takeError();
        if (clash->next())
            return fail(tr("Name: another escalation policy is called \"%1\".").arg(p.name));
        const QVariantList values{
            p.name,
            notNull(p.grades.join(u',')),
            notNull(p.faultTypes.join(u',')),
            p.repeatCount,
            QString::fromUtf8(QJsonDocument(EscalationPolicy::levelsToJson(p.levels))
                                  .toJson(QJsonDocument::Compact)),
            p.priority,
            toStoredTime(m_clock.now())};
        qint64 id = p.id;
        if (id > 0) {
            QVariantList bound = values;
            bound << id;
            auto q =
                m_db.exec(QStringLiteral("UPDATE escalation_policies SET name = ?, grades = ?, "
                                         "fault_types = ?, repeat_count = ?, levels = ?, "
                                         "priority = ?, updated_at = ?, version = version + 1 "
                                         "WHERE id = ?"),
                          bound);
            if (!q)
                return q.takeError();
        } else {
            auto q = m_db.exec(
                QStringLiteral("INSERT INTO escalation_policies (name, grades, fault_types, "
                               "repeat_count, levels, priority, updated_at) VALUES (?, ?, ?, ?, "
                               "?, ?, ?) RETURNING id"),
                values);
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            id = *returned;
        }
        auto logged = m_audit.append(actor, {QStringLiteral("escalation_policy.save"),
                                             QStringLiteral("escalation_policy"),
                                             QString::number(id), before, p.toJson()});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status EscalationPolicyRepository::remove(const Actor &actor, qint64 id)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        auto old = get(id);
        if (!old)
            return old.takeError();
        auto q = m_db.exec(QStringLiteral("DELETE FROM escalation_policies WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("escalation_policy.remove"),
                                             QStringLiteral("escalation_policy"),
                                             QString::number(id),
                                             old->toJson(),
                                             {}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<std::optional<EscalationPolicy>>
EscalationPolicyRepository::choose(const QString &grade, const QString &faultType) const
{
    auto all = list();
    if (!all)
        return all.takeError();
    const EscalationPolicy *p = EscalationPolicy::choose(*all, grade, faultType);
    if (!p)
        return std::optional<EscalationPolicy>();
    return std::optional<EscalationPolicy>(*p);
}

} // namespace dd
