// The intake endpoint on loopback: each format, tokens, size, malformed bodies, dedup/resolve.
#include "app/backend.h"
#include "audit/audit_log.h"
#include "test_intake_fixture.h"

#include <QTcpServer>

namespace dd {
namespace test {
namespace {

using Intake = IntakeFixture;

const QByteArray AlertmanagerFiring = R"({"version": "4", "status": "firing", "alerts": [
    {"status": "firing", "fingerprint": "fp-gw1",
     "labels": {"alertname": "TradingGatewayDown", "system": "centralized_trading",
                "severity": "critical", "instance": "gw1"},
     "annotations": {"summary": "Trading gateway gw1 down"},
     "startsAt": "2026-01-05T02:00:00Z", "endsAt": "0001-01-01T00:00:00Z"}]})";

const QByteArray AlertmanagerResolved = R"({"version": "4", "status": "resolved", "alerts": [
    {"status": "resolved", "fingerprint": "fp-gw1",
     "labels": {"alertname": "TradingGatewayDown", "system": "centralized_trading"},
     "annotations": {"summary": "Trading gateway gw1 down"},
     "startsAt": "2026-01-05T02:00:00Z", "endsAt": "2026-01-05T02:05:00Z"}]})";

const QByteArray ZabbixProblem = R"({"event_id": "9001", "event_name": "Core switch unreachable",
    "event_severity": "High", "event_value": "1", "host_name": "core-sw-1",
    "event_date": "2026.01.05", "event_time": "09:58:00",
    "event_tags_json": [{"tag": "system", "value": "online_trading"}]})";

const QByteArray GenericAlert = R"({"title": "Market data feed stale", "severity": "major",
    "system": "not_a_kind", "started_at": "2026-01-05T09:59:00+08:00", "labels": {"feed": "L2"}})";

Incident incidentOf(Backend &backend, qint64 id)
{
    auto i = backend.incidents().get(id);
    EXPECT_TRUE(i.ok());
    return i ? *i : Incident{};
}

TEST_F(Intake, EachAcceptedFormatRaisesAWarning)
{
    const QString am = token(AlertFormat::Alertmanager, QStringLiteral("Prometheus"));
    const QString zb = token(AlertFormat::Zabbix, QStringLiteral("Zabbix"));
    const QString gn = token(AlertFormat::Generic, QStringLiteral("Scripts"));

    Reply r = post(QStringLiteral("/alerts/alertmanager"), AlertmanagerFiring, am);
    ASSERT_EQ(r.status, 200) << QJsonDocument(r.json).toJson().toStdString();
    EXPECT_EQ(r.json.value(QStringLiteral("raised")).toInt(), 1);
    r = post(QStringLiteral("/alerts/zabbix"), ZabbixProblem, zb);
    ASSERT_EQ(r.status, 200) << QJsonDocument(r.json).toJson().toStdString();
    r = post(QStringLiteral("/alerts/generic"), GenericAlert, gn);
    ASSERT_EQ(r.status, 200) << QJsonDocument(r.json).toJson().toStdString();

    auto rows = server.intake().recent();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3);
    QMap<QString, IntakeAlertRow> byTitle;
    for (const IntakeAlertRow &row : *rows)
        byTitle.insert(row.title, row);

    const Incident gw =
        incidentOf(*b, byTitle.value(QStringLiteral("Trading gateway gw1 down")).incidentId);
    EXPECT_EQ(gw.state, IncidentState::Warning);
    EXPECT_EQ(gw.facts.value(QStringLiteral("system")).toString(),
              QStringLiteral("centralized_trading"));
    EXPECT_EQ(gw.startedAt, QDateTime(QDate(2026, 1, 5), QTime(2, 0), Qt::UTC));
    EXPECT_TRUE(gw.description.contains(QStringLiteral("Prometheus")))
        << gw.description.toStdString();
    EXPECT_TRUE(gw.description.contains(QStringLiteral("instance=gw1")));

    const Incident sw =
        incidentOf(*b, byTitle.value(QStringLiteral("Core switch unreachable")).incidentId);
    EXPECT_EQ(sw.state, IncidentState::Warning);
    EXPECT_EQ(sw.facts.value(QStringLiteral("system")).toString(),
              QStringLiteral("online_trading"));
    EXPECT_EQ(sw.startedAt, QDateTime(QDate(2026, 1, 5), QTime(1, 58), Qt::UTC));

    const Incident feed =
        incidentOf(*b, byTitle.value(QStringLiteral("Market data feed stale")).incidentId);
    EXPECT_EQ(feed.state, IncidentState::Warning);
    EXPECT_EQ(feed.facts.value(QStringLiteral("system")).toString(), QStringLiteral("other"));

    auto list = sources.list();
    ASSERT_TRUE(list.ok());
    for (const IntakeSource &s : *list)
        EXPECT_TRUE(s.lastUsedAt.isValid()) << s.name.toStdString();
}

