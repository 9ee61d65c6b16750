#include "notify/outbox_sender.h"

#include "app/backend.h"
#include "audit/audit_log.h"
#include "notify/channel_repository.h"
#include "notify/outbox.h"
#include "plans/register_store.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <map>
#include <thread>

namespace dd {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(dd::OutboxSender)
};

// A reason the timeline and last_error may show: never the URL (it may carry a key).
QString networkReason(QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid())
        return Text::tr("HTTP %1").arg(status.toInt());
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError: return Text::tr("connection refused");
    case QNetworkReply::RemoteHostClosedError: return Text::tr("the server closed the connection");
    case QNetworkReply::HostNotFoundError: return Text::tr("host not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: return Text::tr("no answer in time");
    case QNetworkReply::SslHandshakeFailedError: return Text::tr("TLS handshake failed");
    default: return Text::tr("network error %1").arg(int(reply->error()));
    }
}

QString localTime(const QDateTime &t)
{
    return t.toTimeZone(RegisterStore::zone()).toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

// E-mail worker threads, joined when their result arrives (or when the sender goes).
class OutboxSender::Workers {
public:
    ~Workers()
    {
        for (auto &[id, t] : threads)
            if (t.joinable())
                t.join();
    }
    void finish(int id)
    {
        auto it = threads.find(id);
        if (it == threads.end())
            return;
        if (it->second.joinable())
            it->second.join();
        threads.erase(it);
    }
    std::map<int, std::thread> threads;
    int next = 1;
};

OutboxSender::OutboxSender(Backend &backend, ChannelRepository &channels, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_channels(channels)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_workers(new Workers)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutboxSender::sendDue);
}

OutboxSender::~OutboxSender()
{
    delete m_workers; // joins running mail workers; their queued results are dropped with us
}

void OutboxSender::attach(OutboxNotifier &notifier)
{
    QPointer<OutboxSender> self(this);
    notifier.setPoke([self] {
        if (self)
            self->sendDue();
    });
}

void OutboxSender::setBackoff(std::chrono::seconds base, std::chrono::seconds cap)
{
    m_base = base;
    m_cap = cap;
}

Status OutboxSender::start()
{
    auto stale = m_backend.database().exec(
        QStringLiteral("SELECT id, incident_id, channel_id FROM notify_outbox WHERE status = "
                       "'sending'"));
    if (!stale)
        return stale.takeError();
    struct Left {
        qint64 id, incident, channel;
    };
    QList<Left> left;
    while (stale->next())
        left << Left{stale->value(0).toLongLong(), stale->value(1).toLongLong(),
                     stale->value(2).toLongLong()};
    for (const Left &l : std::as_const(left)) {
        if (m_inFlight.contains(l.id))
            continue;
        auto channel = m_channels.channel(l.channel);
        const QString name = channel ? channel->name : Text::tr("channel %1").arg(l.channel);
        Status s = m_backend.database().write([&]() -> Status {
            auto q = m_backend.database().exec(
                QStringLiteral("UPDATE notify_outbox SET status = 'unconfirmed', last_error = ? "
                               "WHERE id = ? AND status = 'sending'"),
                {Text::tr("the program stopped while sending; not sent again"), l.id});
            if (!q)
                return q.takeError();
            if (l.incident <= 0) // a shift reminder: the row says it
                return {};
            auto e = m_backend.incidents().addEntry(
                Actor::system(), l.incident, QStringLiteral("notification"),
                Text::tr("%1: outcome unknown (the program stopped while sending); not sent "
                         "again")
                    .arg(name));
            if (!e)
                return e.takeError();
            return {};
        });
        if (!s)
            return s;
    }
    sendDue();
    return {};
}

void OutboxSender::sendDue()
{
    auto due = m_backend.database().exec(
        QStringLiteral("SELECT id FROM notify_outbox WHERE status IN ('queued', 'failed') AND "
                       "next_attempt_at <= ? ORDER BY id"),
        {toStoredTime(m_backend.clock().now())});
    if (due) {
        QList<qint64> ids;
        while (due->next())
            ids << due->value(0).toLongLong();
        for (qint64 id : std::as_const(ids)) {
            if (m_inFlight.contains(id))
                continue;
            if (auto r = Outbox::row(m_backend, id))
                dispatch(*r);
        }
    }
    arm();
}

