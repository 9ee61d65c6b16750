#pragma once

#include "common/result.h"
#include "intake/intake_server.h"
#include "intake/intake_sources.h"
#include "notify/channel_repository.h"
#include "notify/secret_store.h"
#include "notify/shift_reminders.h"

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace dd {
class Backend;
class IntakeServer;
class OutboxNotifier;
class OutboxSender;
struct IntakeOutcome;
} // namespace dd

namespace dd {
namespace ui {

struct UiContext;

// The console's links to the outside world over one open database (issue 10): the intake
// sources and the monitoring intake server, the notification channels with their secret store,
// the outbox notifier registered with escalation and the sender that empties the outbox.
//
// The main window makes one for its lifetime and hands it out in UiContext::integrations; pages
// that need it (the settings boxes) take it from there with ensure(), which makes one — owned
// by the page — when a page is shown alone (tests). While the
// database is read-only (screenshots, inspecting a copy) nothing listens and nothing is sent:
// the repositories are there for reading only.
class IntegrationServices : public QObject {
    Q_OBJECT
public:
    enum class IntakeState { Off, Listening, Failed };

    explicit IntegrationServices(UiContext &context, QObject *parent = nullptr);
    ~IntegrationServices() override;

    // context.integrations, or a new one owned by `owner` (which then becomes it).
    static IntegrationServices &ensure(UiContext &context, QObject *owner);

    bool writable() const { return m_writable; }
    SecretStore &secretStore() { return m_secrets; }
    ChannelRepository &channels() { return m_channels; }
    IntakeSourceRepository &sources() { return m_sources; }
    OutboxSender *sender() const { return m_sender; } // nullptr when read-only
    ShiftReminders &shiftReminders() { return m_reminders; }
    IntakeServer *server() const { return m_server.get(); } // nullptr when off

    // Starts, restarts or stops the intake server as the settings say (intake.enabled, bind,
    // port). Called at start and after the settings were saved; committed changes to the
    // settings (also by dutyctl or another console) apply through the ChangeFeed. A server
    // already listening as the settings say is left alone.
    Status applyIntakeSettings();
    IntakeState intakeState() const { return m_state; }
    QString intakeError() const { return m_error; }
    // Why the sender could not resume at start (empty: fine).
    QString senderError() const { return m_senderError; }
    // "Listening on 127.0.0.1:8765" / "Off" / "Error: …", translated.
    QString intakeStatusText() const;

    // Queues the shift reminders due now and lets the sender go (every minute while writable,
    // and at start). Returns how many were queued.
    Result<int> remindShifts();

signals:
    void intakeStateChanged();
    // Shift reminders were queued (the settings list follows).
    void remindersQueued(int count);
    // A request's alerts were committed (the incidents list follows via ChangeFeed as well).
    void alertsReceived(const dd::IntakeOutcome &outcome);

private:
    UiContext &m_context;
    Backend &m_backend;
    bool m_writable;
    SecretStore m_secrets;
    ChannelRepository m_channels;
    IntakeSourceRepository m_sources;
    std::unique_ptr<IntakeServer> m_server;
    std::unique_ptr<OutboxNotifier> m_notifier;
    OutboxSender *m_sender = nullptr;
    ShiftReminders m_reminders;
    QTimer *m_reminderTimer = nullptr;
    std::optional<IntakeSettings> m_applied; // what the server was last started with
    IntakeState m_state = IntakeState::Off;
    QString m_error;
    QString m_senderError;
};

} // namespace ui
} // namespace dd
