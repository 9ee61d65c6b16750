#include "notify/secret_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace dd {

namespace {

const QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

QString group(const QString &scope, qint64 channelId)
{
    return QStringLiteral("%1/channel_%2")
        .arg(scope.isEmpty() ? QStringLiteral("default") : scope)
        .arg(channelId);
}

// Creates the file empty with owner-only permissions before QSettings writes to it, so it is
// never readable by others, not even for a moment.
bool ensureFile(const QString &path)
{
    QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return false;
    if (info.exists())
        return QFile::setPermissions(path, OwnerOnly);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return false;
    f.close();
    return QFile::setPermissions(path, OwnerOnly);
}

} // namespace

QString SecretStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir).filePath(QStringLiteral("dutydesk-secrets.ini"));
}

SecretStore::SecretStore(QString path, QString scope)
    : m_path(std::move(path))
    , m_scope(std::move(scope))
{}

ChannelSecrets SecretStore::read(qint64 channelId) const
{
    ChannelSecrets s;
    if (!QFileInfo::exists(m_path))
        return s;
    QSettings ini(m_path, QSettings::IniFormat);
    ini.beginGroup(group(m_scope, channelId));
    s.key = ini.value(QStringLiteral("key")).toString();
    s.accessToken = ini.value(QStringLiteral("access_token")).toString();
    s.signSecret = ini.value(QStringLiteral("sign_secret")).toString();
    s.smtpPassword = ini.value(QStringLiteral("smtp_password")).toString();
    return s;
}

Status SecretStore::finish(QSettings &settings) const
{
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fail(tr("Cannot write the secrets file %1.").arg(QDir::toNativeSeparators(m_path)));
    if (!QFile::setPermissions(m_path, OwnerOnly))
        return fail(tr("Cannot make the secrets file %1 readable by its owner only.")
                        .arg(QDir::toNativeSeparators(m_path)));
    return {};
}

Status SecretStore::write(qint64 channelId, const ChannelSecrets &secrets)
{
    if (!ensureFile(m_path))
        return fail(tr("Cannot create the secrets file %1 with owner-only permissions.")
                        .arg(QDir::toNativeSeparators(m_path)));
    QSettings ini(m_path, QSettings::IniFormat);
    ini.remove(group(m_scope, channelId));
    ini.beginGroup(group(m_scope, channelId));
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            ini.setValue(QLatin1String(key), value);
    };
    put("key", secrets.key);
    put("access_token", secrets.accessToken);
    put("sign_secret", secrets.signSecret);
    put("smtp_password", secrets.smtpPassword);
    ini.endGroup();
    return finish(ini);
}

Status SecretStore::remove(qint64 channelId)
{
    if (!QFileInfo::exists(m_path))
        return {};
    if (!ensureFile(m_path))
        return fail(tr("Cannot make the secrets file %1 readable by its owner only.")
                        .arg(QDir::toNativeSeparators(m_path)));
    QSettings ini(m_path, QSettings::IniFormat);
    ini.remove(group(m_scope, channelId));
    return finish(ini);
}

} // namespace dd
