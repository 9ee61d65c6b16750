#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "intake/alert_intake.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpServer;

namespace dd {

class Backend;
class SettingsRepository;

// The settings of the intake endpoint (database settings, keys intake.enabled, intake.bind,
// intake.port). Off by default; 127.0.0.1:8765.
struct IntakeSettings {
    Q_DECLARE_TR_FUNCTIONS(dd::IntakeSettings)
public:
    static constexpr quint16 DefaultPort = 8765;
    bool enabled = false;
    QString bind = QStringLiteral("127.0.0.1");
    quint16 port = DefaultPort;

    static Result<IntakeSettings> load(const SettingsRepository &settings);
    // Needs ManageSettings; refused with a bind that is not an IP address or port 0/out of range.
    static Status save(const Actor &actor, SettingsRepository &settings,
                       const IntakeSettings &value);
    bool operator==(const IntakeSettings &) const = default;
};

// The HTTP endpoint the console runs while open (QHttpServer in the GUI thread's event loop).
// Routes: POST /alerts/alertmanager, /alerts/zabbix, /alerts/generic.
// - Authorization: Bearer <token> of an active source whose format is the route's; missing or
//   wrong → 401 {"error": ...} and an "intake.refused" audit row.
// - Body over MaxBodyBytes (Content-Length or actual size) → 413; malformed → 400
//   {"error": "<parser message>"} (with an audit row, nothing else written).
// - Accepted → 200 {"received","raised","repeated","resolved","ignored"}; a database failure
//   → 500 {"error": ...}. Other paths → 404, other methods → 405.
class IntakeServer : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

    explicit IntakeServer(Backend &backend, QObject *parent = nullptr);
    ~IntakeServer() override;

    // Listens on address:port (port 0: an ephemeral port, see port()). Fails naming the
    // address and port when they are taken or invalid; never crashes. Restarts when running.
    Status start(const QHostAddress &address, quint16 port);
    // Starts with IntakeSettings::load(); stops (and is ok) when intake is disabled.
    Status startFromSettings();
    void stop();

    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const; // 0 when not listening
    AlertIntake &intake() { return m_intake; }

Q_SIGNALS:
    // After the request's transaction committed (the dashboard refreshes via ChangeFeed too).
    void alertsReceived(const dd::IntakeOutcome &outcome);
    // A request was refused (status 400/401/413/...); `reason` is translated.
    void requestRefused(int httpStatus, const QString &reason);

private:
    QHttpServerResponse handle(AlertFormat format, const QHttpServerRequest &request);
    QHttpServerResponse refuse(int status, const QString &route, const QHttpServerRequest &request,
                               const QString &reason, qint64 sourceId = 0);

    Backend &m_backend;
    AlertIntake m_intake;
    std::unique_ptr<QHttpServer> m_server;
    QTcpServer *m_tcp = nullptr; // owned by m_server
};

} // namespace dd
