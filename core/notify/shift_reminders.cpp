#include "notify/shift_reminders.h"

#include "app/backend.h"
#include "audit/audit_log.h"
#include "institution/settings_repository.h"
#include "notify/channel_repository.h"
#include "roster/roster.h"

#include <QSet>

namespace dd {

namespace {

QString localText(const QDateTime &t)
{
    return t.toTimeZone(TradingCalendar::exchangeTimeZone())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ShiftReminders::ShiftReminders(Backend &backend, ChannelRepository &channels)
    : m_backend(backend)
    , m_channels(channels)
{}

Result<int> ShiftReminders::leadMinutes(const SettingsRepository &settings)
{
    auto stored = settings.value(QString::fromLatin1(SettingKey), QString::number(DefaultMinutes));
    if (!stored)
        return stored.takeError();
    auto minutes = parseMinutes(*stored);
    // A hand-edited value out of range: the default, not silence.
    return minutes ? *minutes : DefaultMinutes;
}

Result<int> ShiftReminders::parseMinutes(const QString &text)
{
    bool ok = false;
    const int minutes = text.trimmed().toInt(&ok);
    if (!ok || minutes < 0 || minutes > MaxMinutes)
        return fail(tr("%1: expected 0 (off) to %2 minutes before the shift, got \"%3\"")
                        .arg(QString::fromLatin1(SettingKey))
                        .arg(MaxMinutes)
                        .arg(text));
    return minutes;
}

Status ShiftReminders::setLeadMinutes(SettingsRepository &settings, const Actor &actor, int minutes)
{
    auto checked = parseMinutes(QString::number(minutes));
    if (!checked)
        return checked.takeError();
    return settings.setValue(actor, QString::fromLatin1(SettingKey), QString::number(minutes));
}

Result<int> ShiftReminders::stage(const QDateTime &now)
{
    auto lead = leadMinutes(m_backend.settings());
    if (!lead)
        return lead.takeError();
    if (*lead == 0)
        return 0;
    auto data = m_backend.roster().load();
    if (!data)
        return data.takeError();
    auto people = m_backend.roster().people();
    if (!people)
        return people.takeError();
    const Roster roster(*data, m_backend.calendar());
    // handovers() reports instants strictly inside (from, to): a shift starting exactly at
    // now + lead is due now.
    const QDateTime until = now.addSecs(qint64(*lead) * 60).addMSecs(1);
    const bool english = m_language == QLatin1String("en");
    const QString created = toStoredTime(now);

    return m_backend.database().write([&]() -> Result<int> {
        int added = 0;
        for (const DutyRole &role : std::as_const(data->roles)) {
            const QString roleName = english && !role.nameEn.isEmpty() ? role.nameEn : role.name;
            for (const HandoverPoint &h : roster.handovers(role.id, now, until)) {
                if (h.incomingId == 0)
                    continue;
                auto prefs = m_channels.preferencesOfContact(h.incomingId);
                if (!prefs)
                    return prefs.takeError();
                if (prefs->isEmpty())
                    continue;
                // The block the incoming person starts (to say until when).
                QDateTime end;
                for (const ShiftBlock &b : roster.shifts(role.id, h.slot, h.at, h.at.addDays(8)))
                    if (b.start == h.at && b.contactId == h.incomingId) {
                        end = b.end;
                        break;
                    }
                const QString name = people->value(h.incomingId).name;
                const QString outgoing =
                    h.outgoingId ? people->value(h.outgoingId).name : tr("nobody");
                const QString slot = slotName(h.slot);
                const QString subject =
                    tr("[Duty] %1 (%2) from %3").arg(roleName, slot, localText(h.at));
                QString body = end.isValid()
                                   ? tr("%1, your duty as %2 (%3) starts at %4 and runs until %5.")
                                         .arg(name, roleName, slot, localText(h.at), localText(end))
                                   : tr("%1, your duty as %2 (%3) starts at %4.")
                                         .arg(name, roleName, slot, localText(h.at));
                body += QLatin1Char('\n') + tr("You take over from: %1.").arg(outgoing);
                const QString shiftKey = QStringLiteral("shift/%1/%2/%3/%4")
                                             .arg(role.id)
                                             .arg(slotId(h.slot))
                                             .arg(toStoredTime(h.at))
                                             .arg(h.incomingId);
                QSet<QString> seen;
                for (const NotifyPreference &p : std::as_const(*prefs)) {
                    auto channel = m_channels.channel(p.channelId);
                    if (!channel)
                        return channel.takeError();
                    if (!channel->enabled)
                        continue;
                    const QString recipient =
                        channelNeedsAddress(channel->kind) ? p.address : QStringLiteral("group");
                    const QString key =
                        QStringLiteral("%1|%2|%3").arg(shiftKey).arg(p.channelId).arg(recipient);
                    if (seen.contains(key))
                        continue;
                    seen.insert(key);
                    auto q = m_backend.database().exec(
                        QStringLiteral("INSERT INTO notify_outbox (dedup_key, "
                                       "incident_id, channel_id, recipient, subject, body, "
                                       "status, attempts, next_attempt_at, created_at) VALUES "
                                       "(?, NULL, ?, ?, ?, ?, 'queued', 0, ?, ?) ON CONFLICT DO "
                                       "NOTHING"),
                        {key, p.channelId, recipient, subject, body, created, created});
                    if (!q)
                        return q.takeError();
                    added += q->numRowsAffected() > 0 ? 1 : 0;
                }
            }
        }
        return added;
    });
}

} // namespace dd
