#include "notify/outbox.h"

#include "app/backend.h"
#include "audit/audit_log.h"
#include "notify/channel_repository.h"
#include "reports/report_contexts.h"
#include "reports/report_engine.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dd {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::Outbox)
};

const char *RowColumns = "id, dedup_key, incident_id, channel_id, recipient, subject, body, "
                         "status, attempts, next_attempt_at, last_error, created_at, sent_at";

OutboxRow rowFrom(const QSqlQuery &q)
{
    OutboxRow r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.dedupKey = q.value(i++).toString();
    r.incidentId = q.value(i++).toLongLong();
    r.channelId = q.value(i++).toLongLong();
    r.recipient = q.value(i++).toString();
    r.subject = q.value(i++).toString();
    r.body = q.value(i++).toString();
    r.status = outboxStatusFromId(q.value(i++).toString()).value_or(OutboxStatus::Queued);
    r.attempts = q.value(i++).toInt();
    r.nextAttemptAt = fromStoredTime(q.value(i++).toString());
    r.lastError = q.value(i++).toString();
    r.createdAt = fromStoredTime(q.value(i++).toString());
    r.sentAt = fromStoredTime(q.value(i++).toString());
    return r;
}

Result<QList<OutboxRow>> rows(Backend &backend, const QString &where, const QVariantList &bound,
                              const QString &order = QStringLiteral("ORDER BY id"))
{
    auto q = backend.database().exec(QStringLiteral("SELECT %1 FROM notify_outbox %2 %3")
                                         .arg(QLatin1String(RowColumns), where, order),
                                     bound);
    if (!q)
        return q.takeError();
    QList<OutboxRow> list;
    while (q->next())
        list << rowFrom(*q);
    return list;
}

} // namespace

QString outboxStatusId(OutboxStatus s)
{
    switch (s) {
    case OutboxStatus::Queued: return QStringLiteral("queued");
    case OutboxStatus::Sending: return QStringLiteral("sending");
    case OutboxStatus::Sent: return QStringLiteral("sent");
    case OutboxStatus::Failed: return QStringLiteral("failed");
    case OutboxStatus::GaveUp: return QStringLiteral("gave_up");
    case OutboxStatus::Unconfirmed: return QStringLiteral("unconfirmed");
    }
    return {};
}

std::optional<OutboxStatus> outboxStatusFromId(const QString &id)
{
    for (OutboxStatus s : {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent,
                           OutboxStatus::Failed, OutboxStatus::GaveUp, OutboxStatus::Unconfirmed})
        if (outboxStatusId(s) == id)
            return s;
    return std::nullopt;
}

QString outboxStatusName(OutboxStatus s)
{
    switch (s) {
    case OutboxStatus::Queued: return Text::tr("queued");
    case OutboxStatus::Sending: return Text::tr("sending");
    case OutboxStatus::Sent: return Text::tr("sent");
    case OutboxStatus::Failed: return Text::tr("failed, will retry");
    case OutboxStatus::GaveUp: return Text::tr("gave up");
    case OutboxStatus::Unconfirmed: return Text::tr("sent, unconfirmed");
    }
    return {};
}

Result<QList<OutboxRow>> Outbox::rowsOfIncident(Backend &backend, qint64 incidentId)
{
    return rows(backend, QStringLiteral("WHERE incident_id = ?"), {incidentId});
}

Result<QList<OutboxRow>> Outbox::all(Backend &backend)
{
    return rows(backend, QString(), {});
}

Result<QList<OutboxRow>> Outbox::shiftReminders(Backend &backend, int limit)
{
    return rows(backend, QStringLiteral("WHERE incident_id IS NULL"), {},
                QStringLiteral("ORDER BY id DESC LIMIT %1").arg(std::max(limit, 0)));
}

Result<OutboxRow> Outbox::row(Backend &backend, qint64 id)
{
    auto list = rows(backend, QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.takeError();
    if (list->isEmpty())
        return fail(Text::tr("Outbox message %1 does not exist.").arg(id));
    return list->first();
}

OutboxNotifier::OutboxNotifier(Backend &backend, ChannelRepository &channels)
    : m_backend(backend)
    , m_channels(channels)
{}

QString OutboxNotifier::simplePlainText(const RenderedReport &report)
{
    QString text = report.text;
    text.replace(QLatin1String("\\\n"), QLatin1String("\n")); // hard breaks of escaped values
    static const QRegularExpression escape(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    text.replace(escape, QStringLiteral("\\1"));
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty() && (lines.isEmpty() || lines.constLast().isEmpty()))
            continue;
        lines << t;
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

Result<QString> OutboxNotifier::bodyFor(const EscalationAction &action) const
{
    const bool en = m_language.startsWith(QLatin1String("en"));
    const QString language = en ? QStringLiteral("en") : QStringLiteral("zh_CN");
    auto t = m_backend.reports().get(en ? QStringLiteral("incident_sms_en")
                                        : QStringLiteral("incident_sms"));
    if (!t)
        return t.takeError();
    auto context = ReportContexts::build(m_backend, ContextKind::Incident, action.incidentId,
                                         ReportAuthor{}, language);
    if (!context)
        return context.takeError();
    auto rendered = ReportEngine::render(*t, *context);
    if (!rendered)
        return rendered.takeError();
    const QString text = m_textOutput ? m_textOutput(*rendered) : simplePlainText(*rendered);
    return QString(action.text() + QStringLiteral("\n\n") + text);
}

Status OutboxNotifier::stage(const EscalationAction &action)
{
    if (action.kind != EscalationActionKind::Notify)
        return {};
    QList<NotifyPreference> prefs;
    if (action.contactId > 0) {
        auto mine = m_channels.preferencesOfContact(action.contactId);
        if (!mine)
            return mine.takeError();
        prefs << *mine;
    }
    if (!action.roleKey.isEmpty()) {
        auto role = m_channels.preferencesOfRole(action.roleKey);
        if (!role)
            return role.takeError();
        prefs << *role;
    }
    if (prefs.isEmpty())
        return {};

    // A template that does not render must not hold up the call list: the action's text alone
    // still tells the person what to do.
    auto rendered = bodyFor(action);
    const QString body = rendered ? *rendered : action.text();
    QString subject = Text::tr("[%1] %2").arg(action.incidentNumber, action.text());
    if (action.drill)
        subject = Text::tr("[DRILL] %1").arg(subject);
    const QString now = toStoredTime(m_backend.clock().now());

    QSet<QString> seen;
    for (const NotifyPreference &p : std::as_const(prefs)) {
        auto channel = m_channels.channel(p.channelId);
        if (!channel)
            return channel.takeError();
        if (!channel->enabled)
            continue;
        const QString recipient =
            channelNeedsAddress(channel->kind) ? p.address : QStringLiteral("group");
        const QString key = QStringLiteral("%1/%2|%3|%4")
                                .arg(action.incidentId)
                                .arg(action.key)
                                .arg(p.channelId)
                                .arg(recipient);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        auto q = m_backend.database().exec(
            QStringLiteral("INSERT INTO notify_outbox (dedup_key, incident_id, "
                           "channel_id, recipient, subject, body, status, attempts, "
                           "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, "
                           "?, ?) ON CONFLICT DO NOTHING"),
            {key, action.incidentId, p.channelId, recipient, subject, body, now, now});
        if (!q)
            return q.takeError();
    }
    return {};
}

void OutboxNotifier::deliver(const EscalationAction &action)
{
    Q_UNUSED(action);
    if (m_poke)
        m_poke();
}

} // namespace dd
