#pragma once

#include "common/result.h"
#include "notify/channel.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace dd {

// Channel secrets, kept OUTSIDE the database: an INI file (QSettings::IniFormat) readable and
// writable by the owner only (created 0600; the permissions are set again after every write).
// Keyed by the database's identity (settings 'notify.secret_scope', a random id made by
// migration 0011) and the channel id, so two databases on one desk never share secrets and a
// copied database does not carry them. Nothing here is ever logged; error messages name the
// file, never a value.
class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(dd::SecretStore)
public:
    // The default file: QStandardPaths::AppConfigLocation/dutydesk-secrets.ini.
    static QString defaultPath();

    // `path`: the INI file (tests pass a temporary one); `scope`: the database identity.
    SecretStore(QString path, QString scope);

    QString path() const { return m_path; }
    QString scope() const { return m_scope; }
    void setScope(const QString &scope) { m_scope = scope; }

    ChannelSecrets read(qint64 channelId) const;
    // Replaces the secrets of a channel; empty fields are removed. Fails naming the file when
    // it cannot be written or its permissions cannot be restricted.
    Status write(qint64 channelId, const ChannelSecrets &secrets);
    Status remove(qint64 channelId);

private:
    Status finish(QSettings &settings) const;

    QString m_path;
    QString m_scope;
};

} // namespace dd
