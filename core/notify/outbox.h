#pragma once

#include "common/result.h"
#include "escalation/notifier.h"
#include "reports/report_template.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace dd {

class Backend;
class ChannelRepository;

// The state of one outbox row.
//   queued:  waiting for next_attempt_at (new rows: now)
//   sending: an attempt was recorded and the request is in flight. Found at start-up, it means
//            the program stopped between sending and learning the outcome: the row becomes
//            'unconfirmed' and is NOT sent again (the issue wants a message never sent twice;
//            losing one confirmation is the lesser harm, and the timeline says so).
//   sent, failed (will be retried), gave_up (8 failed attempts, or the channel is gone or
//   disabled), unconfirmed (see sending).
enum class OutboxStatus { Queued, Sending, Sent, Failed, GaveUp, Unconfirmed };
QString outboxStatusId(OutboxStatus s); // "queued", "sending", "sent", "failed", "gave_up", ...
std::optional<OutboxStatus> outboxStatusFromId(const QString &id);
QString outboxStatusName(OutboxStatus s); // translated

struct OutboxRow {
    qint64 id = 0;
    QString dedupKey; // "<incident id>/<action key>|<channel id>|<recipient>"
    qint64 incidentId = 0;
    qint64 channelId = 0;
    QString recipient; // e-mail address, or "group" for group robots / webhooks (one post)
    QString subject;
    QString body;
    OutboxStatus status = OutboxStatus::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    QDateTime sentAt;
};

// Reads the outbox (for the incident workspace, the shift reminder list and tests).
class Outbox {
public:
    static Result<QList<OutboxRow>> rowsOfIncident(Backend &backend, qint64 incidentId);
    static Result<QList<OutboxRow>> all(Backend &backend); // by id
    // The newest `limit` shift reminders (rows without an incident), newest first.
    static Result<QList<OutboxRow>> shiftReminders(Backend &backend, int limit);
    static Result<OutboxRow> row(Backend &backend, qint64 id);
};

// Escalation → outbox. stage() runs inside the escalation transaction and writes one row per
// (preference × channel) of a Notify action: the contact's preferences first, then those of
// the action's duty role; a channel+recipient reached twice gets one row. INSERT OR IGNORE on
// the unique dedup key, so a step is never queued twice, also across a restart. Disabled
// channels are skipped. Other action kinds (authority passes, report reminders) are not sent.
// deliver() asks the sender (if any) to look for due rows.
//
// The body: the escalation action's text (EscalationAction::text()), a blank line, then the
// built-in report template "incident_sms" (language "zh_CN") / "incident_sms_en" ("en")
// rendered with the incident's context and turned into plain text (see setTextOutput). The
// subject: "[<incident number>] <action text>" ("[DRILL] " in front for drills).
class OutboxNotifier : public Notifier {
    Q_DECLARE_TR_FUNCTIONS(dd::OutboxNotifier)
public:
    OutboxNotifier(Backend &backend, ChannelRepository &channels);

    void setLanguage(const QString &language) { m_language = language; } // "zh_CN" (default)
    // The report templates' text output. Core has no QTextDocument, so by default the markdown
    // escapes of the rendered body are undone line by line; the app passes
    // ReportWriter::plainText (render/reports) for the exact text output.
    using TextOutput = std::function<QString(const RenderedReport &)>;
    void setTextOutput(TextOutput textOutput) { m_textOutput = std::move(textOutput); }
    // The default text output (exposed for tests).
    static QString simplePlainText(const RenderedReport &report);
    // Called by deliver(); OutboxSender::attach sets it to its sendDue().
    void setPoke(std::function<void()> poke) { m_poke = std::move(poke); }

    Status stage(const EscalationAction &action) override;
    void deliver(const EscalationAction &action) override;

private:
    Result<QString> bodyFor(const EscalationAction &action) const;

    Backend &m_backend;
    ChannelRepository &m_channels;
    QString m_language = QStringLiteral("zh_CN");
    std::function<void()> m_poke;
    TextOutput m_textOutput;
};

} // namespace dd
