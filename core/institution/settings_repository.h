#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "institution/institution_profile.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace dd {

class AuditLog;
class Database;

// Database-wide settings (the institution profile and policies every desk shares). Per-desk
// preferences such as language and window layout stay in QSettings.
class SettingsRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::SettingsRepository)
public:
    SettingsRepository(Database &db, AuditLog &audit);

    Result<InstitutionProfile> institution() const;
    Status saveInstitution(const Actor &actor, const InstitutionProfile &profile);

    // Whether dutyctl may write as the OS user without --as (on for a new database).
    Result<bool> cliWritesWithoutSignIn() const;
    Status setCliWritesWithoutSignIn(const Actor &actor, bool allowed);

    // The readiness periods (readiness/readiness_periods.h), every key with its stored value or
    // the standard's default.
    Result<QMap<QString, int>> readinessPeriods() const;
    // Writes the given periods in one transaction with one audit row; every value is checked
    // first (an unknown key or a value out of range refuses all, naming the key).
    Status saveReadinessPeriods(const Actor &actor, const QMap<QString, int> &periods);

    // Raw access for settings later features add; writes are audited.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const Actor &actor, const QString &key, const QString &value);
    // Several raw values in one transaction with one audit row (one user action).
    Status setValues(const Actor &actor, const QList<std::pair<QString, QString>> &values);

private:
    Status writeValues(const Actor &actor, const QString &action,
                       const QList<std::pair<QString, QString>> &values);

    Database &m_db;
    AuditLog &m_audit;
};

} // namespace dd
