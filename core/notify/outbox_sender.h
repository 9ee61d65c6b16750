#pragma once

#include "common/result.h"
#include "notify/channel.h"
#include "notify/message_format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace dd {

class Backend;
class ChannelRepository;
class OutboxNotifier;
struct OutboxRow;

// Sends what the outbox holds. HTTP channels through QNetworkAccessManager, e-mail through
// libcurl in a worker thread (std::thread; the result comes back as a queued call), so the GUI
// thread never blocks.
//
// - Each attempt is recorded first (status 'sending', attempts + 1) and only then made: a crash
//   in between never sends twice (start() turns leftover 'sending' rows into 'unconfirmed').
// - Success: 'sent'. Failure: 'failed' with the reason and the next attempt after
//   base × 2^(attempts − 1) (30 s, 60 s, … capped at 1 h); after maxAttempts (8) failures:
//   'gave_up'. Each change is also an incident timeline entry of kind "notification":
//   "值班群 (WeCom): sent" / "…: failed: HTTP 500, retry at 02:14" / "…: gave up after 8
//   attempts" (no secrets, no URLs).
// - One QTimer, armed at the earliest next_attempt_at of the queued/failed rows; no polling.
//   Times come from the backend's clock (tests use a FakeClock and call sendDue()).
class OutboxSender : public QObject {
    Q_OBJECT
public:
    OutboxSender(Backend &backend, ChannelRepository &channels, QObject *parent = nullptr);
    ~OutboxSender() override; // waits for a running e-mail worker

    // Wires deliver() of the notifier to sendDue().
    void attach(OutboxNotifier &notifier);
    void setBackoff(std::chrono::seconds base, std::chrono::seconds cap);
    void setMaxAttempts(int n) { m_maxAttempts = n; }
    int maxAttempts() const { return m_maxAttempts; }
    void setHttpTimeout(std::chrono::milliseconds t) { m_httpTimeout = t; }

    // Resumes after a start: leftover 'sending' rows become 'unconfirmed', then sendDue().
    Status start();
    // Sends every due row not already in flight and re-arms the timer.
    void sendDue();
    // Rows currently in flight.
    int inFlight() const { return m_inFlight.size(); }

    // The settings' test button: sends a short test message through the channel (to
    // `address` for Email) without an outbox row; the result comes as testFinished. `secrets`:
    // the ones typed into the form (unset: those stored for channel.id), so a channel can be
    // tested before it is saved.
    void sendTest(const NotifyChannel &channel, const QString &address = {},
                  const std::optional<ChannelSecrets> &secrets = std::nullopt);

Q_SIGNALS:
    // After each status change of a row (sent / failed / gave up).
    void rowChanged(qint64 rowId, const QString &status);
    // Every row in flight finished (tests wait for it).
    void idle();
    // ok: the channel accepted the test message; otherwise `message` says why (translated).
    void testFinished(qint64 channelId, bool ok, const QString &message);

private:
    void dispatch(const OutboxRow &row);
    void finishRow(qint64 rowId, bool ok, const QString &reason);
    void arm();
    void sendHttp(const NotifyChannel &channel, const ChannelSecrets &secrets,
                  const NotifyMessage &message, std::function<void(bool, const QString &)> done);
    void sendMail(const NotifyChannel &channel, const ChannelSecrets &secrets,
                  const QStringList &to, const QString &subject, const QString &body,
                  std::function<void(bool, const QString &)> done);

    Backend &m_backend;
    ChannelRepository &m_channels;
    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QSet<qint64> m_inFlight;
    std::chrono::seconds m_base{30};
    std::chrono::seconds m_cap{3600};
    int m_maxAttempts = 8;
    std::chrono::milliseconds m_httpTimeout{15000};
    class Workers;
    Workers *m_workers;
};

} // namespace dd