TEST_F(Intake, MissingOrWrongTokenIs401WithAnAuditRowAndNothingElse)
{
    const QString am = token(AlertFormat::Alertmanager);
    const QString zb = token(AlertFormat::Zabbix, QStringLiteral("Zabbix"));
    const qint64 refusedBefore = refusals();

    EXPECT_EQ(post(QStringLiteral("/alerts/alertmanager"), AlertmanagerFiring, QString()).status,
              401);
    Reply wrong = post(QStringLiteral("/alerts/alertmanager"), AlertmanagerFiring,
                       QStringLiteral("not-the-token"));
    EXPECT_EQ(wrong.status, 401);
    EXPECT_FALSE(wrong.json.value(QStringLiteral("error")).toString().isEmpty());
    // A valid token of another format's source does not open this route.
    EXPECT_EQ(post(QStringLiteral("/alerts/alertmanager"), AlertmanagerFiring, zb).status, 401);
    // A revoked token stops working.
    auto list = sources.list();
    ASSERT_TRUE(list.ok());
    for (const IntakeSource &s : *list) {
        if (s.format == AlertFormat::Alertmanager) {
            ASSERT_TRUE(sources.revoke(admin, s.id).ok());
        }
    }
    EXPECT_EQ(post(QStringLiteral("/alerts/alertmanager"), AlertmanagerFiring, am).status, 401);

    EXPECT_EQ(refusals(), refusedBefore + 4);
    EXPECT_EQ(intakeAlerts(), 0);
    EXPECT_EQ(incidents(), 0);
    auto audit = b->audit().latest(50);
    ASSERT_TRUE(audit.ok());
    for (const AuditRecord &rec : *audit) {
        EXPECT_FALSE(rec.after.contains(am)) << rec.action.toStdString();
        EXPECT_FALSE(rec.after.contains(IntakeSourceRepository::hashToken(am.toLatin1())));
        if (rec.action == QLatin1String("intake.refused")) {
            EXPECT_TRUE(rec.after.contains(QStringLiteral("127.0.0.1"))) << rec.after.toStdString();
            EXPECT_FALSE(rec.after.contains(QStringLiteral("TradingGatewayDown"))); // no body
        }
    }
}

TEST_F(Intake, OversizeBodyIs413)
{
    const QString gn = token(AlertFormat::Generic);
    QByteArray big = R"({"title": "big", "annotations": {"blob": ")";
    big += QByteArray(IntakeServer::MaxBodyBytes, 'x');
    big += "\"}}";
    Reply r = post(QStringLiteral("/alerts/generic"), big, gn);
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(intakeAlerts(), 0);
    EXPECT_EQ(incidents(), 0);
    EXPECT_EQ(refusals(), 1);
}

TEST_F(Intake, MalformedBodyIs400NamingTheProblem)
{
    const QString am = token(AlertFormat::Alertmanager);
    Reply r =
        post(QStringLiteral("/alerts/alertmanager"),
             R"({"version": "4", "alerts": [{"status": "burning", "labels": {"a": "b"}}]})", am);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.json.value(QStringLiteral("error")).toString(),
              QStringLiteral("alerts[0].status: expected \"firing\" or \"resolved\""));
    r = post(QStringLiteral("/alerts/alertmanager"), "{not json", am);
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(r.json.value(QStringLiteral("error"))
                    .toString()
                    .startsWith(QStringLiteral("body: malformed JSON")));
    EXPECT_EQ(intakeAlerts(), 0);
    EXPECT_EQ(incidents(), 0);
    EXPECT_EQ(refusals(), 2);
}

