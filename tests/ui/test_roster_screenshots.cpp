#include "escalation/escalation_service.h"
#include "incidents/call_list_panel.h"
#include "roster/escalation_policies_panel.h"
#include "roster/export_scope_dialog.h"
#include "roster/handovers_panel.h"
#include "roster/on_duty_panel.h"
#include "roster/policy_dialog.h"
#include "roster/role_dialog.h"
#include "roster/roles_panel.h"
#include "roster/roster_change_dialog.h"
#include "roster/roster_page.h"
#include "roster/rotation_dialog.h"
#include "roster/rotations_panel.h"
#include "test_roster_fixture.h"

#include <QCheckBox>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

namespace {

constexpr int MinimumColours = 12;

class RosterScreens : public ::testing::TestWithParam<const char *> {};

void shoot(QWidget &w, const QString &name, QSize size = {})
{
    if (size.isValid())
        w.resize(size);
    w.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&w));
    QApplication::processEvents();
    EXPECT_GT(test::distinctColours(test::saveScreenshot(w, name)), MinimumColours)
        << name.toStdString();
}

} // namespace

TEST_P(RosterScreens, DrawInBothLanguages)
{
    const QString lang = QString::fromLatin1(GetParam());
    test::RosterUi f(lang);
    {
        RosterPage page(f.context);
        page.showDate(QDate(2026, 3, 2));
        page.setView(RosterPage::View::Month);
        shoot(page, lang + QStringLiteral("-roster-month"), {1400, 860});
        page.setView(RosterPage::View::Week);
        shoot(page, lang + QStringLiteral("-roster-week"), {1400, 860});
        page.navigateTo(QStringLiteral("changes"));
        shoot(page, lang + QStringLiteral("-roster-next-7-days"), {1400, 860});
        Handover h;
        h.roleId = f.dutyLeaderRole;
        h.outgoingId = f.zhang;
        h.incomingId = f.li;
        h.at = test::beijing(QDate(2026, 3, 2), 20, 30);
        h.openItems = QStringLiteral("行情系统告警待观察；周三王强体检，IT 负责人上午空岗");
        ASSERT_TRUE(f.backend->roster().recordHandover(f.admin, h).ok());
        page.reload();
        page.navigateTo(QStringLiteral("handovers"));
        shoot(page, lang + QStringLiteral("-roster-handovers"), {1400, 860});
        page.navigateTo(QStringLiteral("roles"));
        shoot(page, lang + QStringLiteral("-roster-roles"), {1400, 860});
    }
    {
        RoleDialog dialog(f.context, *f.backend->roster().role(f.itLeadRole));
        shoot(dialog, lang + QStringLiteral("-dialog-roster-role"));
        RoleDialog blank(f.context, DutyRole{});
        shoot(blank, lang + QStringLiteral("-dialog-roster-role-new"));
    }
    {
        auto snapshot = RosterSnapshot::load(*f.backend);
        ASSERT_TRUE(snapshot.ok());
        RosterChangeDialog dialog(f.context, *snapshot, RosterChangeDialog::Kind::Swap);
        dialog.takeBackBox()->setChecked(true);
        shoot(dialog, lang + QStringLiteral("-dialog-roster-swap"));
        ExportScopeDialog scope(*snapshot);
        shoot(scope, lang + QStringLiteral("-dialog-roster-export-scope"));
    }
    {
        OnDutyPanel panel(f.context);
        panel.refresh();
        shoot(panel, lang + QStringLiteral("-roster-on-duty"), {520, 360});
    }
    {
        auto snapshot = RosterSnapshot::load(*f.backend);
        ASSERT_TRUE(snapshot.ok());
        RosterChangeDialog dialog(f.context, *snapshot, RosterChangeDialog::Kind::Override);
        shoot(dialog, lang + QStringLiteral("-dialog-roster-override"));
    }
    {
        RotationsPanel panel(f.context);
        shoot(panel, lang + QStringLiteral("-roster-rotations"), {1100, 420});
    }
    {
        RotationDialog dialog(f.context, f.backend->roster().rotations(f.dutyLeaderRole)->first());
        shoot(dialog, lang + QStringLiteral("-dialog-rotation"));
    }
    {
        EscalationPoliciesPanel panel(f.context);
        shoot(panel, lang + QStringLiteral("-roster-escalation-policies"), {1100, 420});
    }
    {
        auto policies = f.backend->escalation().policies().list();
        ASSERT_TRUE(policies.ok());
        ASSERT_FALSE(policies->isEmpty());
        PolicyDialog dialog(f.context, policies->first());
        shoot(dialog, lang + QStringLiteral("-dialog-escalation-policy"));
    }
    {
        const qint64 id = f.declare();
        ASSERT_TRUE(f.backend->incidentService().tick().ok());
        CallListPanel panel(f.context);
        panel.setIncident(id);
        shoot(panel, lang + QStringLiteral("-incident-call-list"), {640, 240});
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, RosterScreens, ::testing::Values("zh_CN", "en"));
