// AlertParser: the three webhook formats and the messages for bad input.
#include "intake/alert_parser.h"

#include <gtest/gtest.h>

namespace dd {
namespace test {
namespace {

QByteArray alertmanagerBody()
{
    return R"({
      "version": "4", "groupKey": "{}:{alertname=\"TradingGatewayDown\"}", "status": "firing",
      "receiver": "dutydesk", "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {},
      "externalURL": "http://am:9093", "truncatedAlerts": 0,
      "alerts": [
        {"status": "firing",
         "labels": {"alertname": "TradingGatewayDown", "severity": "critical",
                    "system": "centralized_trading", "instance": "gw1:9100"},
         "annotations": {"summary": "Trading gateway gw1 down", "description": "no heartbeat"},
         "startsAt": "2026-03-02T02:15:00.123456789Z", "endsAt": "0001-01-01T00:00:00Z",
         "generatorURL": "http://prom/graph", "fingerprint": "a1b2c3d4e5f60718"},
        {"status": "resolved", "labels": {"alertname": "DiskFull", "instance": "db1"},
         "annotations": {}, "startsAt": "2026-03-02T01:00:00Z",
         "endsAt": "2026-03-02T02:00:00+00:00"}
      ]})";
}

TEST(IntakeParser, AlertmanagerWebhookVersion4)
{
    auto alerts = AlertParser::parse(AlertFormat::Alertmanager, alertmanagerBody());
    ASSERT_TRUE(alerts.ok()) << alerts.error().toStdString();
    ASSERT_EQ(alerts->size(), 2);
    const Alert &a = alerts->at(0);
    EXPECT_EQ(a.status, AlertStatus::Firing);
    EXPECT_EQ(a.fingerprint, QStringLiteral("a1b2c3d4e5f60718"));
    EXPECT_EQ(a.title, QStringLiteral("Trading gateway gw1 down"));
    EXPECT_EQ(a.severity, QStringLiteral("critical"));
    EXPECT_EQ(a.system, QStringLiteral("centralized_trading"));
    EXPECT_EQ(a.host, QStringLiteral("gw1:9100"));
    EXPECT_EQ(a.startedAt, QDateTime(QDate(2026, 3, 2), QTime(2, 15, 0, 123), Qt::UTC));
    EXPECT_FALSE(a.endsAt.isValid()); // Go's zero time
    EXPECT_EQ(a.annotations.value(QStringLiteral("description")), QStringLiteral("no heartbeat"));

    const Alert &b = alerts->at(1);
    EXPECT_EQ(b.status, AlertStatus::Resolved);
    EXPECT_EQ(b.title, QStringLiteral("DiskFull"));
    // No fingerprint: a stable hash of the sorted labels.
    EXPECT_EQ(b.fingerprint, labelFingerprint(b.labels));
    EXPECT_EQ(b.fingerprint.size(), 32);
    EXPECT_EQ(b.endsAt, QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
}

TEST(IntakeParser, LabelFingerprintIgnoresOrder)
{
    QMap<QString, QString> x{{QStringLiteral("b"), QStringLiteral("2")},
                             {QStringLiteral("a"), QStringLiteral("1")}};
    QMap<QString, QString> y;
    y.insert(QStringLiteral("a"), QStringLiteral("1"));
    y.insert(QStringLiteral("b"), QStringLiteral("2"));
    EXPECT_EQ(labelFingerprint(x), labelFingerprint(y));
    y.insert(QStringLiteral("b"), QStringLiteral("3"));
    EXPECT_NE(labelFingerprint(x), labelFingerprint(y));
}

TEST(IntakeParser, ZabbixProblemAndRecovery)
{
    const QByteArray problem = R"({
      "event_id": "40321", "event_name": "Core switch unreachable", "event_severity": "High",
      "event_value": "1", "host_name": "core-sw-1", "event_date": "2026.03.02",
      "event_time": "10:15:00",
      "event_tags_json": "[{\"tag\":\"system\",\"value\":\"online_trading\"},{\"tag\":\"scope\",\"value\":\"net\"}]",
      "alert_message": "ICMP ping loss 100%"})";
    auto p = AlertParser::parse(AlertFormat::Zabbix, problem);
    ASSERT_TRUE(p.ok()) << p.error().toStdString();
    ASSERT_EQ(p->size(), 1);
    const Alert &a = p->at(0);
    EXPECT_EQ(a.status, AlertStatus::Firing);
    EXPECT_EQ(a.fingerprint, QStringLiteral("40321"));
    EXPECT_EQ(a.title, QStringLiteral("Core switch unreachable"));
    EXPECT_EQ(a.severity, QStringLiteral("High"));
    EXPECT_EQ(a.host, QStringLiteral("core-sw-1"));
    EXPECT_EQ(a.system, QStringLiteral("online_trading"));
    EXPECT_EQ(a.labels.value(QStringLiteral("scope")), QStringLiteral("net"));
    EXPECT_EQ(a.startedAt, QDateTime(QDate(2026, 3, 2), QTime(2, 15), Qt::UTC)); // UTC+8
    EXPECT_EQ(a.annotations.value(QStringLiteral("message")),
              QStringLiteral("ICMP ping loss 100%"));