void OutboxSender::arm()
{
    auto q = m_backend.database().exec(
        QStringLiteral("SELECT MIN(next_attempt_at) FROM notify_outbox WHERE status IN "
                       "('queued', 'failed')"));
    if (!q || !q->next() || q->value(0).isNull()) {
        m_timer->stop();
        return;
    }
    const QDateTime next = fromStoredTime(q->value(0).toString());
    const qint64 ms = std::max<qint64>(0, m_backend.clock().now().msecsTo(next));
    m_timer->start(int(std::min<qint64>(ms, 24LL * 3600 * 1000)));
}

void OutboxSender::dispatch(const OutboxRow &row)
{
    auto channel = m_channels.channel(row.channelId);
    if (!channel || !channel->enabled) {
        const QString reason =
            channel ? Text::tr("the channel is disabled") : Text::tr("the channel was removed");
        m_inFlight.insert(row.id);
        Status gaveUp = m_backend.database().write([&]() -> Status {
            auto q = m_backend.database().exec(
                QStringLiteral("UPDATE notify_outbox SET status = 'gave_up', last_error = ? "
                               "WHERE id = ?"),
                {reason, row.id});
            if (!q)
                return q.takeError();
            if (row.incidentId <= 0)
                return {};
            auto e = m_backend.incidents().addEntry(
                Actor::system(), row.incidentId, QStringLiteral("notification"),
                Text::tr("%1: gave up: %2")
                    .arg(channel ? channel->name : Text::tr("channel %1").arg(row.channelId),
                         reason));
            if (!e)
                return e.takeError();
            return {};
        });
        Q_UNUSED(gaveUp);
        m_inFlight.remove(row.id);
        Q_EMIT rowChanged(row.id, outboxStatusId(OutboxStatus::GaveUp));
        return;
    }
    // Record the attempt before making it: a crash after this never sends twice.
    Status claimed = m_backend.database().write([&]() -> Status {
        auto q = m_backend.database().exec(
            QStringLiteral("UPDATE notify_outbox SET status = 'sending', attempts = attempts + 1 "
                           "WHERE id = ? AND status IN ('queued', 'failed')"),
            {row.id});
        if (!q)
            return q.takeError();
        if (q->numRowsAffected() != 1)
            return fail(QStringLiteral("taken")); // another desk took it
        return {};
    });
    if (!claimed)
        return;
    m_inFlight.insert(row.id);
    const ChannelSecrets secrets = m_channels.secrets(channel->id);
    const qint64 id = row.id;
    auto done = [this, id](bool ok, const QString &reason) { finishRow(id, ok, reason); };
    if (channel->kind == ChannelKind::Email) {
        sendMail(*channel, secrets, {row.recipient}, row.subject, row.body, done);
        return;
    }
    NotifyMessage message;
    message.subject = row.subject;
    message.body = row.body;
    if (row.incidentId > 0) {
        auto incident = m_backend.incidents().get(row.incidentId);
        message.incidentNumber = incident ? incident->number : QString();
    }
    const int l = row.dedupKey.indexOf(QLatin1String("/L"));
    if (row.dedupKey.startsWith(QLatin1String("shift/")))
        message.level = QStringLiteral("shift"); // a shift reminder (ShiftReminders)
    else if (l >= 0)
        message.level = row.dedupKey.mid(l + 1).section(QLatin1Char('#'), 0, 0);
    message.at = row.createdAt;
    sendHttp(*channel, secrets, message, done);
}

void OutboxSender::sendHttp(const NotifyChannel &channel, const ChannelSecrets &secrets,
                            const NotifyMessage &message,
                            std::function<void(bool, const QString &)> done)
{
    auto spec = MessageFormat::request(channel, secrets, message, m_backend.clock().now());
    if (!spec) {
        done(false, spec.error());
        return;
    }
    QNetworkRequest request(spec->url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, spec->contentType);
    request.setTransferTimeout(int(m_httpTimeout.count()));
    QNetworkReply *reply = m_network->post(request, spec->body);
    const ChannelKind kind = channel.kind;
    connect(reply, &QNetworkReply::finished, this, [reply, kind, done]() {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        QString reason;
        if (!status.isValid()) {
            done(false, networkReason(reply));
            return;
        }
        const bool ok = MessageFormat::accepted(kind, status.toInt(), body, &reason);
        done(ok, reason);
    });
}

