#pragma once

// An institution that meets every readiness check as of 2026-01-05 (the TempBackend clock),
// built through the repositories; tests break one thing at a time.

#include "app/backend.h"
#include "drills/drill_repository.h"
#include "inventory/inventory_register.h"
#include "plans/plan_register.h"
#include "readiness/readiness.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace dd::test {

inline QDateTime readinessLocal(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
}

#define DD_READY_OK(expr)                                                                          \
    do {                                                                                           \
        const auto dd_r = (expr);                                                                  \
        EXPECT_TRUE(dd_r.ok()) << #expr << ": " << (dd_r.ok() ? "" : dd_r.error().toStdString());  \
    } while (false)

// Fills `backend` (clock at 2026-01-05) with a ready institution.
class ReadyInstitution {
public:
    ReadyInstitution(Backend &backend, const Actor &actor)
        : b(backend)
        , admin(actor)
        , plans(backend.database(), backend.audit(), backend.clock())
        , inventory(backend.database(), backend.audit(), backend.clock())
    {}

    Backend &b;
    const Actor &admin;
    PlanRegister plans;
    InventoryRegister inventory;
    QList<qint64> people; // department heads, in requiredDepartments() order
    qint64 itLead = 0, itBackup = 0;
    QList<qint64> positionIds; // decision body positions
    qint64 planVersionId = 0;
    qint64 drillId = 0;

    qint64 person(const QString &name, int n)
    {
        Contact c;
        c.name = name;
        c.mobile = QStringLiteral("1380013%1").arg(8000 + n, 4, 10, QLatin1Char('0'));
        auto id = b.contacts().saveContact(admin, c);
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
        return id ? *id : 0;
    }

    void build()
    {
        const QStringList departments = requiredDepartments();
        const QStringList names{QStringLiteral("赵总"), QStringLiteral("钱伟"),
                                QStringLiteral("孙丽"), QStringLiteral("李强"),
                                QStringLiteral("周敏"), QStringLiteral("吴刚"),
                                QStringLiteral("郑洁"), QStringLiteral("王芳")};
        for (int i = 0; i < departments.size(); ++i)
            people.append(person(names.value(i), i));
        itLead = person(QStringLiteral("陈工"), 20);
        itBackup = person(QStringLiteral("林工"), 21);
        QList<qint64> everyone = people;
        everyone << itLead << itBackup;
        DD_READY_OK(b.contacts().markVerified(admin, everyone, QDate(2026, 1, 2)));
        for (int i = 0; i < departments.size(); ++i) {
            OrgPosition p;
            p.body = OrgBody::Decision;
            p.title = i == 0 ? QStringLiteral("总指挥") : QStringLiteral("成员");
            p.department = departments.at(i);
            p.chair = i == 0;
            p.keyTasks = {QStringLiteral("决定启动应急预案")};
            p.sortOrder = i;
            p.members = {people.at(i)};
            auto id = b.contacts().savePosition(admin, p);
            EXPECT_TRUE(id.ok()) << (id ? "" : id.error().toStdString());
            positionIds.append(id ? *id : 0);
        }
        OrgPosition exec;
        exec.body = OrgBody::Executive;
        exec.title = QStringLiteral("技术处置组");
        exec.department = QStringLiteral("technology");
        exec.keyTasks = {QStringLiteral("定位故障，恢复系统")};
        exec.members = {itLead, itBackup};
        DD_READY_OK(b.contacts().savePosition(admin, exec));
        DD_READY_OK(b.contacts().setSuccession(admin, {people.at(0), people.at(1), itLead}));
        for (const auto slot : {NotificationSlot::Primary, NotificationSlot::Backup}) {
            NotificationContact n;
            n.slot = slot;
            n.contactId = slot == NotificationSlot::Primary ? itLead : itBackup;
            n.dutyPhone = QStringLiteral("010-65550999");
            n.fax = QStringLiteral("010-65550998");
            DD_READY_OK(b.contacts().setNotificationContact(admin, n));
        }
        Unit carrier;
        carrier.name = QStringLiteral("中国电信北京分公司");
        carrier.kind = UnitKind::Carrier;
        const auto unitId = b.contacts().saveUnit(admin, carrier);
        DD_READY_OK(unitId);
        Agreement a;
        a.title = QStringLiteral("专线维护协议");
        a.unitId = unitId ? *unitId : 0;
        a.ourContactId = itLead;
        a.validFrom = QDate(2025, 1, 1);
        a.validTo = QDate(2027, 12, 31);
        a.reviewPeriodDays = 365;
        a.lastReview = QDate(2025, 12, 1);
        DD_READY_OK(b.contacts().saveAgreement(admin, a));

        // Roster: both standard roles, primary and backup, daily from 2025-12-01.
        for (const char *key : {"duty_leader", "it_lead"}) {
            const auto role = b.roster().roleByKey(QString::fromLatin1(key));
            DD_READY_OK(role);
            if (!role)
                continue;
            for (const Slot slot : {Slot::Primary, Slot::Backup}) {
                Rotation r;
                r.roleId = role->id;
                r.slot = slot;
                r.name = QStringLiteral("%1-%2").arg(QString::fromLatin1(key), slotId(slot));
                r.pattern.kind = ShiftPattern::Kind::Daily;
                r.startDate = QDate(2025, 12, 1);
                r.members = slot == Slot::Primary ? QList<qint64>{people.at(0), people.at(1)}
                                                  : QList<qint64>{itLead, itBackup};
                DD_READY_OK(b.roster().saveRotation(admin, r));
            }
        }

        // Plan v1.0 with all ten contents, filed, reviewed; report flows for every type.
        PlanVersion v;
        v.label = QStringLiteral("v1.0");
        v.major = 1;
        v.effectiveDate = QDate(2025, 6, 1);
        v.approvedBy = QStringLiteral("赵总");
        v.approvedOn = QDate(2025, 5, 20);
        for (const PlanSection s : PlanRules::allSections())
            v.sections.insert(s, QStringLiteral("内容"));
        const auto version = plans.saveVersion(admin, v);
        DD_READY_OK(version);
        planVersionId = version ? *version : 0;
        PlanFiling f;
        f.planVersionId = planVersionId;
        f.regulator = RegulatorKind::LocalBureau;
        f.regulatorName = QStringLiteral("北京证监局");
        f.filedOn = QDate(2025, 6, 10);
        f.receiptNumber = QStringLiteral("京证监备[2025]12号");
        f.filedBy = QStringLiteral("陈工");
        DD_READY_OK(plans.saveFiling(admin, f));
        PlanReview review;
        review.date = QDate(2025, 12, 1);
        review.reviewer = QStringLiteral("赵总");
        review.result = QStringLiteral("无需修订");
        review.planVersionId = planVersionId;
        DD_READY_OK(plans.saveReview(admin, review));
        for (const QString &type : drillFaultTypes())
            DD_READY_OK(plans.saveReportFlow(admin, type, QStringLiteral("值班负责人→证监局")));

        // Inventory.
        for (const DocumentKind kind : InventoryRules::allDocumentKinds()) {
            TechnicalDocument d;
            d.kind = kind;
            d.title = documentKindName(kind);
            d.location = QStringLiteral("机房资料柜");
            d.lastChecked = QDate(2025, 12, 1);
            DD_READY_OK(inventory.saveDocument(admin, d));
        }
        // One item in each kind of emergency equipment the standard names, counted together.
        const struct {
            SupplyCategory category;
            const char *name;
        } supplies[] = {{SupplyCategory::EmergencyLighting, "应急照明灯"},
                        {SupplyCategory::Communication, "卫星电话"},
                        {SupplyCategory::Fire, "气体灭火器"}};
        for (const auto &s : supplies) {
            SupplyItem item;
            item.category = s.category;
            item.name = QString::fromUtf8(s.name);
            item.quantity = 10;
            item.unit = QStringLiteral("个");
            item.location = QStringLiteral("机房");
            item.lastStocktake = QDate(2025, 12, 1);
            item.expiry = QDate(2027, 6, 30);
            DD_READY_OK(inventory.saveSupply(admin, item));
        }
        BudgetLine line;
        line.year = 2026;
        line.amountCents = 50000000;
        DD_READY_OK(inventory.saveBudget(admin, line));

        // A drill held in 2025 H2, everyone trained in November 2025.
        drillId = heldDrill(QStringLiteral("主备切换演练"), readinessLocal(2025, 10, 15), false);
        TrainingSession t;
        t.title = QStringLiteral("应急预案培训");
        t.date = QDate(2025, 11, 1);
        t.attendees = everyone;
        DD_READY_OK(b.drills().saveTraining(admin, t));
    }

