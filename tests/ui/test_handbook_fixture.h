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

// A handbook with two departments and three related units; today is 2026-01-05 in Beijing
// (the fake clock), the verification period the default 90 days. 张伟 and 李娜 were verified
// recently, 王强 last in August (stale), 陈静 never (stale).
struct HandbookUi : UiFixture {
    Actor admin;
    qint64 it = 0, ops = 0, telecom = 0, exchange = 0, regulator = 0;
    qint64 zhang = 0, li = 0, wang = 0, chen = 0, zhao = 0;

    explicit HandbookUi(const QString &lang = QStringLiteral("en"))
        : UiFixture(lang)
    {
        admin = signInAdmin();
        it = unit(QStringLiteral("信息技术部"), UnitKind::Internal, 1);
        ops = unit(QStringLiteral("运营管理部"), UnitKind::Internal, 2);
        telecom = unit(QStringLiteral("中国电信上海分公司"), UnitKind::Carrier, 10);
        exchange = unit(QStringLiteral("上海证券交易所"), UnitKind::Exchange, 20);
        regulator = unit(QStringLiteral("上海证监局"), UnitKind::Regulator, 30);
        zhang = person(QStringLiteral("张伟"), it, QStringLiteral("系统运维主管"),
                       QStringLiteral("13800138000"), QStringLiteral("021-65550000"),
                       QDate(2025, 12, 1));
        li = person(QStringLiteral("李娜"), it, QStringLiteral("值班负责人"),
                    QStringLiteral("13911112222"), {}, QDate(2025, 11, 20), zhang);
        wang = person(QStringLiteral("王强"), ops, QStringLiteral("信息技术负责人"),
                      QStringLiteral("13722223333"), {}, QDate(2025, 8, 1));
        chen = person(QStringLiteral("陈静"), telecom, QStringLiteral("大客户经理"),
                      QStringLiteral("18912345678"), QStringLiteral("021-63601234"), {});
        zhao = person(QStringLiteral("赵敏"), exchange, QStringLiteral("会员服务"), {},
                      QStringLiteral("021-68808888"), QDate(2025, 12, 20));
    }

    qint64 unit(const QString &name, UnitKind kind, int order)
    {
        Unit u;
        u.name = name;
        u.kind = kind;
        u.sortOrder = order;
        auto id = backend->contacts().saveUnit(admin, u);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    qint64 person(const QString &name, qint64 unitId, const QString &position,
                  const QString &mobile, const QString &office, const QDate &verified,
                  qint64 backup = 0)
    {
        Contact c;
        c.name = name;
        c.unitId = unitId;
        c.position = position;
        c.mobile = mobile;
        c.officePhone = office;
        c.lastVerified = verified;
        c.backupId = backup;
        auto id = backend->contacts().saveContact(admin, c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    int contactCount()
    {
        auto all = backend->contacts().contacts(ContactQuery{QString(), 0, false});
        return all ? int(all->size()) : -1;
    }
};

// Runs `handle` on the modal dialog that the next call opens, from inside its exec(); any
// modal dialog still open after ten seconds is rejected so that a test never hangs.
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
