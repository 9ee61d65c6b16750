#include "intake/intake_server.h"

#include "app/backend.h"
#include "institution/settings_repository.h"
#include "intake/alert_parser.h"
#include "intake/intake_sources.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTcpServer>

namespace dd {

namespace {

const QString EnabledKey = QStringLiteral("intake.enabled");
const QString BindKey = QStringLiteral("intake.bind");
const QString PortKey = QStringLiteral("intake.port");

using StatusCode = QHttpServerResponse::StatusCode;

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QHttpServerResponse json(const QJsonObject &body, StatusCode status)
{
    return QHttpServerResponse(body, status);
}

} // namespace

// ---- IntakeSettings ------------------------------------------------------------------------

Result<IntakeSettings> IntakeSettings::load(const SettingsRepository &settings)
{
    IntakeSettings s;
    auto enabled = settings.value(EnabledKey, QStringLiteral("false"));
    if (!enabled)
        return enabled.takeError();
    s.enabled = *enabled == QLatin1String("true") || *enabled == QLatin1String("1");
    auto bind = settings.value(BindKey, s.bind);
    if (!bind)
        return bind.takeError();
    s.bind = bind->trimmed();
    if (QHostAddress(s.bind).isNull())
        return fail(
            tr("%1: expected an IP address such as 127.0.0.1, found \"%2\".").arg(BindKey, s.bind));
    auto port = settings.value(PortKey, QString::number(DefaultPort));
    if (!port)
        return port.takeError();
    bool ok = false;
    const int p = port->toInt(&ok);
    if (!ok || p < 1 || p > 65535)
        return fail(tr("%1: expected a port from 1 to 65535, found \"%2\".").arg(PortKey, *port));
    s.port = quint16(p);
    return s;
}

Status IntakeSettings::save(const Actor &actor, SettingsRepository &settings,
                            const IntakeSettings &value)
{
    if (Status allowed = actor.require(Permission::ManageSettings); !allowed)
        return allowed;
    if (QHostAddress(value.bind.trimmed()).isNull())
        return fail(tr("Bind address: expected an IP address such as 127.0.0.1, found \"%1\".")
                        .arg(value.bind));
    if (value.port == 0)
        return fail(tr("Port: expected a port from 1 to 65535."));
    // One user action: the three keys in one transaction with one audit row.
    return settings.setValues(
        actor, {{EnabledKey, value.enabled ? QStringLiteral("true") : QStringLiteral("false")},
                {BindKey, value.bind.trimmed()},
                {PortKey, QString::number(value.port)}});
}

// ---- IntakeServer --------------------------------------------------------------------------

IntakeServer::IntakeServer(Backend &backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_intake(backend)
{}

IntakeServer::~IntakeServer() = default;

Status IntakeServer::start(const QHostAddress &address, quint16 port)
{
    stop();
    auto server = std::make_unique<QHttpServer>();
    for (AlertFormat format : allAlertFormats()) {
        const QString path = QStringLiteral("/alerts/") + alertFormatId(format);
        server->route(
            path, QHttpServerRequest::Method::Post,
            [this, format](const QHttpServerRequest &request) { return handle(format, request); });
        server->route(path, [](const QHttpServerRequest &) {
            return json({{QStringLiteral("error"), tr("Use POST.")}}, StatusCode::MethodNotAllowed);
        });
    }
    auto *tcp = new QTcpServer(server.get());
    if (!tcp->listen(address, port)) {
        const QString reason = tcp->errorString();
        return fail(tr("Monitoring intake: cannot listen on %1 port %2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(reason));
    }
    server->bind(tcp);
    m_server = std::move(server);
    m_tcp = tcp;
    return {};
}

Status IntakeServer::startFromSettings()
{
    auto settings = IntakeSettings::load(m_backend.settings());
    if (!settings)
        return settings.takeError();
    if (!settings->enabled) {
        stop();
        return {};
    }
    return start(QHostAddress(settings->bind), settings->port);
}

void IntakeServer::stop()
{
    m_tcp = nullptr;
    m_server.reset();
}

bool IntakeServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

QHostAddress IntakeServer::address() const
{
    return isListening() ? m_tcp->serverAddress() : QHostAddress();
}

quint16 IntakeServer::port() const
{
    return isListening() ? m_tcp->serverPort() : 0;
}

QHttpServerResponse IntakeServer::refuse(int status, const QString &route,
                                         const QHttpServerRequest &request, const QString &reason,
                                         qint64 sourceId)
{
    // The refusal is audited; a failing audit write does not change the answer.
    (void)m_intake.recordRefusal(route, request.remoteAddress().toString(), reason, sourceId);
    emit requestRefused(status, reason);
    return json({{QStringLiteral("error"), reason}}, StatusCode(status));
}

QHttpServerResponse IntakeServer::handle(AlertFormat format, const QHttpServerRequest &request)
{
    const QString route = request.url().path();
    const QByteArray body = request.body();
    bool lengthOk = false;
    const qint64 declared = header(request, "Content-Length").trimmed().toLongLong(&lengthOk);
    if ((lengthOk && declared > MaxBodyBytes) || body.size() > MaxBodyBytes)
        return refuse(int(StatusCode::PayloadTooLarge), route, request,
                      tr("The body is larger than %1 bytes.").arg(MaxBodyBytes));

    const QByteArray authorization = header(request, "Authorization").trimmed();
    const QByteArray scheme = authorization.left(7);
    if (authorization.isEmpty() || scheme.compare("Bearer ", Qt::CaseInsensitive) != 0)
        return refuse(int(StatusCode::Unauthorized), route, request,
                      tr("Authorization: expected \"Bearer\" and the source's token."));
    IntakeSourceRepository sources(m_backend.database(), m_backend.audit(), m_backend.clock());
    auto source = sources.authenticate(format, authorization.mid(7).trimmed());
    if (!source)
        return refuse(int(StatusCode::InternalServerError), route, request, source.error());
    if (!source->has_value())
        return refuse(int(StatusCode::Unauthorized), route, request,
                      tr("Authorization: the token is not one of an active %1 source.")
                          .arg(alertFormatName(format)));

    auto alerts = AlertParser::parse(format, body);
    if (!alerts)
        return refuse(int(StatusCode::BadRequest), route, request, alerts.error(), (*source)->id);

    auto outcome = m_intake.receive(**source, *alerts);
    if (!outcome)
        return refuse(int(StatusCode::InternalServerError), route, request, outcome.error(),
                      (*source)->id);
    emit alertsReceived(*outcome);
    return json({{QStringLiteral("received"), outcome->received},
                 {QStringLiteral("raised"), outcome->raised},
                 {QStringLiteral("repeated"), outcome->repeated},
                 {QStringLiteral("resolved"), outcome->resolved},
                 {QStringLiteral("ignored"), outcome->ignored}},
                StatusCode::Ok);
}

} // namespace dd
