#include "access/operator_repository.h"

#include "access/secret_hash.h"
#include "audit/audit_log.h"
#include "institution/settings_repository.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace dd {

namespace {

Operator operatorFrom(const QSqlQuery &q)
{
    Operator o;
    o.id = q.value(0).toLongLong();
    o.login = q.value(1).toString();
    o.displayName = q.value(2).toString();
    o.roles = rolesFromText(q.value(3).toString());
    o.active = q.value(4).toBool();
    return o;
}

QJsonObject toJson(const Operator &o)
{
    return {{QStringLiteral("login"), o.login},
            {QStringLiteral("display_name"), o.displayName},
            {QStringLiteral("roles"), rolesToText(o.roles)},
            {QStringLiteral("active"), o.active}};
}

const QString SelectOperator =
    QStringLiteral("SELECT id, login, display_name, roles, active, secret_hash FROM operators ");

} // namespace

QString rolesToText(const QList<Role> &roles)
{
    QStringList ids;
    for (Role r : allRoles()) // canonical order
        if (roles.contains(r))
            ids << roleId(r);
    return ids.join(u',');
}

QList<Role> rolesFromText(const QString &text)
{
    QList<Role> roles;
    for (const QString &id : text.split(u',', Qt::SkipEmptyParts))
        if (auto r = roleFromId(id.trimmed()))
            roles << *r;
    return roles;
}

OperatorRepository::OperatorRepository(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Status OperatorRepository::validate(const NewOperator &person)
{
    static const QRegularExpression loginRe(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!loginRe.match(person.login).hasMatch())
        return fail(tr("Login: use 2 to 32 letters, digits, dots, dashes or underscores "
                       "(got \"%1\").")
                        .arg(person.login));
    if (person.displayName.trimmed().isEmpty())
        return fail(tr("Name: enter the person's name as colleagues know it."));
    if (person.secret.size() < MinimumSecretLength)
        return fail(tr("PIN or password: use at least %1 characters.").arg(MinimumSecretLength));
    if (person.roles.isEmpty())
        return fail(tr("Roles: choose at least one role."));
    return {};
}

Result<bool> OperatorRepository::hasOperators() const
{
    auto q = m_db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM operators)"));
    if (!q)
        return q.takeError();
    q->next();
    return q->value(0).toBool();
}

Result<QList<Operator>> OperatorRepository::list() const
{
    auto q = m_db.exec(SelectOperator + QStringLiteral("ORDER BY display_name, login"));
    if (!q)
        return q.takeError();
    QList<Operator> all;
    while (q->next())
        all << operatorFrom(*q);
    return all;
}

Result<Operator> OperatorRepository::find(const QString &login) const
{
    auto q = m_db.exec(SelectOperator + QStringLiteral("WHERE login = ?"), {login.trimmed()});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no operator with the login \"%1\".").arg(login));
    return operatorFrom(*q);
}

Result<Operator> OperatorRepository::byId(qint64 id) const
{
    auto q = m_db.exec(SelectOperator + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no operator number %1.").arg(id));
    return operatorFrom(*q);
}

Result<qint64> OperatorRepository::insert(const Actor &actor, const NewOperator &person)
{
    if (Status valid = validate(person); !valid)
        return valid.takeError();
    auto hash = hashSecret(person.secret);
    if (!hash)
        return hash.takeError();
    auto existing =
        m_db.exec(QStringLiteral("SELECT 1 FROM operators WHERE login = ?"), {person.login});
    if (!existing)
        return existing.takeError();
    if (existing->next())
        return fail(tr("Login: \"%1\" is taken already.").arg(person.login));
    const QString now = toStoredTime(m_clock.now());
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO operators (login, display_name, secret_hash, "
            "roles, active, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?) RETURNING id"),
        {person.login, person.displayName.trimmed(), *hash, rolesToText(person.roles), now, now});
    if (!q)
        return q.takeError();
    auto returned = insertedId(*q);
    if (!returned)
        return returned.takeError();
    const qint64 id = *returned;
    Operator created{id, person.login, person.displayName.trimmed(), person.roles, true};
    auto logged = m_audit.append(actor, {QStringLiteral("operator.create"),
                                         QStringLiteral("operator"),
                                         QString::number(id),
                                         {},
                                         toJson(created)});
    if (!logged)
        return logged.takeError();
    return id;
}

Result<Actor> OperatorRepository::createFirstAdministrator(const InstitutionProfile &profile,
                                                           const NewOperator &admin)
{
    NewOperator person = admin;
    if (!person.roles.contains(Role::Administrator))
        person.roles.prepend(Role::Administrator);
    return m_db.write([&]() -> Result<Actor> {
        auto any = hasOperators();
        if (!any)
            return any.takeError();
        if (*any)
            return fail(tr("This database has operators already; the first-run set-up is done."));
        const Actor setup = Actor::system();
        SettingsRepository settings(m_db, m_audit);
        if (Status saved = settings.saveInstitution(setup, profile); !saved)
            return saved.takeError();
        auto id = insert(setup, person);
        if (!id)
            return id.takeError();
        return Actor::operatorAccount(*id, person.login, person.displayName.trimmed(),
                                      person.roles);
    });
}

Result<qint64> OperatorRepository::add(const Actor &actor, const NewOperator &person)
{
    if (Status allowed = actor.require(Permission::ManageOperators); !allowed)
        return allowed.takeError();
    return m_db.write([&] { return insert(actor, person); });
}