    // The same problem's recovery: {EVENT.ID} stays the problem's id; other accepted names.
    const QByteArray recovery = R"({"eventid": 40321, "subject": "Resolved: Core switch",
      "status": "RESOLVED", "severity": 4, "hostname": "core-sw-1", "timestamp": 1772417700,
      "tags": "system:online_trading, scope:net"})";
    auto r = AlertParser::parse(AlertFormat::Zabbix, recovery);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->at(0).status, AlertStatus::Resolved);
    EXPECT_EQ(r->at(0).fingerprint, QStringLiteral("40321"));
    EXPECT_EQ(r->at(0).severity, QStringLiteral("High"));
    EXPECT_EQ(r->at(0).labels.value(QStringLiteral("system")), QStringLiteral("online_trading"));
    EXPECT_EQ(r->at(0).startedAt, QDateTime::fromSecsSinceEpoch(1772417700, Qt::UTC));
}

TEST(IntakeParser, GenericFormSingleAndBatch)
{
    auto one = AlertParser::parse(AlertFormat::Generic, R"({"title": "Market data feed stale",
        "severity": "major", "system": "market_data", "started_at": "2026-03-02T10:15:00+08:00",
        "labels": {"feed": "L2"}})");
    ASSERT_TRUE(one.ok()) << one.error().toStdString();
    ASSERT_EQ(one->size(), 1);
    EXPECT_EQ(one->at(0).status, AlertStatus::Firing);
    EXPECT_EQ(one->at(0).system, QStringLiteral("market_data"));
    EXPECT_EQ(one->at(0).startedAt, QDateTime(QDate(2026, 3, 2), QTime(2, 15), Qt::UTC));
    EXPECT_FALSE(one->at(0).fingerprint.isEmpty());

    auto batch = AlertParser::parse(AlertFormat::Generic, R"({"alerts": [
        {"title": "A", "fingerprint": "fa"}, {"title": "B", "status": "resolved", "fingerprint": 7}]})");
    ASSERT_TRUE(batch.ok()) << batch.error().toStdString();
    ASSERT_EQ(batch->size(), 2);
    EXPECT_EQ(batch->at(1).fingerprint, QStringLiteral("7"));
    EXPECT_EQ(batch->at(1).status, AlertStatus::Resolved);

    auto array = AlertParser::parse(AlertFormat::Generic, R"([{"title": "A"}, {"title": "B"}])");
    ASSERT_TRUE(array.ok());
    EXPECT_NE(array->at(0).fingerprint, array->at(1).fingerprint); // title is part of it
}

struct BadCase {
    AlertFormat format;
    const char *body;
    const char *message; // a part of the error
};

