#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "grading/rule_set.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace dd {

class AuditLog;
class Clock;
class Database;
class SettingsRepository;

// The grading rule sets a database can use: the built-in ones and users' copies (stored, never
// overwriting a built-in). The settings key grading.rule_set names the one in force.
class RuleSetRepository {
    Q_DECLARE_TR_FUNCTIONS(dd::RuleSetRepository)
public:
    RuleSetRepository(Database &db, AuditLog &audit, SettingsRepository &settings,
                      const Clock &clock);

    // Built-in ids first, then users' copies.
    Result<QStringList> ids() const;
    Result<QString> inForceId() const;
    Result<RuleSet> inForce() const;
    Result<RuleSet> get(const QString &id) const;
    // The JSON of a rule set (a built-in one, or the newest version of a copy): for editing.
    Result<QByteArray> json(const QString &id) const;

    // Validates and stores a user's rule set (refused with the JSON path and the reason; nothing
    // changes then). Its id must not be a built-in one; a version lower than or equal to the
    // stored one is refused, so a running incident's rule set is never rewritten.
    Result<RuleSet> save(const Actor &actor, const QByteArray &json, const QString &fileName);
    Status setInForce(const Actor &actor, const QString &id);

private:
    Database &m_db;
    // The last rule set parsed and the JSON it came from: grading, planning and every refresh
    // ask for the set in force, and parsing costs far more than comparing the text.
    mutable QByteArray m_cachedJson;
    mutable std::optional<RuleSet> m_cached;
    AuditLog &m_audit;
    SettingsRepository &m_settings;
    const Clock &m_clock;
};

} // namespace dd
