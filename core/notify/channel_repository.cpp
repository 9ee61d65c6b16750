#include "notify/channel_repository.h"

#include "audit/audit_log.h"
#include "notify/secret_store.h"
#include "plans/register_store.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace dd {

using RegisterStore::exec;

namespace {

const char *ChannelColumns = "id, name, kind, enabled, url, smtp_host, smtp_port, smtp_security, "
                             "smtp_from, smtp_user, updated_at, updated_by";

NotifyChannel channelFrom(const QSqlQuery &q)
{
    NotifyChannel c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.name = q.value(i++).toString();
    c.kind = channelKindFromId(q.value(i++).toString()).value_or(ChannelKind::Webhook);
    c.enabled = q.value(i++).toBool();
    c.url = q.value(i++).toString();
    c.smtpHost = q.value(i++).toString();
    c.smtpPort = q.value(i++).toInt();
    c.smtpSecurity = smtpSecurityFromId(q.value(i++).toString()).value_or(SmtpSecurity::StartTls);
    c.smtpFrom = q.value(i++).toString();
    c.smtpUser = q.value(i++).toString();
    c.updatedAt = RegisterStore::time(q.value(i++));
    c.updatedBy = q.value(i++).toString();
    return c;
}

// The URL as the audit may show it: query values (WeCom key=, DingTalk access_token=) and any
// user info replaced by "***", so a secret that was pasted into the URL never reaches the log.
QString redactedUrl(const QString &text)
{
    QUrl url(text);
    if (!url.isValid())
        return text.isEmpty() ? text : QStringLiteral("***");
    if (!url.userInfo().isEmpty())
        url.setUserInfo(QStringLiteral("***"));
    QUrlQuery query(url);
    const auto items = query.queryItems();
    QUrlQuery redacted;
    for (const auto &item : items)
        redacted.addQueryItem(item.first, QStringLiteral("***"));
    url.setQuery(items.isEmpty() ? QUrlQuery() : redacted);
    // A hook URL whose last path segment is the token (Feishu): keep only its first 4 chars.
    QString path = url.path();
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0 && path.size() - slash > 12)
        path = path.left(slash + 5) + QStringLiteral("***");
    url.setPath(path);
    return url.toString();
}

QJsonObject toJson(const NotifyChannel &c, const ChannelSecrets &secrets)
{
    QJsonArray set;
    if (!secrets.key.isEmpty())
        set << QStringLiteral("key");
    if (!secrets.accessToken.isEmpty())
        set << QStringLiteral("access_token");
    if (!secrets.signSecret.isEmpty())
        set << QStringLiteral("sign_secret");
    if (!secrets.smtpPassword.isEmpty())
        set << QStringLiteral("smtp_password");
    QJsonObject o{{QStringLiteral("name"), c.name},
                  {QStringLiteral("kind"), channelKindId(c.kind)},
                  {QStringLiteral("enabled"), c.enabled},
                  {QStringLiteral("secrets"), set}};
    if (c.kind == ChannelKind::Email) {
        o.insert(QStringLiteral("smtp_host"), c.smtpHost);
        o.insert(QStringLiteral("smtp_port"), c.smtpPort);
        o.insert(QStringLiteral("smtp_security"), smtpSecurityId(c.smtpSecurity));
        o.insert(QStringLiteral("smtp_from"), c.smtpFrom);
        o.insert(QStringLiteral("smtp_user"), c.smtpUser);
    } else {
        o.insert(QStringLiteral("url"), redactedUrl(c.url));
    }
    return o;
}

QJsonObject toJson(const NotifyPreference &p)
{
    QJsonObject o{{QStringLiteral("channel_id"), p.channelId},
                  {QStringLiteral("address"), p.address},
                  {QStringLiteral("sort_order"), p.sortOrder}};
    if (p.owner == PreferenceOwner::Contact)
        o.insert(QStringLiteral("contact_id"), p.contactId);
    else
        o.insert(QStringLiteral("role_key"), p.roleKey);
    return o;
}

void apply(ChannelSecrets &s, const SecretUpdate &u)
{
    if (u.key)
        s.key = u.key->trimmed();
    if (u.accessToken)
        s.accessToken = u.accessToken->trimmed();
    if (u.signSecret)
        s.signSecret = u.signSecret->trimmed();
    if (u.smtpPassword)
        s.smtpPassword = *u.smtpPassword;
}

} // namespace

