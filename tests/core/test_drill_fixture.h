#pragma once

#include "drills/drill_repository.h"
#include "temp_database.h"

#include <gtest/gtest.h>

namespace dd::test {

// A fresh database with a few people and helpers to build drills in every state.
class DrillFixture : public ::testing::Test {
protected:
    TempBackend b;
    Actor admin = b.admin();
    DrillRepository repo{b->database(), b->audit(), b->clock()};
    qint64 zhang = person(QStringLiteral("张伟"));
    qint64 li = person(QStringLiteral("李娜"));

    static QDateTime local(int y, int m, int d, int h = 9, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
    }

    qint64 person(const QString &name)
    {
        Contact c;
        c.name = name;
        auto id = b->contacts().saveContact(admin, c);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        return id ? *id : 0;
    }

    Drill fullPlan(const QString &title, const QDateTime &start)
    {
        Drill d;
        d.title = title;
        d.purpose = QStringLiteral("检验集中交易系统主备切换能力");
        d.scenario = QStringLiteral("主数据中心集中交易系统数据库宕机");
        d.plannedStart = start;
        d.plannedEnd = start.addSecs(3 * 3600);
        d.participants = {zhang, li};
        d.method = DrillMethod::SwitchOver;
        d.preparation = QStringLiteral("备机巡检，通知交易所");
        d.recordingRequirements = QStringLiteral("记录每一步的时间");
        d.recoveryRequirements = QStringLiteral("切换后验证委托、成交、清算");
        d.systems = {{QStringLiteral("集中交易系统"), 30, -1}};
        d.faultTypes = {QStringLiteral("trading_outage")};
        return d;
    }

    qint64 planned(const QString &title, const QDateTime &start)
    {
        auto id = repo.savePlan(admin, fullPlan(title, start));
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        return id ? *id : 0;
    }

    qint64 approved(const QString &title, const QDateTime &start)
    {
        const qint64 id = planned(title, start);
        Status s = repo.approve(admin, id, version(id));
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().toStdString());
        return id;
    }

    // A drill held at `start` and completed.
    qint64 held(const QString &title, const QDateTime &start)
    {
        const qint64 id = approved(title, start);
        EXPECT_TRUE(repo.start(admin, id, version(id), start).ok());
        Drill r = *repo.drill(id);
        r.actualEnd = start.addSecs(7200);
        r.outcome = DrillOutcome::Success;
        r.attendance = {{zhang, true, QStringLiteral("指挥")}, {li, false, QString()}};
        r.systems = {{QStringLiteral("集中交易系统"), 30, 25}};
        Status s = repo.saveRecord(admin, r);
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().toStdString());
        s = repo.complete(admin, id, version(id), false, QString());
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().toStdString());
        return id;
    }

    int version(qint64 id)
    {
        auto d = repo.drill(id);
        return d ? d->version : -1;
    }
};

} // namespace dd::test