Status OperatorRepository::updateColumn(const Actor &actor, qint64 id, const QString &action,
                                        const QString &column, const QVariant &value)
{
    return m_db.write([&]() -> Status {
        auto before = byId(id);
        if (!before)
            return before.takeError();
        auto q = m_db.exec(
            QStringLiteral("UPDATE operators SET %1 = ?, updated_at = ? WHERE id = ?").arg(column),
            {value, toStoredTime(m_clock.now()), id});
        if (!q)
            return q.takeError();
        auto after = byId(id);
        if (!after)
            return after.takeError();
        QJsonObject afterJson = toJson(*after);
        if (column == QLatin1String("secret_hash"))
            afterJson.insert(QStringLiteral("secret"), QStringLiteral("changed"));
        auto logged = m_audit.append(actor, {action, QStringLiteral("operator"),
                                             QString::number(id), toJson(*before), afterJson});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Status OperatorRepository::setRoles(const Actor &actor, qint64 id, const QList<Role> &roles)
{
    if (Status allowed = actor.require(Permission::ManageOperators); !allowed)
        return allowed;
    if (roles.isEmpty())
        return fail(tr("Roles: choose at least one role."));
    return updateColumn(actor, id, QStringLiteral("operator.roles"), QStringLiteral("roles"),
                        rolesToText(roles));
}

Status OperatorRepository::setActive(const Actor &actor, qint64 id, bool active)
{
    if (Status allowed = actor.require(Permission::ManageOperators); !allowed)
        return allowed;
    if (!active && actor.kind() == Actor::Kind::Operator && actor.operatorId() == id)
        return fail(tr("You cannot deactivate your own account; ask another administrator."));
    return updateColumn(actor, id,
                        active ? QStringLiteral("operator.activate")
                               : QStringLiteral("operator.deactivate"),
                        QStringLiteral("active"), active ? 1 : 0);
}

Status OperatorRepository::setSecret(const Actor &actor, qint64 id, const QString &secret)
{
    const bool own = actor.kind() == Actor::Kind::Operator && actor.operatorId() == id;
    if (!own) {
        if (Status allowed = actor.require(Permission::ManageOperators); !allowed)
            return allowed;
    }
    if (secret.size() < MinimumSecretLength)
        return fail(tr("PIN or password: use at least %1 characters.").arg(MinimumSecretLength));
    auto hash = hashSecret(secret);
    if (!hash)
        return hash.takeError();
    return updateColumn(actor, id, QStringLiteral("operator.secret"), QStringLiteral("secret_hash"),
                        *hash);
}

Result<Actor> OperatorRepository::authenticate(const QString &login, const QString &secret)
{
    auto q = m_db.exec(SelectOperator + QStringLiteral("WHERE login = ?"), {login.trimmed()});
    if (!q)
        return q.takeError();
    // The same answer for an unknown login and a wrong secret: nothing to probe.
    const Error refused = fail(tr("The login or the PIN is wrong."));
    if (!q->next())
        return refused;
    const Operator o = operatorFrom(*q);
    if (!verifySecret(secret, q->value(5).toString()))
        return refused;
    if (!o.active)
        return fail(tr("The account \"%1\" is deactivated; ask an administrator.").arg(o.login));
    return Actor::operatorAccount(o.id, o.login, o.displayName, o.roles);
}

Result<Actor> OperatorRepository::signIn(const QString &login, const QString &secret)
{
    auto actor = authenticate(login, secret);
    const Actor who = actor ? *actor : Actor::nobody();
    const QString action =
        actor ? QStringLiteral("access.sign_in") : QStringLiteral("access.sign_in_refused");
    if (!m_db.isReadOnly()) {
        Status logged = m_db.write([&]() -> Status {
            auto r =
                m_audit.append(who, {action, QStringLiteral("operator"), login.trimmed(), {}, {}});
            if (!r)
                return r.takeError();
            return {};
        });
        if (!logged)
            return logged.takeError();
    }
    return actor;
}

Status OperatorRepository::signOut(const Actor &actor, const QString &handedTo)
{
    if (actor.kind() != Actor::Kind::Operator || m_db.isReadOnly())
        return {};
    return m_db.write([&]() -> Status {
        QJsonObject after;
        if (!handedTo.isEmpty())
            after.insert(QStringLiteral("handed_to"), handedTo);
        auto r = m_audit.append(actor, {QStringLiteral("access.sign_out"),
                                        QStringLiteral("operator"),
                                        actor.login(),
                                        {},
                                        after});
        if (!r)
            return r.takeError();
        return {};
    });
}

Result<Actor> OperatorRepository::confirmSecondPerson(const Actor &first, const QString &login,
                                                      const QString &secret, Permission needed,
                                                      const QString &actionDescription)
{
    if (first.login().compare(login.trimmed(), Qt::CaseInsensitive) == 0)
        return fail(tr("A second person must confirm this: %1 cannot confirm their own action.")
                        .arg(first.displayName()));
    auto second = authenticate(login, secret);
    if (!second)
        return second;
    if (second->operatorId() == first.operatorId() && first.kind() == Actor::Kind::Operator)
        return fail(tr("A second person must confirm this: %1 cannot confirm their own action.")
                        .arg(first.displayName()));
    if (Status allowed = second->require(needed); !allowed)
        return allowed.takeError();
    Status logged = m_db.write([&]() -> Status {
        auto r = m_audit.append(*second, {QStringLiteral("access.confirm"),
                                          QStringLiteral("operator"),
                                          second->login(),
                                          {},
                                          {{QStringLiteral("confirms"), first.auditName()},
                                           {QStringLiteral("action"), actionDescription}}});
        if (!r)
            return r.takeError();
        return {};
    });
    if (!logged)
        return logged.takeError();
    return second;
}

} // namespace dd
