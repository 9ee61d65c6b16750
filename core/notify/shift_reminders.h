#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace dd {

class Backend;
class ChannelRepository;
class SettingsRepository;

// Reminders before a shift starts (issue 4), through the notification channels (issue 10).
//
// stage(now) looks at the roster's person changes (Roster::handovers) of every duty role and
// slot in (now, now + lead] and writes, in one transaction, one outbox row per channel
// preference of each incoming person (the person's own preferences; a role's group channels
// are for incidents). The dedup key "shift/<role>/<slot>/<start>/<person>|<channel>|<recipient>"
// makes a reminder go out once, also when stage() runs again or after a restart; a shift that
// has already begun is never announced. The rows have no incident; the sender delivers them
// like any other and records the outcome on the row. Nobody (a gap) gets no reminder: the
// dashboard and readiness report gaps.
class ShiftReminders {
    Q_DECLARE_TR_FUNCTIONS(dd::ShiftReminders)
public:
    static constexpr const char *SettingKey = "notify.shift_reminder_minutes";
    static constexpr int DefaultMinutes = 30;
    static constexpr int MaxMinutes = 24 * 60;

    ShiftReminders(Backend &backend, ChannelRepository &channels);

    // The lead time in minutes (0 = no reminders); the setting, or the default.
    static Result<int> leadMinutes(const SettingsRepository &settings);
    // 0..MaxMinutes; audited. Anything else is refused naming the field and the range.
    static Status setLeadMinutes(SettingsRepository &settings, const Actor &actor, int minutes);
    // "15" → 15; a message naming the setting and the range otherwise (for dutyctl).
    static Result<int> parseMinutes(const QString &text);

    // Queues the reminders due at `now` (UTC); returns how many rows were added.
    Result<int> stage(const QDateTime &now);

    // The language of the texts ("zh_CN" default, or "en").
    void setLanguage(const QString &language) { m_language = language; }

private:
    Backend &m_backend;
    ChannelRepository &m_channels;
    QString m_language = QStringLiteral("zh_CN");
};

} // namespace dd
