#pragma once

#include "app/backend.h"
#include "ui_fixture.h"

#include <QApplication>
#include <QDialog>
#include <QJsonObject>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace dd::test {

// A desk at 10:10 Beijing time on a trading day (Monday 2 March 2026) with the administrator
// signed in; csrc-2012 is the rule set in force on a new database.
struct IncidentUi : UiFixture {
    Actor admin;

    explicit IncidentUi(const QString &lang = QStringLiteral("en"))
        : UiFixture(lang)
    {
        backend.clock().set(QDateTime(QDate(2026, 3, 2), QTime(2, 10), Qt::UTC));
        admin = signInAdmin();
    }

    // An outage of centralized trading that started at `started` (Beijing time, "10:05").
    qint64 declareOutage(const QString &title, const QString &started,
                         const QJsonObject &extraFacts = {})
    {
        NewIncident n;
        n.title = title;
        n.faultType = QStringLiteral("trading_outage");
        n.affectedSystems = QStringLiteral("集中交易系统 / 交易网关");
        n.facts = {
            {QStringLiteral("institution_type"), QStringLiteral("securities")},
            {QStringLiteral("system"), QStringLiteral("centralized_trading")},
            {QStringLiteral("started_at"), QStringLiteral("2026-03-02T%1:00+08:00").arg(started)}};
        for (auto it = extraFacts.begin(); it != extraFacts.end(); ++it)
            n.facts.insert(it.key(), it.value());
        auto id = backend->incidentService().declare(admin, n);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
};

// Runs `handle` on the modal dialog that the next call opens (from inside its exec()), and
// rejects any modal dialog still open after ten seconds so that a test never hangs. Both
// timers die with `context` (the widget under test).
inline void whenModal(QObject *context, const std::function<void(QDialog *)> &handle)
{
    QTimer::singleShot(0, context, [handle] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            ADD_FAILURE() << "no modal dialog opened";
            return;
        }
        handle(dialog);
    });
    QTimer::singleShot(10000, context, [] {
        while (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            modal->reject();
    });
}

} // namespace dd::test
