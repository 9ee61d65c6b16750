#pragma once

#include "app/backend.h"
#include "contacts/contact_repository.h"
#include "drills/drill_repository.h"
#include "ui_fixture.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace dd::test {

// A desk (clock 2026-01-05 10:10 Beijing time) with the administrator signed in, three people
// (张伟 and 李娜 in the emergency organization, 王强 not) and helpers that seed drills in every
// state through the repository.
struct DrillsUi : UiFixture {
    Actor admin;
    qint64 zhang = 0, li = 0, wang = 0;

    explicit DrillsUi(const QString &lang = QStringLiteral("en"))
        : UiFixture(lang)
    {
        admin = signInAdmin();
        zhang = person(QStringLiteral("张伟"), QStringLiteral("运维部经理"));
        li = person(QStringLiteral("李娜"), QStringLiteral("系统管理员"));
        wang = person(QStringLiteral("王强"), QStringLiteral("网络工程师"));
        OrgPosition lead;
        lead.body = OrgBody::Executive;
        lead.title = QStringLiteral("应急处置组组长");
        lead.department = QStringLiteral("technology");
        lead.members = {zhang, li};
        auto p = backend->contacts().savePosition(admin, lead);
        EXPECT_TRUE(p.ok()) << (p ? "" : p.error().toStdString());
    }

    static QDateTime local(int y, int m, int d, int h = 9, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
    }

    DrillRepository &repo() { return backend->drills(); }

    qint64 person(const QString &name, const QString &position)
    {
        Contact c;
        c.name = name;
        c.position = position;
        auto id = backend->contacts().saveContact(admin, c);
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

    int version(qint64 id)
    {
        auto d = repo().drill(id);
        return d ? d->version : -1;
    }

    qint64 planned(const QString &title, const QDateTime &start)
    {
        auto id = repo().savePlan(admin, fullPlan(title, start));
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        return id ? *id : 0;
    }

    qint64 approved(const QString &title, const QDateTime &start)
    {
        const qint64 id = planned(title, start);
        Status s = repo().approve(admin, id, version(id));
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().toStdString());
        return id;
    }

    // A drill held at `start` and completed.
    qint64 held(const QString &title, const QDateTime &start)
    {
        const qint64 id = approved(title, start);
        EXPECT_TRUE(repo().start(admin, id, version(id), start).ok());
        Drill r = *repo().drill(id);
        r.actualEnd = start.addSecs(7200);
        r.outcome = DrillOutcome::Success;
        r.resultText = QStringLiteral("切换成功");
        r.attendance = {{zhang, true, QStringLiteral("指挥")}, {li, true, QStringLiteral("操作")}};
        r.systems = {{QStringLiteral("集中交易系统"), 30, 25}};
        Status s = repo().saveRecord(admin, r);
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().toStdString());
        s = repo().complete(admin, id, version(id), false, QString());
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().toStdString());
        return id;
    }

    // A finding on `drillId` with one action owned by 王强 due on `due`.
    qint64 findingWithAction(qint64 drillId, const QDate &due, const QString &text)
    {
        DrillFinding f;
        f.drillId = drillId;
        f.text = QStringLiteral("备机参数未同步");
        auto fid = repo().saveFinding(admin, f);
        EXPECT_TRUE(fid.ok()) << (fid ? "" : fid.error().toStdString());
        ImprovementAction a;
        a.findingId = fid ? *fid : 0;
        a.text = text;
        a.ownerId = wang;
        a.due = due;
        auto aid = repo().saveAction(admin, a);
        EXPECT_TRUE(aid.ok()) << (aid ? "" : aid.error().toStdString());
        return aid ? *aid : 0;
    }
};

} // namespace dd::test
