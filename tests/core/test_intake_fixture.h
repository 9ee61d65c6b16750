#pragma once

#include "intake/alert_intake.h"
#include "intake/intake_server.h"
#include "intake/intake_sources.h"
#include "storage/database.h"
#include "temp_database.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <gtest/gtest.h>

namespace dd {
namespace test {

// A fresh database with the intake server listening on 127.0.0.1 (an ephemeral port) and a
// QNetworkAccessManager to post to it.
class IntakeFixture : public ::testing::Test {
protected:
    struct Reply {
        int status = 0;
        QJsonObject json;
    };

    TempBackend b;
    Actor admin = b.admin();
    IntakeSourceRepository sources{b->database(), b->audit(), b->clock()};
    IntakeServer server{*b};
    QNetworkAccessManager network;

    void SetUp() override
    {
        Status started = server.start(QHostAddress::LocalHost, 0);
        ASSERT_TRUE(started.ok()) << started.error().toStdString();
        ASSERT_NE(server.port(), 0);
    }

    QString token(AlertFormat format, const QString &name = QStringLiteral("monitoring"))
    {
        auto created = sources.create(admin, name, format);
        EXPECT_TRUE(created.ok()) << (created ? "" : created.error().toStdString());
        return created ? created->token : QString();
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path));
    }

    QNetworkReply *send(const QString &path, const QByteArray &body, const QString &bearer)
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!bearer.isNull())
            request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
        return network.post(request, body);
    }

    static Reply wait(QNetworkReply *reply, int timeoutMs = 5000)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return r;
    }

    Reply post(const QString &path, const QByteArray &body, const QString &bearer)
    {
        return wait(send(path, body, bearer));
    }

    qint64 count(const QString &sql)
    {
        auto q = b->database().exec(sql);
        if (!q || !q->next())
            return -1;
        return q->value(0).toLongLong();
    }
    qint64 incidents() { return count(QStringLiteral("SELECT count(*) FROM incidents")); }
    qint64 intakeAlerts() { return count(QStringLiteral("SELECT count(*) FROM intake_alerts")); }
    qint64 refusals()
    {
        return count(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'intake.refused'"));
    }
};

} // namespace test
} // namespace dd
