#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "notify/channel.h"

#include <QCoreApplication>
#include <QList>

namespace dd {

class AuditLog;
class Clock;
class Database;
class SecretStore;

// What the secrets of a channel look like to the UI: which are set (never their values).
struct SecretPresence {
    bool key = false;
    bool accessToken = false;
    bool signSecret = false;
    bool smtpPassword = false;
};

// How to change the secrets when saving a channel: unset = keep what is stored, "" = remove,
// a value = replace. The settings form leaves a field unset unless the user typed into it.
struct SecretUpdate {
    std::optional<QString> key;
    std::optional<QString> accessToken;
    std::optional<QString> signSecret;
    std::optional<QString> smtpPassword;
};

// Notification channels (notify_channels) and the per-person / per-role preferences
// (notify_preferences) of the handbook.
//
// Rules:
// - Channels are edited with Permission::ManageSettings, preferences with
//   Permission::EditDutyData. Every change is one transaction with an audit row; the audit
//   JSON holds the non-secret settings and, for secrets, only which ones are set
//   ("secrets": ["access_token", "sign_secret"]), never a value.
// - Secrets go to the SecretStore after the database transaction committed (a failed save
//   leaves the stored secrets as they were).
// - A channel is saved only with a name (unique), a valid http(s) URL for the HTTP kinds
//   (WeCom: URL or key; DingTalk: an access token, in the URL or as secret), and host, port
//   (1–65535) and sender for Email. A preference needs an existing contact or role and
//   channel, and an e-mail address (something@domain) for Email channels.
// - Removing a channel removes its preferences; messages already in the outbox stay (their
//   rows keep the channel id; the sender gives them up as "channel removed").
class ChannelRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::ChannelRepository)
public:
    ChannelRepository(Database &db, AuditLog &audit, const Clock &clock, SecretStore &secrets);

    Result<QList<NotifyChannel>> channels() const; // by name
    Result<NotifyChannel> channel(qint64 id) const;
    SecretPresence secretPresence(qint64 channelId) const;
    // For the sender only (never shown): the stored secrets of a channel.
    ChannelSecrets secrets(qint64 channelId) const;

    // Creates (id 0) or updates a channel; returns its id.
    Result<qint64> saveChannel(const Actor &actor, const NotifyChannel &channel,
                               const SecretUpdate &secrets = {});
    Status removeChannel(const Actor &actor, qint64 id);

    // Preferences of one contact / one role, in order; all of them (for the handbook view).
    Result<QList<NotifyPreference>> preferencesOfContact(qint64 contactId) const;
    Result<QList<NotifyPreference>> preferencesOfRole(const QString &roleKey) const;
    Result<QList<NotifyPreference>> allPreferences() const;
    // Creates (id 0) or updates a preference; returns its id.
    Result<qint64> savePreference(const Actor &actor, const NotifyPreference &preference);
    Status removePreference(const Actor &actor, qint64 id);

    // The database identity the secrets are keyed by (settings 'notify.secret_scope').
    static Result<QString> secretScope(Database &db);

private:
    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    SecretStore &m_secrets;
};

} // namespace dd