ChannelRepository::ChannelRepository(Database &db, AuditLog &audit, const Clock &clock,
                                     SecretStore &secrets)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_secrets(secrets)
{}

Result<QString> ChannelRepository::secretScope(Database &db)
{
    auto q =
        db.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'notify.secret_scope'"));
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("The database has no secret scope (settings 'notify.secret_scope')."));
    return q->value(0).toString();
}

Result<QList<NotifyChannel>> ChannelRepository::channels() const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1 FROM notify_channels ORDER BY name, id")
                            .arg(QLatin1String(ChannelColumns)));
    if (!q)
        return q.takeError();
    QList<NotifyChannel> list;
    while (q->next())
        list << channelFrom(*q);
    return list;
}

Result<NotifyChannel> ChannelRepository::channel(qint64 id) const
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT %1 FROM notify_channels WHERE id = ?")
                      .arg(QLatin1String(ChannelColumns)),
                  {id});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(tr("Channel %1 does not exist (it may have been removed).").arg(id));
    return channelFrom(*q);
}

SecretPresence ChannelRepository::secretPresence(qint64 channelId) const
{
    const ChannelSecrets s = m_secrets.read(channelId);
    return {!s.key.isEmpty(), !s.accessToken.isEmpty(), !s.signSecret.isEmpty(),
            !s.smtpPassword.isEmpty()};
}

ChannelSecrets ChannelRepository::secrets(qint64 channelId) const
{
    return m_secrets.read(channelId);
}

