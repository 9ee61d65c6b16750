#include "demo/demo_generator.h"

#include "app/backend.h"
#include "demo/demo_changes.h"
#include "demo/demo_contacts.h"
#include "demo/demo_drills.h"
#include "demo/demo_incidents.h"
#include "demo/demo_plans.h"
#include "demo/demo_roster.h"
#include "plans/plan_register.h"

namespace dd {

namespace {

Result<qint64> seedInstitutionAndOperators(Backend &backend, DemoScale)
{
    const QList<DemoOperator> people = DemoGenerator::demoOperators();
    InstitutionProfile profile;
    profile.name = QStringLiteral("华景证券股份有限公司");
    profile.type = InstitutionType::Securities;
    profile.timeZoneId = QStringLiteral("Asia/Shanghai");
    const DemoOperator &first = people.first();
    auto admin = backend.operators().createFirstAdministrator(
        profile, {first.login, first.displayName, first.pin, rolesFromText(first.roles)});
    if (!admin)
        return admin.takeError();
    return backend.database().write([&]() -> Result<qint64> {
        for (qsizetype i = 1; i < people.size(); ++i) {
            const DemoOperator &p = people.at(i);
            auto id = backend.operators().add(
                *admin, {p.login, p.displayName, p.pin, rolesFromText(p.roles)});
            if (!id)
                return id.takeError();
        }
        return qint64(people.size());
    });
}

// Drills and training, written as the administrator (who may also approve the plans).
Result<qint64> seedDrills(Backend &backend, DemoScale)
{
    auto admin = backend.operators().find(QStringLiteral("admin"));
    if (!admin)
        return admin.takeError();
    const Actor actor =
        Actor::operatorAccount(admin->id, admin->login, admin->displayName, admin->roles);
    if (Status seeded = seedDemoDrills(backend, actor); !seeded)
        return seeded.takeError();
    auto drills = backend.drills().list();
    if (!drills)
        return drills.takeError();
    return qint64(drills->size());
}

// The emergency plan, technical documents, supplies and budget (after the drills, whose
// "plan update needed" answers the plan reviews refer to).
Result<qint64> seedPlans(Backend &backend, DemoScale)
{
    auto admin = backend.operators().find(QStringLiteral("admin"));
    if (!admin)
        return admin.takeError();
    const Actor actor =
        Actor::operatorAccount(admin->id, admin->login, admin->displayName, admin->roles);
    if (Status seeded = seedDemoPlans(backend, actor); !seeded)
        return seeded.takeError();
    PlanRegister plans(backend.database(), backend.audit(), backend.clock());
    auto versions = plans.versions();
    if (!versions)
        return versions.takeError();
    return qint64(versions->size());
}

} // namespace

DemoGenerator::DemoGenerator(Backend &backend)
    : m_backend(backend)
{}

QList<DemoOperator> DemoGenerator::demoOperators()
{
    return {
        {QStringLiteral("admin"), QStringLiteral("系统管理员"), QStringLiteral("1000"),
         QStringLiteral("administrator")},
        {QStringLiteral("zhangwei"), QStringLiteral("张伟"), QStringLiteral("1111"),
         QStringLiteral("duty_officer")},
        {QStringLiteral("lina"), QStringLiteral("李娜"), QStringLiteral("2222"),
         QStringLiteral("duty_leader,duty_officer")},
        {QStringLiteral("wangqiang"), QStringLiteral("王强"), QStringLiteral("3333"),
         QStringLiteral("it_lead,approver")},
        {QStringLiteral("chenjing"), QStringLiteral("陈静"), QStringLiteral("4444"),
         QStringLiteral("approver")},
        {QStringLiteral("liuyang"), QStringLiteral("刘洋"), QStringLiteral("5555"),
         QStringLiteral("viewer")},
    };
}

QList<DemoGenerator::Step> DemoGenerator::steps()
{
    // Later features append their steps here, in dependency order.
    return {
        {tr("institution and operators"), seedInstitutionAndOperators},
        {tr("handbook: units, people, organization, agreements"), seedDemoContacts},
        {tr("duty roster"), seedDemoRoster},
        {tr("drills and training"), seedDrills},
        {tr("emergency plan, documents, supplies and budget"), seedPlans},
        {tr("incidents and warnings"), seedDemoIncidents},
        {tr("configuration items, changes, tests and deliveries"), seedDemoChanges},
    };
}

Result<DemoSummary> DemoGenerator::generate(DemoScale scale)
{
    auto any = m_backend.operators().hasOperators();
    if (!any)
        return any.takeError();
    if (*any)
        return fail(tr("%1 has data already; the demo fills only a new, empty database.")
                        .arg(m_backend.database().path()));
    DemoSummary summary;
    for (const Step &step : steps()) {
        auto written = step.run(m_backend, scale);
        if (!written)
            return fail(tr("Demo step \"%1\" failed: %2").arg(step.name, written.error()));
        summary.counts.append({step.name, *written});
    }
    return summary;
}

} // namespace dd
