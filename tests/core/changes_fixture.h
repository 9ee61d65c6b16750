#pragma once

#include "changes/change_register.h"
#include "config/config_registry.h"
#include "delivery/delivery_register.h"
#include "temp_database.h"
#include "testing/test_register.h"

#include <gtest/gtest.h>

namespace dd::test {

// A fresh database with four operators (for the four roles of a change), a few configuration
// items and the registers of issue 11.
class ChangesFixture : public ::testing::Test {
protected:
    TempBackend b;
    Actor admin = b.admin();
    ConfigRegistry config{b->database(), b->audit(), b->clock()};
    ChangeRegister changes{b->database(), b->audit(),    b->clock(),
                           b->calendar(), b->settings(), config};
    TestRegister tests{b->database(), b->audit(), b->clock(), changes};
    DeliveryRegister deliveries{b->database(), b->audit(), b->clock()};

    Actor applicant =
        operatorAs(QStringLiteral("zhangwei"), QStringLiteral("张伟"), {Role::DutyOfficer});
    Actor approver = operatorAs(QStringLiteral("wangqiang"), QStringLiteral("王强"),
                                {Role::ItLead, Role::Approver});
    Actor implementer =
        operatorAs(QStringLiteral("lina"), QStringLiteral("李娜"), {Role::DutyOfficer});
    Actor reviewer =
        operatorAs(QStringLiteral("chenjing"), QStringLiteral("陈静"), {Role::DutyLeader});

    // Institution time (UTC+8) to UTC.
    static QDateTime local(int y, int m, int d, int h = 9, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
    }

    Actor operatorAs(const QString &login, const QString &name, const QList<Role> &roles)
    {
        NewOperator n{login, name, QStringLiteral("1234"), roles};
        auto id = b->operators().add(admin, n);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        // The actor a sign-in would give (signing in again would only repeat the PIN hash).
        return id ? Actor::operatorAccount(*id, login, name, roles) : Actor::nobody();
    }

    ConfigItem makeItem(const QString &number, const QString &kind, const QString &name,
                        int systemClass = 4)
    {
        ConfigItem i;
        i.number = number;
        i.kind = kind;
        i.name = name;
        i.systemClass = systemClass;
        i.location = QStringLiteral("主机房 A-03");
        return i;
    }

    qint64 addItem(const QString &number, const QString &kind, const QString &name)
    {
        auto id = config.add(admin, makeItem(number, kind, name));
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        return id ? *id : 0;
    }

    // A complete request with a window on a Sunday night (outside every trading session).
    ChangeRequest request(const QList<qint64> &items)
    {
        ChangeRequest r;
        r.title = QStringLiteral("集中交易数据库补丁升级");
        r.goal = QStringLiteral("修复数据库已知缺陷");
        r.itemIds = items;
        r.windowStart = local(2026, 3, 8, 20, 0); // Sunday
        r.windowEnd = local(2026, 3, 8, 23, 0);
        r.implementerId = implementer.operatorId();
        r.reviewerId = reviewer.operatorId();
        r.steps = QStringLiteral("1. 停止应用 2. 安装补丁 3. 启动");
        r.testPlan = QStringLiteral("仿真环境回归测试");
        r.implementationPlan = QStringLiteral("两人操作，一人复核");
        r.riskControls = QStringLiteral("提前全量备份");
        r.emergencyPlan = QStringLiteral("启用备库");
        r.rollbackPlan = QStringLiteral("卸载补丁并恢复备份");
        return r;
    }

    qint64 draft(const ChangeRequest &r)
    {
        auto id = changes.saveDraft(applicant, r);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        return id ? *id : 0;
    }

    ChangeApproval approval()
    {
        return ChangeApproval{RiskLevel::Medium,
                              RiskLevel::Low,
                              QStringLiteral("风险可控，窗口在非交易时段"),
                              {},
                              {}};
    }

    // A change approved and ready to start.
    qint64 approvedChange(const QList<qint64> &items)
    {
        const qint64 id = draft(request(items));
        Status s = changes.submit(applicant, id);
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().toStdString());
        s = changes.approve(approver, id, approval());
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().toStdString());
        return id;
    }

    int auditCount(const QString &action)
    {
        auto all = b->audit().latest(5000);
        return int(std::count_if(all->begin(), all->end(),
                                 [&](const AuditRecord &r) { return r.action == action; }));
    }
};

} // namespace dd::test
