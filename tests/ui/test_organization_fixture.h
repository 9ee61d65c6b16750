#pragma once

#include "app/backend.h"
#include "contacts/contact_repository.h"
#include "ui_fixture.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace dd::test {

// A handbook with an emergency organization: three departments, two related units, seven
// people, a decision body chaired by 王强 with technology and risk represented, and one
// executive position. Today is 2026-01-05 in Beijing (the fake clock).
struct OrganizationUi : UiFixture {
    Actor admin;
    qint64 it = 0, risk = 0, office = 0, telecom = 0, power = 0;
    qint64 wang = 0, li = 0, zhang = 0, chen = 0, liu = 0, zhao = 0, sun = 0;
    qint64 commander = 0, cto = 0, cro = 0, techGroup = 0;

    explicit OrganizationUi(const QString &lang = QStringLiteral("en"))
        : UiFixture(lang)
    {
        admin = signInAdmin();
        it = unit(QStringLiteral("信息技术部"), UnitKind::Internal);
        risk = unit(QStringLiteral("风险管理部"), UnitKind::Internal);
        office = unit(QStringLiteral("总经理办公室"), UnitKind::Internal);
        telecom = unit(QStringLiteral("中国电信深圳分公司"), UnitKind::Carrier);
        power = unit(QStringLiteral("深圳供电局福田分局"), UnitKind::Power);
        wang = person(QStringLiteral("王强"), office, QStringLiteral("总经理"),
                      QStringLiteral("13800138000"));
        li = person(QStringLiteral("李明"), it, QStringLiteral("信息技术负责人"),
                    QStringLiteral("13911112222"), QStringLiteral("0755-88880000"));
        zhang = person(QStringLiteral("张伟"), it, QStringLiteral("系统运维主管"),
                       QStringLiteral("13722223333"));
        chen = person(QStringLiteral("陈静"), risk, QStringLiteral("首席风险官"),
                      QStringLiteral("18912345678"));
        liu = person(QStringLiteral("刘洋"), it, QStringLiteral("网络管理员"),
                     QStringLiteral("13612345678"));
        zhao = person(QStringLiteral("赵磊"), it, QStringLiteral("数据库管理员"), {});
        sun = person(QStringLiteral("孙丽"), telecom, QStringLiteral("大客户经理"),
                     QStringLiteral("18923456789"));

        commander =
            position(OrgBody::Decision, QStringLiteral("总指挥"), QStringLiteral("general"), true,
                     {wang}, {QStringLiteral("宣布启动应急预案"), QStringLiteral("决定对外通报")});
        cto = position(OrgBody::Decision, QStringLiteral("技术副总指挥"),
                       QStringLiteral("technology"), false, {li},
                       {QStringLiteral("组织技术处置"), QStringLiteral("向监管报告进展")});
        cro = position(OrgBody::Decision, QStringLiteral("风控负责人"), QStringLiteral("risk"),
                       false, {chen}, {QStringLiteral("评估风险敞口")});
        techGroup = position(OrgBody::Executive, QStringLiteral("技术保障组"),
                             QStringLiteral("technology"), false, {zhang, liu, zhao},
                             {QStringLiteral("定位故障"), QStringLiteral("切换备用系统"),
                              QStringLiteral("恢复后验证")});
    }

    qint64 unit(const QString &name, UnitKind kind)
    {
        Unit u;
        u.name = name;
        u.kind = kind;
        auto id = backend->contacts().saveUnit(admin, u);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    qint64 person(const QString &name, qint64 unitId, const QString &title, const QString &mobile,
                  const QString &duty = {})
    {
        Contact c;
        c.name = name;
        c.unitId = unitId;
        c.position = title;
        c.mobile = mobile;
        c.dutyPhone = duty;
        c.lastVerified = QDate(2025, 12, 1);
        auto id = backend->contacts().saveContact(admin, c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    qint64 position(OrgBody body, const QString &title, const QString &department, bool chair,
                    const QList<qint64> &members, const QStringList &tasks)
    {
        OrgPosition p;
        p.body = body;
        p.title = title;
        p.department = department;
        p.chair = chair;
        p.members = members;
        p.keyTasks = tasks;
        p.sortOrder = ++m_order;
        auto id = backend->contacts().savePosition(admin, p);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    qint64 agreement(const QString &title, qint64 unitId, const QDate &validFrom,
                     const QDate &validTo, const QDate &lastReview, int periodDays = 365)
    {
        Agreement a;
        a.title = title;
        a.unitId = unitId;
        a.ourContactId = zhang;
        a.theirContactId = sun;
        a.scope = QStringLiteral("机房专线 7×24 保障");
        a.responseMethod = QStringLiteral("现场");
        a.responseTime = QStringLiteral("2 小时内到场");
        a.validFrom = validFrom;
        a.validTo = validTo;
        a.lastReview = lastReview;
        a.reviewPeriodDays = periodDays;
        auto id = backend->contacts().saveAgreement(admin, a);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    OrgPosition storedPosition(qint64 id)
    {
        auto all = backend->contacts().positions();
        EXPECT_TRUE(all.ok());
        if (all)
            for (const OrgPosition &p : *all)
                if (p.id == id)
                    return p;
        return {};
    }

private:
    int m_order = 0;
};

// Runs `handle` on the modal dialog (or message box) the next call opens, from inside its
// exec(); anything modal still open after ten seconds is rejected so that a test never hangs.
inline void onModal(QObject *context, const std::function<void(QDialog *)> &handle)
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
