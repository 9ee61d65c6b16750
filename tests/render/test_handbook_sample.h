#pragma once

#include "contacts/contact.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace dd {
namespace test {

// A small, complete handbook: two internal departments, three related units, a decision body
// chaired by 赵国栋, an executive body, a succession order, notification contacts and two
// service agreements. Phones are stored E.164 strings.
inline Handbook sampleHandbook()
{
    Handbook h;
    h.institution = QStringLiteral("华景证券股份有限公司");
    h.version = 3;
    h.date = QDate(2026, 1, 5);
    auto unit = [&](qint64 id, const QString &name, UnitKind kind, const QString &address,
                    const QString &phone) {
        Unit u;
        u.id = id;
        u.name = name;
        u.kind = kind;
        u.address = address;
        u.phone = phone;
        u.sortOrder = int(id);
        h.units.append(u);
    };
    unit(1, QStringLiteral("总经理办公室"), UnitKind::Internal, {}, {});
    unit(2, QStringLiteral("信息技术部"), UnitKind::Internal, {}, {});
    unit(3, QStringLiteral("中国电信上海分公司"), UnitKind::Carrier,
         QStringLiteral("上海市浦东新区世纪大道 211 号"), QStringLiteral("10000"));
    unit(4, QStringLiteral("华东电力维保中心"), UnitKind::Power,
         QStringLiteral("上海市徐汇区漕溪路 88 号"), QStringLiteral("+862155550100"));
    unit(5, QStringLiteral("上海证券交易所"), UnitKind::Exchange,
         QStringLiteral("上海市浦东南路 528 号"), QStringLiteral("+862168808888"));

    auto person = [&](qint64 id, const QString &name, qint64 unitId, const QString &position,
                      const QString &mobile, qint64 backup) {
        Contact c;
        c.id = id;
        c.name = name;
        c.unitId = unitId;
        c.position = position;
        c.mobile = mobile;
        c.officePhone = QStringLiteral("+862165550%1").arg(100 + id);
        c.email = QStringLiteral("p%1@huajing.example").arg(id);
        c.backupId = backup;
        c.lastVerified = QDate(2025, 12, 1);
        h.contacts.append(c);
    };
    person(1, QStringLiteral("赵国栋"), 1, QStringLiteral("总经理"),
           QStringLiteral("+8613900000001"), 2);
    person(2, QStringLiteral("钱晓明"), 1, QStringLiteral("副总经理"),
           QStringLiteral("+8613900000002"), 1);
    person(3, QStringLiteral("王强"), 2, QStringLiteral("信息技术负责人"),
           QStringLiteral("+8613800138000"), 4);
    person(4, QStringLiteral("李娜"), 2, QStringLiteral("运维经理"),
           QStringLiteral("+8613800138001"), 3);
    person(5, QStringLiteral("张伟"), 2, QStringLiteral("网络管理员"),
           QStringLiteral("+8613800138002"), 4);
    person(6, QStringLiteral("周立"), 3, QStringLiteral("大客户经理"),
           QStringLiteral("+8613300000006"), 0);
    person(7, QStringLiteral("吴敏"), 4, QStringLiteral("值班工程师"),
           QStringLiteral("+8613300000007"), 0);
    h.contacts[2].dutyPhone = QStringLiteral("+862165550000");

    auto position = [&](qint64 id, OrgBody body, const QString &title, const QString &dept,
                        bool chair, const QStringList &tasks, const QList<qint64> &members) {
        OrgPosition p;
        p.id = id;
        p.body = body;
        p.title = title;
        p.department = dept;
        p.chair = chair;
        p.keyTasks = tasks;
        p.sortOrder = int(id);
        p.members = members;
        h.positions.append(p);
    };
    position(1, OrgBody::Decision, QStringLiteral("总指挥"), QStringLiteral("general"), true,
             {QStringLiteral("决定启动和终止应急响应"), QStringLiteral("批准对外报告和公告")}, {1});
    position(2, OrgBody::Decision, QStringLiteral("副总指挥"), QStringLiteral("business"), false,
             {QStringLiteral("协助总指挥决策"), QStringLiteral("总指挥不能履职时代行职责")}, {2});
    position(3, OrgBody::Decision, QStringLiteral("技术负责人"), QStringLiteral("technology"),
             false, {QStringLiteral("研判技术故障并提出处置方案")}, {3});
    position(4, OrgBody::Executive, QStringLiteral("技术保障组组长"), QStringLiteral("technology"),
             false,
             {QStringLiteral("组织故障排查与系统恢复"), QStringLiteral("向监管机构报送事件信息")},
             {3, 4});
    position(5, OrgBody::Executive, QStringLiteral("网络组"), QStringLiteral("technology"), false,
             {QStringLiteral("排查网络线路"), QStringLiteral("联系通信运营商")}, {5});

    h.succession = {1, 2, 3};
    h.notification = {{NotificationSlot::Primary, 3, QStringLiteral("+862165550000"),
                       QStringLiteral("+862165550099")},
                      {NotificationSlot::Backup, 4, QStringLiteral("+862165550001"),
                       QStringLiteral("+862165550099")}};
    Agreement a;
    a.id = 1;
    a.title = QStringLiteral("专线通信保障协议");
    a.unitId = 3;
    a.ourContactId = 5;
    a.theirContactId = 6;
    a.scope = QStringLiteral("交易专线 7×24 故障抢修");
    a.responseMethod = QStringLiteral("电话报障，工程师上门");
    a.responseTime = QStringLiteral("30 分钟响应，4 小时修复");
    a.validFrom = QDate(2025, 1, 1);
    a.validTo = QDate(2026, 12, 31);
    a.lastReview = QDate(2025, 7, 1);
    a.lastReviewResult = QStringLiteral("符合要求");
    h.agreements.append(a);
    a.id = 2;
    a.title = QStringLiteral("机房供电维保合同");
    a.unitId = 4;
    a.theirContactId = 7;
    a.ourContactId = 4;
    a.scope = QStringLiteral("UPS 与配电系统维护");
    a.validTo = QDate();
    h.agreements.append(a);
    // Whom the notification contacts were told (newest first, as the repository reads them).
    h.communications = {{2, QDate(2025, 12, 1), QStringLiteral("上海证监局"), 0,
                         QStringLiteral("公函"), QStringLiteral("联络人变更后报送")},
                        {1, QDate(2025, 6, 3), QStringLiteral("中国电信上海分公司"), 3,
                         QStringLiteral("邮件"), QString()}};
    return h;
}

} // namespace test
} // namespace dd