    int drillVersion(qint64 id) { return b.drills().drill(id)->version; }

    qint64 heldDrill(const QString &title, const QDateTime &start, bool planUpdate)
    {
        DrillRepository &repo = b.drills();
        Drill d;
        d.title = title;
        d.purpose = d.scenario = d.preparation = QStringLiteral("x");
        d.recordingRequirements = d.recoveryRequirements = QStringLiteral("x");
        d.plannedStart = start;
        d.plannedEnd = start.addSecs(3600);
        d.participants = {people.value(0)};
        d.method = DrillMethod::Tabletop;
        const auto id = repo.savePlan(admin, d);
        DD_READY_OK(id);
        if (!id)
            return 0;
        DD_READY_OK(repo.approve(admin, *id, drillVersion(*id)));
        DD_READY_OK(repo.start(admin, *id, drillVersion(*id), start));
        Drill r = *repo.drill(*id);
        r.actualEnd = start.addSecs(3600);
        r.outcome = DrillOutcome::Success;
        DD_READY_OK(repo.saveRecord(admin, r));
        DD_READY_OK(repo.complete(admin, *id, drillVersion(*id), planUpdate,
                                  planUpdate ? QStringLiteral("更新联系人") : QString()));
        return *id;
    }
};

// The supply item of that name (the fixture has one per category).
inline SupplyItem supplyNamed(InventoryRegister &inventory, const QString &name)
{
    for (const SupplyItem &item : *inventory.supplies())
        if (item.name == name)
            return item;
    ADD_FAILURE() << "no supply item " << name.toStdString();
    return {};
}

inline const ReadinessCheck *findCheck(const ReadinessResult &r, const QString &id)
{
    for (const ReadinessCheck &c : r.checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace dd::test
