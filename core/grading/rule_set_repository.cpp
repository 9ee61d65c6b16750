#include "grading/rule_set_repository.h"

#include "audit/audit_log.h"
#include "grading/rule_set_library.h"
#include "institution/settings_repository.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QCryptographicHash>

namespace dd {

namespace {
const QString InForceKey = QStringLiteral("grading.rule_set");
} // namespace

RuleSetRepository::RuleSetRepository(Database &db, AuditLog &audit, SettingsRepository &settings,
                                     const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_settings(settings)
    , m_clock(clock)
{}

Result<QStringList> RuleSetRepository::ids() const
{
    QStringList all = RuleSetLibrary::builtInIds();
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT id FROM rule_sets ORDER BY id"));
    if (!q)
        return q.takeError();
    while (q->next())
        all << q->value(0).toString();
    return all;
}

Result<QString> RuleSetRepository::inForceId() const
{
    return m_settings.value(InForceKey, RuleSetLibrary::defaultId());
}

Result<RuleSet> RuleSetRepository::inForce() const
{
    auto id = inForceId();
    if (!id)
        return id.takeError();
    return get(*id);
}

Result<QByteArray> RuleSetRepository::json(const QString &id) const
{
    if (RuleSetLibrary::builtInIds().contains(id))
        return RuleSetLibrary::builtInJson(id);
    auto q = m_db.exec(
        QStringLiteral("SELECT content FROM rule_sets WHERE id = ? ORDER BY version DESC LIMIT 1"),
        {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("There is no rule set \"%1\".").arg(id));
    return q->value(0).toString().toUtf8();
}

Result<RuleSet> RuleSetRepository::get(const QString &id) const
{
    auto content = json(id);
    if (!content)
        return content.takeError();
    if (m_cached && *content == m_cachedJson)
        return *m_cached;
    auto parsed = RuleSet::parse(*content, id + QStringLiteral(".json"));
    if (!parsed)
        return parsed;
    m_cachedJson = *content;
    m_cached = *parsed;
    return parsed;
}

Result<RuleSet> RuleSetRepository::save(const Actor &actor, const QByteArray &content,
                                        const QString &fileName)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed.takeError();
    auto parsed = RuleSet::parse(content, fileName);
    if (!parsed)
        return parsed;
    if (RuleSetLibrary::builtInIds().contains(parsed->id))
        return fail(tr("%1: id: \"%2\" is a built-in rule set; give your copy an id of its own "
                       "(for example \"%2-ours\").")
                        .arg(fileName, parsed->id));
    return m_db.write([&]() -> Result<RuleSet> {
        if (Status turn = m_db.serialize(QStringLiteral("rule set versions")); !turn)
            return turn.takeError();
        auto q = m_db.exec(QStringLiteral("SELECT max(version) FROM rule_sets WHERE id = ?"),
                           {parsed->id});
        if (!q)
            return q.takeError();
        q->next();
        if (!q->value(0).isNull() && parsed->version <= q->value(0).toInt())
            return fail(tr("%1: version: version %2 of \"%3\" is stored already; raise the "
                           "version to above %2.")
                            .arg(fileName)
                            .arg(q->value(0).toInt())
                            .arg(parsed->id));
        auto stored = m_db.exec(QStringLiteral("INSERT INTO rule_sets (id, version, content, "
                                               "saved_at, saved_by) VALUES (?, ?, ?, ?, ?)"),
                                {parsed->id, parsed->version, QString::fromUtf8(content),
                                 toStoredTime(m_clock.now()), actor.auditName()});
        if (!stored)
            return stored.takeError();
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        auto logged = m_audit.append(actor, {QStringLiteral("rule_set.save"),
                                             QStringLiteral("rule_set"),
                                             parsed->id,
                                             {},
                                             {{QStringLiteral("version"), parsed->version},
                                              {QStringLiteral("sha256"), sha}}});
        if (!logged)
            return logged.takeError();
        return parsed;
    });
}

Status RuleSetRepository::setInForce(const Actor &actor, const QString &id)
{
    auto exists = get(id);
    if (!exists)
        return exists.takeError();
    return m_settings.setValue(actor, InForceKey, id);
}

} // namespace dd