Result<qint64> ChannelRepository::saveChannel(const Actor &actor, const NotifyChannel &input,
                                              const SecretUpdate &update)
{
    if (Status s = actor.require(Permission::ManageSettings); !s)
        return s.takeError();
    NotifyChannel c = input;
    c.name = c.name.trimmed();
    c.url = c.url.trimmed();
    c.smtpHost = c.smtpHost.trimmed();
    c.smtpFrom = c.smtpFrom.trimmed();
    c.smtpUser = c.smtpUser.trimmed();
    if (const QStringList p = c.problems(); !p.isEmpty())
        return fail(tr("Channel \"%1\" was not saved: %2").arg(c.name, p.join(QLatin1Char(' '))));

    ChannelSecrets before = c.id > 0 ? m_secrets.read(c.id) : ChannelSecrets{};
    ChannelSecrets after = before;
    apply(after, update);
    // A robot URL pasted with its key / token: the credential moves to the secret store and
    // the table keeps the endpoint only.
    if (c.kind == ChannelKind::WeCom || c.kind == ChannelKind::DingTalk) {
        const QString item =
            c.kind == ChannelKind::WeCom ? QStringLiteral("key") : QStringLiteral("access_token");
        QUrl url(c.url);
        QUrlQuery query(url);
        if (query.hasQueryItem(item)) {
            QString &target = c.kind == ChannelKind::WeCom ? after.key : after.accessToken;
            target = query.queryItemValue(item, QUrl::FullyDecoded);
            query.removeAllQueryItems(item);
            url.setQuery(query);
            c.url = url.toString();
        }
    }
    if (c.kind == ChannelKind::WeCom && after.key.isEmpty())
        return fail(tr("Channel \"%1\" was not saved: WeCom robot key: enter the key, or the "
                       "full webhook URL with ?key=…")
                        .arg(c.name));
    if (c.kind == ChannelKind::DingTalk && after.accessToken.isEmpty())
        return fail(tr("Channel \"%1\" was not saved: DingTalk access token: enter the token, "
                       "or the full webhook URL with ?access_token=…")
                        .arg(c.name));

    auto clash =
        exec(m_db, QStringLiteral("SELECT 1 FROM notify_channels WHERE name = ? AND id <> ?"),
             {c.name, c.id});
    if (!clash)
        return clash.takeError();
    if (clash->next())
        return fail(tr("Channel \"%1\" was not saved: another channel has that name.").arg(c.name));

    const QString now = toStoredTime(m_clock.now());
    auto saved = m_db.write([&]() -> Result<qint64> {
        QJsonObject beforeJson;
        qint64 id = c.id;
        const QVariantList values{c.name,
                                  channelKindId(c.kind),
                                  c.enabled ? 1 : 0,
                                  c.url,
                                  c.smtpHost,
                                  c.smtpPort,
                                  smtpSecurityId(c.smtpSecurity),
                                  c.smtpFrom,
                                  c.smtpUser,
                                  now,
                                  actor.auditName()};
        if (id > 0) {
            auto old = channel(id);
            if (!old)
                return old.takeError();
            beforeJson = toJson(*old, before);
            QVariantList bound = values;
            bound << id;
            auto q = exec(m_db,
                          QStringLiteral("UPDATE notify_channels SET name = ?, kind = ?, enabled = "
                                         "?, url = ?, smtp_host = ?, smtp_port = ?, "
                                         "smtp_security = ?, smtp_from = ?, smtp_user = ?, "
                                         "updated_at = ?, updated_by = ? WHERE id = ?"),
                          bound);
            if (!q)
                return q.takeError();
        } else {
            auto q = exec(m_db,
                          QStringLiteral("INSERT INTO notify_channels (name, kind, enabled, url, "
                                         "smtp_host, smtp_port, smtp_security, smtp_from, "
                                         "smtp_user, updated_at, updated_by) VALUES (?, ?, ?, ?, "
                                         "?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                          values);
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            id = *returned;
        }
        auto logged = m_audit.append(actor, {c.id > 0 ? QStringLiteral("notify.channel.update")
                                                      : QStringLiteral("notify.channel.create"),
                                             QStringLiteral("notify_channels"), QString::number(id),
                                             beforeJson, toJson(c, after)});
        if (!logged)
            return logged.takeError();
        return id;
    });
    if (!saved)
        return saved;
    if (after != before || c.id == 0)
        if (Status s = m_secrets.write(*saved, after); !s)
            return fail(tr("Channel \"%1\" was saved, but its secrets were not: %2")
                            .arg(c.name, s.error()));
    return saved;
}

Status ChannelRepository::removeChannel(const Actor &actor, qint64 id)
{
    if (Status s = actor.require(Permission::ManageSettings); !s)
        return s;
    auto old = channel(id);
    if (!old)
        return old.takeError();
    const ChannelSecrets secrets = m_secrets.read(id);
    Status removed = m_db.write([&]() -> Status {
        auto q =
            exec(m_db, QStringLiteral("DELETE FROM notify_preferences WHERE channel_id = ?"), {id});
        if (!q)
            return q.takeError();
        q = exec(m_db, QStringLiteral("DELETE FROM notify_channels WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("notify.channel.remove"),
                                             QStringLiteral("notify_channels"),
                                             QString::number(id),
                                             toJson(*old, secrets),
                                             {}});
        if (!logged)
            return logged.takeError();
        return {};
    });
    if (!removed)
        return removed;
    return m_secrets.remove(id);
}

namespace {
Result<QList<NotifyPreference>> preferences(Database &db, const QString &where,
                                            const QVariantList &bound)
{
    auto q =
        exec(db,
             QStringLiteral("SELECT p.id, COALESCE(p.contact_id, 0), p.role_key, p.channel_id, "
                            "p.address, p.sort_order, c.name FROM notify_preferences p JOIN "
                            "notify_channels c ON c.id = p.channel_id %1 ORDER BY "
                            "p.contact_id IS NULL, p.contact_id, p.role_key, p.sort_order, "
                            "p.id")
                 .arg(where),
             bound);
    if (!q)
        return q.takeError();
    QList<NotifyPreference> list;
    while (q->next()) {
        NotifyPreference p;
        p.id = q->value(0).toLongLong();
        p.contactId = q->value(1).toLongLong();
        p.roleKey = q->value(2).toString();
        p.owner = p.contactId > 0 ? PreferenceOwner::Contact : PreferenceOwner::Role;
        p.channelId = q->value(3).toLongLong();
        p.address = q->value(4).toString();
        p.sortOrder = q->value(5).toInt();
        p.channelName = q->value(6).toString();
        list << p;
    }
    return list;
}
} // namespace

Result<QList<NotifyPreference>> ChannelRepository::preferencesOfContact(qint64 contactId) const
{
    return preferences(m_db, QStringLiteral("WHERE p.contact_id = ?"), {contactId});
}

Result<QList<NotifyPreference>> ChannelRepository::preferencesOfRole(const QString &roleKey) const
{
    return preferences(m_db, QStringLiteral("WHERE p.contact_id IS NULL AND p.role_key = ?"),
                       {roleKey});
}

Result<QList<NotifyPreference>> ChannelRepository::allPreferences() const
{
    return preferences(m_db, QString(), {});
}

Result<qint64> ChannelRepository::savePreference(const Actor &actor, const NotifyPreference &input)
{
    if (Status s = actor.require(Permission::EditDutyData); !s)
        return s.takeError();
    NotifyPreference p = input;
    p.address = p.address.trimmed();
    p.roleKey = p.roleKey.trimmed();
    auto ch = channel(p.channelId);
    if (!ch)
        return fail(tr("Preference: channel: %1").arg(ch.error()));
    if (p.owner == PreferenceOwner::Contact) {
        auto q = exec(m_db, QStringLiteral("SELECT 1 FROM contacts WHERE id = ?"), {p.contactId});
        if (!q)
            return q.takeError();
        if (!q->next())
            return fail(
                tr("Preference: contact %1 does not exist in the handbook.").arg(p.contactId));
        p.roleKey.clear();
    } else {
        auto q = exec(m_db, QStringLiteral("SELECT 1 FROM duty_roles WHERE key = ?"), {p.roleKey});
        if (!q)
            return q.takeError();
        if (!q->next())
            return fail(tr("Preference: duty role \"%1\" does not exist.").arg(p.roleKey));
        p.contactId = 0;
    }
    static const QRegularExpression mail(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$"));
    if (channelNeedsAddress(ch->kind) && !mail.match(p.address).hasMatch())
        return fail(tr("Preference for channel \"%1\": address: expected an e-mail address such "
                       "as name@example.com, got \"%2\".")
                        .arg(ch->name, p.address));
    if (!channelNeedsAddress(ch->kind))
        p.address.clear();

    return m_db.write([&]() -> Result<qint64> {
        QJsonObject before;
        qint64 id = p.id;
        const QVariant contact =
            p.contactId > 0 ? QVariant(p.contactId) : QVariant(QMetaType(QMetaType::LongLong));
        if (id > 0) {
            auto old = preferences(m_db, QStringLiteral("WHERE p.id = ?"), {id});
            if (!old)
                return old.takeError();
            if (old->isEmpty())
                return fail(tr("Preference %1 does not exist (it may have been removed).").arg(id));
            before = toJson(old->first());
            auto q = exec(m_db,
                          QStringLiteral("UPDATE notify_preferences SET contact_id = ?, role_key = "
                                         "?, channel_id = ?, address = ?, sort_order = ? WHERE "
                                         "id = ?"),
                          {contact, p.roleKey, p.channelId, p.address, p.sortOrder, id});
            if (!q)
                return q.takeError();
        } else {
            auto q =
                exec(m_db,
                     QStringLiteral(
                         "INSERT INTO notify_preferences (contact_id, role_key, "
                         "channel_id, address, sort_order) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                     {contact, p.roleKey, p.channelId, p.address, p.sortOrder});
            if (!q)
                return q.takeError();
            auto returned = insertedId(*q);
            if (!returned)
                return returned.takeError();
            id = *returned;
        }
        auto logged = m_audit.append(actor, {p.id > 0 ? QStringLiteral("notify.preference.update")
                                                      : QStringLiteral("notify.preference.create"),
                                             QStringLiteral("notify_preferences"),
                                             QString::number(id), before, toJson(p)});
        if (!logged)
            return logged.takeError();
        return id;
    });
}

Status ChannelRepository::removePreference(const Actor &actor, qint64 id)
{
    if (Status s = actor.require(Permission::EditDutyData); !s)
        return s;
    auto old = preferences(m_db, QStringLiteral("WHERE p.id = ?"), {id});
    if (!old)
        return old.takeError();
    if (old->isEmpty())
        return fail(tr("Preference %1 does not exist (it may have been removed).").arg(id));
    return m_db.write([&]() -> Status {
        auto q = exec(m_db, QStringLiteral("DELETE FROM notify_preferences WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("notify.preference.remove"),
                                             QStringLiteral("notify_preferences"),
                                             QString::number(id),
                                             toJson(old->first()),
                                             {}});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

} // namespace dd