void OutboxSender::sendMail(const NotifyChannel &channel, const ChannelSecrets &secrets,
                            const QStringList &to, const QString &subject, const QString &body,
                            std::function<void(bool, const QString &)> done)
{
    const SmtpMailer::Settings settings = SmtpMailer::settingsOf(channel, secrets);
    MailMessage mail;
    mail.from = channel.smtpFrom;
    mail.to = to;
    mail.subject = subject;
    mail.body = body;
    mail.date = m_backend.clock().now();
    const int worker = m_workers->next++;
    m_workers->threads.emplace(worker, std::thread([this, settings, mail, worker, done]() {
                                   const Status sent = SmtpMailer::send(settings, mail);
                                   const bool ok = sent.ok();
                                   const QString reason = ok ? QString() : sent.error();
                                   QMetaObject::invokeMethod(
                                       this,
                                       [this, worker, ok, reason, done]() {
                                           m_workers->finish(worker);
                                           done(ok, reason);
                                       },
                                       Qt::QueuedConnection);
                               }));
}

void OutboxSender::finishRow(qint64 rowId, bool ok, const QString &reason)
{
    auto found = m_backend.database().exec(
        QStringLiteral("SELECT incident_id, channel_id, attempts FROM notify_outbox WHERE id = ?"),
        {rowId});
    if (!found || !found->next()) {
        m_inFlight.remove(rowId);
        return;
    }
    const qint64 incidentId = found->value(0).toLongLong();
    const qint64 channelId = found->value(1).toLongLong();
    const int attempts = found->value(2).toInt();
    auto channel = m_channels.channel(channelId);
    const QString name = channel ? channel->name : Text::tr("channel %1").arg(channelId);
    const QDateTime now = m_backend.clock().now();

    OutboxStatus status = OutboxStatus::Sent;
    QString entry;
    QDateTime next;
    if (ok) {
        entry = Text::tr("%1: sent").arg(name);
    } else if (attempts >= m_maxAttempts) {
        status = OutboxStatus::GaveUp;
        entry = Text::tr("%1: gave up after %2 attempts (last: %3)")
                    .arg(name)
                    .arg(attempts)
                    .arg(reason);
    } else {
        status = OutboxStatus::Failed;
        const qint64 factor = qint64(1) << std::min(attempts - 1, 20);
        const qint64 delay = std::min<qint64>(m_base.count() * factor, m_cap.count());
        next = now.addSecs(delay);
        entry = Text::tr("%1: failed: %2, retry at %3").arg(name, reason, localTime(next));
    }
    Status written = m_backend.database().write([&]() -> Status {
        auto q = m_backend.database().exec(
            QStringLiteral("UPDATE notify_outbox SET status = ?, last_error = ?, "
                           "next_attempt_at = ?, sent_at = ? WHERE id = ?"),
            {outboxStatusId(status), ok ? QString(QLatin1String("")) : reason,
             next.isValid() ? toStoredTime(next) : QStringLiteral(""),
             ok ? toStoredTime(now) : QStringLiteral(""), rowId});
        if (!q)
            return q.takeError();
        if (incidentId <= 0) // a shift reminder: the row keeps the outcome
            return {};
        const QJsonObject data{{QStringLiteral("outbox_id"), rowId},
                               {QStringLiteral("channel_id"), channelId},
                               {QStringLiteral("status"), outboxStatusId(status)}};
        auto e = m_backend.incidents().addEntry(Actor::system(), incidentId,
                                                QStringLiteral("notification"), entry, data);
        if (!e)
            return e.takeError();
        return {};
    });
    Q_UNUSED(written); // the row stays 'sending' → 'unconfirmed' at the next start
    m_inFlight.remove(rowId);
    Q_EMIT rowChanged(rowId, outboxStatusId(status));
    arm();
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
}

void OutboxSender::sendTest(const NotifyChannel &channel, const QString &address,
                            const std::optional<ChannelSecrets> &given)
{
    const ChannelSecrets secrets = given ? *given : m_channels.secrets(channel.id);
    const qint64 id = channel.id;
    auto done = [this, id](bool ok, const QString &reason) {
        Q_EMIT testFinished(id, ok,
                            ok ? Text::tr("The test message was accepted.")
                               : Text::tr("The test message was not accepted: %1").arg(reason));
    };
    NotifyMessage message;
    message.subject = Text::tr("DutyDesk test message");
    message.body = Text::tr("This is a test of the channel \"%1\" from DutyDesk. No action is "
                            "needed.")
                       .arg(channel.name);
    message.level = QStringLiteral("test");
    message.at = m_backend.clock().now();
    if (channel.kind == ChannelKind::Email) {
        if (address.trimmed().isEmpty()) {
            done(false, Text::tr("enter the address to send the test e-mail to"));
            return;
        }
        sendMail(channel, secrets, {address.trimmed()}, message.subject, message.body, done);
        return;
    }
    sendHttp(channel, secrets, message, done);
}

} // namespace dd
