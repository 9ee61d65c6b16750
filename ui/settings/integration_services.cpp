#include "settings/integration_services.h"

#include "app/backend.h"
#include "i18n/language.h"
#include "intake/intake_server.h"
#include "notify/outbox.h"
#include "notify/outbox_sender.h"
#include "reports/report_writer.h"
#include "shell/ui_context.h"
#include "storage/change_feed.h"

#include <QHostAddress>
#include <QTimer>

namespace dd {
namespace ui {

namespace {

QString scopeOf(Backend &backend)
{
    auto scope = ChannelRepository::secretScope(backend.database());
    return scope ? *scope : QString();
}

} // namespace

IntegrationServices::IntegrationServices(UiContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_backend(context.backend)
    , m_writable(!context.readOnly && !context.backend.database().isReadOnly())
    , m_secrets(SecretStore::defaultPath(), scopeOf(context.backend))
    , m_channels(m_backend.database(), m_backend.audit(), m_backend.clock(), m_secrets)
    , m_sources(m_backend.database(), m_backend.audit(), m_backend.clock())
    , m_reminders(m_backend, m_channels)
{
    if (!m_context.integrations)
        m_context.integrations = this;
    if (!m_writable)
        return;
    // Escalation → outbox rows in the step's own transaction → the sender. Drill incidents
    // are not held back: the notifier marks their messages "[DRILL]".
    m_notifier = std::make_unique<OutboxNotifier>(m_backend, m_channels);
    m_notifier->setLanguage(context.language.current());
    m_notifier->setTextOutput(&ReportWriter::plainText);
    m_sender = new OutboxSender(m_backend, m_channels, this);
    m_sender->attach(*m_notifier);
    m_backend.escalation().addNotifier(m_notifier.get());
    if (Status started = m_sender->start(); !started)
        m_senderError = started.error();
    // Shift reminders: checked every minute (the dedup key sends each one once).
    m_reminders.setLanguage(context.language.current());
    m_reminderTimer = new QTimer(this);
    m_reminderTimer->setInterval(60 * 1000);
    connect(m_reminderTimer, &QTimer::timeout, this, [this] { (void)remindShifts(); });
    m_reminderTimer->start();
    QTimer::singleShot(0, this, [this] { (void)remindShifts(); });
    connect(&m_backend.database().changes(), &ChangeFeed::committed, this,
            [this](const QSet<QString> &tables) {
                if (ChangeFeed::touches(tables, {"settings"}))
                    (void)applyIntakeSettings(); // the state says what went wrong
            });
}

IntegrationServices::~IntegrationServices()
{
    if (m_notifier)
        m_backend.escalation().removeNotifier(m_notifier.get());
    m_server.reset();
    if (m_context.integrations == this)
        m_context.integrations = nullptr;
}

IntegrationServices &IntegrationServices::ensure(UiContext &context, QObject *owner)
{
    if (context.integrations)
        return *context.integrations;
    return *new IntegrationServices(context, owner);
}

Status IntegrationServices::applyIntakeSettings()
{
    const IntakeState before = m_state;
    const QString beforeError = m_error;
    Status result;
    if (!m_writable) {
        m_server.reset();
        m_state = IntakeState::Off;
        m_error.clear();
    } else if (auto settings = IntakeSettings::load(m_backend.settings()); !settings) {
        m_server.reset();
        m_state = IntakeState::Failed;
        m_error = settings.error();
        result = settings.takeError();
    } else if (m_state == IntakeState::Listening && m_applied == *settings) {
        return {}; // already as the settings say
    } else if (!settings->enabled) {
        m_applied = *settings;
        m_server.reset();
        m_state = IntakeState::Off;
        m_error.clear();
    } else {
        if (!m_server) {
            m_server = std::make_unique<IntakeServer>(m_backend);
            connect(m_server.get(), &IntakeServer::alertsReceived, this,
                    &IntegrationServices::alertsReceived);
        }
        m_applied = *settings;
        Status started = m_server->start(QHostAddress(settings->bind), settings->port);
        if (started) {
            m_state = IntakeState::Listening;
            m_error.clear();
        } else {
            m_state = IntakeState::Failed;
            m_error = started.error();
            m_server->stop();
            result = started;
        }
    }
    if (m_state != before || m_error != beforeError || m_state == IntakeState::Listening)
        emit intakeStateChanged();
    return result;
}

Result<int> IntegrationServices::remindShifts()
{
    if (!m_writable)
        return 0;
    auto queued = m_reminders.stage(m_backend.clock().now());
    if (queued && *queued > 0) {
        if (m_sender)
            m_sender->sendDue();
        emit remindersQueued(*queued);
    }
    return queued;
}

QString IntegrationServices::intakeStatusText() const
{
    switch (m_state) {
    case IntakeState::Listening:
        return tr("Monitoring intake: listening on %1:%2")
            .arg(m_server->address().toString())
            .arg(m_server->port());
    case IntakeState::Failed: return tr("Monitoring intake: error: %1").arg(m_error);
    case IntakeState::Off: break;
    }
    return tr("Monitoring intake: off");
}

} // namespace ui
} // namespace dd