TEST_F(Intake, SameFingerprintUpdatesOneWarningAndResolvedMarksIt)
{
    const QString am = token(AlertFormat::Alertmanager);
    ASSERT_EQ(post(QStringLiteral("/alerts/alertmanager"), AlertmanagerFiring, am).status, 200);
    b.clock().advanceSecs(60);
    Reply again = post(QStringLiteral("/alerts/alertmanager"), AlertmanagerFiring, am);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(again.json.value(QStringLiteral("repeated")).toInt(), 1);
    EXPECT_EQ(again.json.value(QStringLiteral("raised")).toInt(), 0);
    EXPECT_EQ(incidents(), 1);
    auto rows = server.intake().recent();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    const IntakeAlertRow row = rows->at(0);
    EXPECT_EQ(row.count, 2);
    EXPECT_EQ(row.status, AlertStatus::Firing);
    EXPECT_LT(row.firstSeen, row.lastSeen);
    auto timeline = b->incidents().timeline(row.incidentId);
    ASSERT_TRUE(timeline.ok());
    bool firedAgain = false;
    for (const TimelineEntry &e : *timeline)
        firedAgain = firedAgain || e.text.contains(QStringLiteral("count 2"));
    EXPECT_TRUE(firedAgain);
    EXPECT_FALSE(*server.intake().resolvedByMonitoring(row.incidentId));

    Reply resolved = post(QStringLiteral("/alerts/alertmanager"), AlertmanagerResolved, am);
    ASSERT_EQ(resolved.status, 200);
    EXPECT_EQ(resolved.json.value(QStringLiteral("resolved")).toInt(), 1);
    auto after = server.intake().alertsOfIncident(row.incidentId);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), 1);
    EXPECT_EQ(after->at(0).status, AlertStatus::Resolved);
    EXPECT_EQ(after->at(0).resolvedAt, QDateTime(QDate(2026, 1, 5), QTime(2, 5), Qt::UTC));
    EXPECT_TRUE(*server.intake().resolvedByMonitoring(row.incidentId));
    // The warning stays until the officer lifts it with its report.
    EXPECT_EQ(incidentOf(*b, row.incidentId).state, IncidentState::Warning);
    // Resolved again: nothing more to do.
    EXPECT_EQ(post(QStringLiteral("/alerts/alertmanager"), AlertmanagerResolved, am)
                  .json.value(QStringLiteral("ignored"))
                  .toInt(),
              1);
    EXPECT_EQ(incidents(), 1);
}

TEST_F(Intake, ZabbixRecoveryResolvesTheProblemByEventId)
{
    const QString zb = token(AlertFormat::Zabbix);
    ASSERT_EQ(post(QStringLiteral("/alerts/zabbix"), ZabbixProblem, zb).status, 200);
    Reply r = post(QStringLiteral("/alerts/zabbix"),
                   R"({"event_id": "9001", "event_name": "Core switch unreachable",
                       "event_value": "0", "event_recovery_date": "2026.01.05",
                       "event_recovery_time": "10:03:00"})",
                   zb);
    ASSERT_EQ(r.status, 200) << QJsonDocument(r.json).toJson().toStdString();
    EXPECT_EQ(r.json.value(QStringLiteral("resolved")).toInt(), 1);
    auto rows = server.intake().recent();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).status, AlertStatus::Resolved);
    EXPECT_EQ(rows->at(0).resolvedAt, QDateTime(QDate(2026, 1, 5), QTime(2, 3), Qt::UTC));
    auto timeline = b->incidents().timeline(rows->at(0).incidentId);
    ASSERT_TRUE(timeline.ok());
    EXPECT_TRUE(timeline->last().text.contains(QStringLiteral("Resolved by monitoring")))
        << timeline->last().text.toStdString();
}

TEST_F(Intake, AlertFiringAgainAfterItsWarningWasLiftedRaisesANewWarning)
{
    const QString am = token(AlertFormat::Alertmanager);
    ASSERT_EQ(post(QStringLiteral("/alerts/alertmanager"), AlertmanagerFiring, am).status, 200);
    const qint64 first = server.intake().recent()->at(0).incidentId;
    ASSERT_TRUE(b->incidents().changeState(admin, first, IncidentState::WarningLifted).ok());
    Reply r = post(QStringLiteral("/alerts/alertmanager"), AlertmanagerFiring, am);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json.value(QStringLiteral("raised")).toInt(), 1);
    EXPECT_EQ(incidents(), 2);
    EXPECT_EQ(intakeAlerts(), 1);
    EXPECT_NE(server.intake().recent()->at(0).incidentId, first);
}

