#include "institution/settings_repository.h"

#include "audit/audit_log.h"
#include "readiness/readiness_periods.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QTimeZone>

namespace dd {

namespace {
const QString KeyName = QStringLiteral("institution.name");
const QString KeyType = QStringLiteral("institution.type");
const QString KeyTimeZone = QStringLiteral("institution.time_zone");
const QString KeyCliWrites = QStringLiteral("cli.writes_without_sign_in");
} // namespace

SettingsRepository::SettingsRepository(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback) const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q)
        return q.takeError();
    return q->next() ? q->value(0).toString() : fallback;
}

Result<InstitutionProfile> SettingsRepository::institution() const
{
    InstitutionProfile p;
    auto name = value(KeyName);
    auto type = value(KeyType, institutionTypeId(p.type));
    auto zone = value(KeyTimeZone, p.timeZoneId);
    if (!name)
        return name.takeError();
    if (!type)
        return type.takeError();
    if (!zone)
        return zone.takeError();
    p.name = *name;
    p.type = institutionTypeFromId(*type).value_or(InstitutionType::Securities);
    p.timeZoneId = zone->isEmpty() ? p.timeZoneId : *zone;
    return p;
}

Status SettingsRepository::saveInstitution(const Actor &actor, const InstitutionProfile &profile)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed;
    if (profile.name.trimmed().isEmpty())
        return fail(tr("Institution name: enter the institution's full name."));
    if (!QTimeZone(profile.timeZoneId.toUtf8()).isValid())
        return fail(tr("Time zone: %1 is not a known IANA time zone (for example Asia/Shanghai).")
                        .arg(profile.timeZoneId));
    return writeValues(actor, QStringLiteral("institution.update"),
                       {{KeyName, profile.name.trimmed()},
                        {KeyType, institutionTypeId(profile.type)},
                        {KeyTimeZone, profile.timeZoneId}});
}

Result<bool> SettingsRepository::cliWritesWithoutSignIn() const
{
    auto v = value(KeyCliWrites, QStringLiteral("0"));
    if (!v)
        return v.takeError();
    return *v == QLatin1String("1");
}

Status SettingsRepository::setCliWritesWithoutSignIn(const Actor &actor, bool allowed)
{
    if (Status ok = actor.require(Permission::ManageOperators); !ok)
        return ok;
    return writeValues(actor, QStringLiteral("settings.update"),
                       {{KeyCliWrites, allowed ? QStringLiteral("1") : QStringLiteral("0")}});
}

Result<QMap<QString, int>> SettingsRepository::readinessPeriods() const
{
    QMap<QString, int> periods;
    for (const ReadinessPeriod &p : ReadinessSettings::all()) {
        auto stored = value(ReadinessPeriods::key(p));
        if (!stored)
            return stored.takeError();
        periods.insert(ReadinessPeriods::key(p), ReadinessPeriods::valueOr(p, *stored));
    }
    return periods;
}

Status SettingsRepository::saveReadinessPeriods(const Actor &actor,
                                                const QMap<QString, int> &periods)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed;
    QList<std::pair<QString, QString>> values;
    for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
        const ReadinessPeriod *period = ReadinessPeriods::find(it.key());
        if (!period)
            return fail(tr("%1 is not a readiness period setting.").arg(it.key()));
        if (Status valid = ReadinessPeriods::validate(*period, it.value()); !valid)
            return valid;
        values.append({it.key(), QString::number(it.value())});
    }
    return writeValues(actor, QStringLiteral("readiness.periods.update"), values);
}

Status SettingsRepository::setValue(const Actor &actor, const QString &key, const QString &value)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed;
    return writeValues(actor, QStringLiteral("settings.update"), {{key, value}});
}

Status SettingsRepository::setValues(const Actor &actor,
                                     const QList<std::pair<QString, QString>> &values)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed;
    return writeValues(actor, QStringLiteral("settings.update"), values);
}

Status SettingsRepository::writeValues(const Actor &actor, const QString &action,
                                       const QList<std::pair<QString, QString>> &values)
{
    return m_db.write([&]() -> Status {
        QJsonObject before;
        QJsonObject after;
        for (const auto &[key, v] : values) {
            auto old = value(key);
            if (!old)
                return old.takeError();
            if (*old == v)
                continue;
            before.insert(key, *old);
            after.insert(key, v);
            auto stored =
                m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                          {key, v});
            if (!stored)
                return stored.takeError();
        }
        if (after.isEmpty())
            return {};
        auto logged =
            m_audit.append(actor, {action, QStringLiteral("settings"), QString(), before, after});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

} // namespace dd