TEST(IntakeParser, BadInputIsRefusedNamingThePath)
{
    const BadCase cases[] = {
        {AlertFormat::Generic, "", "body: expected a JSON document"},
        {AlertFormat::Generic, "{\"title\": ", "body: malformed JSON at offset"},
        {AlertFormat::Generic, "42", "body: "},
        {AlertFormat::Generic, "{\"severity\": \"x\"}", "title: expected a title"},
        {AlertFormat::Generic, "{\"title\": [1]}", "title: expected a string"},
        {AlertFormat::Generic, "{\"title\": \"x\", \"started_at\": \"yesterday\"}",
         "started_at: expected an ISO 8601 time with offset"},
        {AlertFormat::Generic, "{\"title\": \"x\", \"started_at\": \"2026-03-02T10:15:00\"}",
         "started_at: expected an ISO 8601 time with offset"},
        {AlertFormat::Generic, "{\"title\": \"x\", \"labels\": {\"a\": {}}}",
         "labels.a: expected a string"},
        {AlertFormat::Generic, "[{\"title\": \"x\"}, 3]", "[1]: expected an alert object"},
        {AlertFormat::Generic, "{\"alerts\": {}}", "alerts: expected an array of alerts"},
        {AlertFormat::Generic, "{\"title\": \"x\", \"status\": \"gone\"}",
         "status: expected \"firing\" or \"resolved\""},
        {AlertFormat::Alertmanager, "[]", "body: expected an Alertmanager webhook object"},
        {AlertFormat::Alertmanager, "{\"version\": \"3\", \"alerts\": []}",
         "version: expected \"4\""},
        {AlertFormat::Alertmanager, "{\"version\": \"4\"}", "alerts: expected an array of alerts"},
        {AlertFormat::Alertmanager,
         "{\"alerts\": [{\"status\": \"firing\", \"labels\": {\"a\": \"b\"}}, "
         "{\"status\": \"firing\", \"labels\": {\"a\": \"c\"}}, {\"status\": \"fired\"}]}",
         "alerts[2].status: expected \"firing\" or \"resolved\""},
        {AlertFormat::Alertmanager, "{\"alerts\": [{\"status\": \"firing\"}]}",
         "alerts[0].labels: expected at least one label"},
        {AlertFormat::Alertmanager,
         "{\"alerts\": [{\"status\": \"firing\", \"labels\": {\"a\": \"b\"}, \"startsAt\": 5}]}",
         "alerts[0].startsAt: expected an ISO 8601 time"},
        {AlertFormat::Zabbix, "{\"event_name\": \"x\"}", "event_id: expected the problem event id"},
        {AlertFormat::Zabbix, "{\"event_id\": \"{EVENT.ID}\", \"event_name\": \"x\"}",
         "event_id: expected the problem event id"},
        {AlertFormat::Zabbix, "{\"event_id\": \"1\"}", "event_name: expected the event name"},
        {AlertFormat::Zabbix,
         "{\"event_id\": \"1\", \"event_name\": \"x\", \"event_value\": \"2\"}",
         "event_value: expected \"1\" (problem) or \"0\" (resolved)"},
        {AlertFormat::Zabbix,
         "{\"event_id\": \"1\", \"event_name\": \"x\", \"event_date\": \"02/03/2026\"}",
         "event_date: expected a date such as 2026.03.02"},
        {AlertFormat::Zabbix,
         "{\"event_id\": \"1\", \"event_name\": \"x\", \"event_tags_json\": \"[{\\\"value\\\": "
         "1}]\"}",
         "event_tags_json[0].tag: expected the tag name"},
        {AlertFormat::Zabbix,
         "{\"event_id\": \"1\", \"event_name\": \"x\", \"timestamp\": \"soon\"}",
         "timestamp: expected Unix seconds"},
    };
    for (const BadCase &c : cases) {
        auto r = AlertParser::parse(c.format, QByteArray(c.body));
        ASSERT_FALSE(r.ok()) << c.body;
        EXPECT_TRUE(r.error().contains(QString::fromUtf8(c.message)))
            << c.body << " → " << r.error().toStdString();
    }
}

TEST(IntakeParser, TooManyAlertsInOneBodyAreRefused)
{
    QByteArray body = "[";
    for (int i = 0; i <= AlertParser::MaxAlertsPerBody; ++i)
        body += (i ? ",{\"title\":\"t\"}" : "{\"title\":\"t\"}");
    body += "]";
    auto r = AlertParser::parse(AlertFormat::Generic, body);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("at most 1000 alerts")))
        << r.error().toStdString();
}

TEST(IntakeParser, GarbageNeverCrashes)
{
    const QByteArray samples[] = {
        "\0\0\0",
        "{\"alerts\":[null]}",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "{\"event_tags_json\":\"{\\\"a\\\":[]}\",\"event_id\":1,\"name\":2}",
        "\xff\xfe{}",
        "{\"title\":\"x\",\"started_at\":\"99999-01-01T00:00:00Z\"}"};
    for (const QByteArray &s : samples)
        for (AlertFormat f : allAlertFormats())
            (void)AlertParser::parse(f, s);
    SUCCEED();
}

} // namespace
} // namespace test
} // namespace dd