TEST_F(Intake, PromotingTheWarningKeepsTheAlertFacts)
{
    const QString am = token(AlertFormat::Alertmanager);
    ASSERT_EQ(post(QStringLiteral("/alerts/alertmanager"), AlertmanagerFiring, am).status, 200);
    const qint64 id = server.intake().recent()->at(0).incidentId;
    ASSERT_TRUE(b->incidentService().changeState(admin, id, IncidentState::Responding).ok());
    const Incident i = incidentOf(*b, id);
    EXPECT_EQ(i.state, IncidentState::Responding);
    EXPECT_EQ(i.facts.value(QStringLiteral("system")).toString(),
              QStringLiteral("centralized_trading"));
}

TEST_F(Intake, OtherMethodsAndPathsAreRefused)
{
    QNetworkReply *get = network.get(QNetworkRequest(url(QStringLiteral("/alerts/generic"))));
    EXPECT_EQ(wait(get).status, 405);
    EXPECT_EQ(post(QStringLiteral("/alerts/nagios"), "{}", QStringLiteral("x")).status, 404);
}

TEST_F(Intake, TakenPortIsReportedNotFatal)
{
    QTcpServer other;
    ASSERT_TRUE(other.listen(QHostAddress::LocalHost, 0));
    IntakeServer second(*b);
    Status s = second.start(QHostAddress::LocalHost, other.serverPort());
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QString::number(other.serverPort()))) << s.error().toStdString();
    EXPECT_TRUE(s.error().contains(QStringLiteral("127.0.0.1")));
    EXPECT_FALSE(second.isListening());
}

TEST_F(Intake, SourcesNeedManageSettingsAndStoreOnlyTheHash)
{
    EXPECT_FALSE(sources.create(Actor::nobody(), QStringLiteral("x"), AlertFormat::Generic).ok());
    EXPECT_FALSE(sources.create(admin, QStringLiteral("  "), AlertFormat::Generic).ok());
    auto created = sources.create(admin, QStringLiteral("Prometheus"), AlertFormat::Alertmanager);
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->token.size(), 43);
    EXPECT_FALSE(sources.create(admin, QStringLiteral("Prometheus"), AlertFormat::Generic).ok());
    auto q = b->database().exec(QStringLiteral("SELECT token_hash FROM intake_sources"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toString(), IntakeSourceRepository::hashToken(created->token.toLatin1()));
    auto found = sources.authenticate(AlertFormat::Alertmanager, created->token.toLatin1());
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->name, QStringLiteral("Prometheus"));
    EXPECT_FALSE(
        sources.authenticate(AlertFormat::Generic, created->token.toLatin1())->has_value());
}

TEST_F(Intake, SettingsDefaultOffAndRoundTrip)
{
    auto s = IntakeSettings::load(b->settings());
    ASSERT_TRUE(s.ok());
    EXPECT_FALSE(s->enabled);
    EXPECT_EQ(s->bind, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(s->port, 8765);
    IntakeSettings changed{true, QStringLiteral("127.0.0.1"), 0};
    EXPECT_FALSE(IntakeSettings::save(admin, b->settings(), changed).ok());
    changed.port = 18765;
    changed.bind = QStringLiteral("localhost");
    EXPECT_FALSE(IntakeSettings::save(admin, b->settings(), changed).ok());
    changed.bind = QStringLiteral("127.0.0.1");
    EXPECT_FALSE(IntakeSettings::save(Actor::nobody(), b->settings(), changed).ok());
    const int auditBefore = b->audit().latest(10000)->size();
    ASSERT_TRUE(IntakeSettings::save(admin, b->settings(), changed).ok());
    EXPECT_EQ(*IntakeSettings::load(b->settings()), changed);
    // One user action: one transaction, one audit row with the changed keys.
    auto rows = b->audit().latest(10000);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), auditBefore + 1);
    EXPECT_TRUE(rows->first().after.contains(QStringLiteral("intake.enabled")))
        << rows->first().after.toStdString();
    EXPECT_TRUE(rows->first().after.contains(QStringLiteral("intake.port")));
}

} // namespace
} // namespace test
} // namespace dd
