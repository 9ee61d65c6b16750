#include "common/inline_message.h"
#include "escalation/escalation_service.h"
#include "incidents/call_list_panel.h"
#include "roster/escalation_policies_panel.h"
#include "roster/policy_dialog.h"
#include "roster/rotation_dialog.h"
#include "roster/rotations_panel.h"
#include "test_roster_fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace dd;
using namespace dd::ui;

TEST(RotationsPanelUi, ListsRotationsWithTheirPattern)
{
    test::RosterUi f;
    RotationsPanel panel(f.context);
    EXPECT_EQ(panel.table()->rowCount(), 2);
    QStringList patterns;
    for (int row = 0; row < panel.table()->rowCount(); ++row)
        patterns << panel.table()->item(row, 4)->text();
    EXPECT_TRUE(patterns.contains(QStringLiteral("08:30/20:30 12h")));
    EXPECT_TRUE(patterns.contains(QStringLiteral("Daily 08:30")));

    ShiftPattern weekly;
    weekly.kind = ShiftPattern::Kind::Weekly;
    weekly.weekday = 1;
    weekly.handoff = QTime(9, 0);
    EXPECT_TRUE(RotationsPanel::patternText(weekly).startsWith(QStringLiteral("Weekly ")));

    const qint64 first = f.backend->roster().rotations()->first().id;
    QSignalSpy changed(&panel, &RotationsPanel::changed);
    EXPECT_TRUE(panel.removeRotation(first));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(panel.table()->rowCount(), 1);
}

TEST(RotationDialogUi, SavesANewRotationAndRefusesInline)
{
    test::RosterUi f;
    Rotation blank;
    RotationDialog dialog(f.context, blank);
    dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(f.itLeadRole));
    // Without a name the dialog stays open and says why.
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.message()->isError());

    dialog.nameEdit()->setText(QStringLiteral("IT lead weekly"));
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(ShiftPattern::Kind::Weekly)));
    dialog.startEdit()->setDate(QDate(2026, 3, 9));
    dialog.addMember(f.li);
    dialog.addMember(f.liu);
    dialog.addMember(f.wang);
    dialog.memberList()->setCurrentRow(2);
    dialog.moveMember(-1); // 王强 before 刘洋
    EXPECT_EQ(dialog.members(), (QList<qint64>{f.li, f.wang, f.liu}));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.message()->text().toStdString();
    auto saved = f.backend->roster().rotation(dialog.savedId());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->name, QStringLiteral("IT lead weekly"));
    EXPECT_EQ(saved->roleId, f.itLeadRole);
    EXPECT_EQ(saved->pattern.kind, ShiftPattern::Kind::Weekly);
    EXPECT_EQ(saved->members, (QList<qint64>{f.li, f.wang, f.liu}));
    EXPECT_FALSE(saved->endDate.isValid());

    // Editing keeps the id; shifts come back into the table.
    RotationDialog edit(f.context, f.backend->roster().rotations(f.dutyLeaderRole)->first());
    EXPECT_EQ(edit.shiftsTable()->rowCount(), 2);
    EXPECT_EQ(edit.rotation().pattern.shifts.size(), 2);
    EXPECT_EQ(edit.rotation().pattern.shifts[1].minutes, 12 * 60);
}

TEST(RotationDialogUi, ContactSearchFilters)
{
    test::RosterUi f;
    RotationDialog dialog(f.context, Rotation{});
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("rotationContactSearch"));
    ASSERT_NE(search, nullptr);
    search->setText(QStringLiteral("13700"));
    int shown = 0;
    for (int i = 0; i < dialog.contactList()->count(); ++i)
        if (!dialog.contactList()->item(i)->isHidden()) {
            ++shown;
            EXPECT_EQ(dialog.contactList()->item(i)->data(Qt::UserRole).toLongLong(), f.wang);
        }
    EXPECT_EQ(shown, 1);
}

TEST(PolicyDialogUi, RefusesAnInvalidLevelInlineAndSavesAValidPolicy)
{
    test::RosterUi f;
    const int before = int(f.backend->escalation().policies().list()->size());
    PolicyDialog dialog(f.context, EscalationPolicy{});
    dialog.nameEdit()->setText(QStringLiteral("网络故障"));
    dialog.gradeBox(QStringLiteral("II"))->setChecked(true);
    dialog.priorityBox()->setValue(50);
    dialog.repeatBox()->setValue(2);
    EscalationLevel person;
    person.target = EscalationTarget::Person;
    person.contactId = 0; // nobody chosen
    dialog.addLevel(person);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.message()->isError());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("levels[0].contact")))
        << dialog.message()->text().toStdString();
    EXPECT_EQ(int(f.backend->escalation().policies().list()->size()), before);

    person.contactId = f.wang;
    person.channel = EscalationChannel::Message;
    dialog.setLevel(0, person);
    EscalationLevel role;
    role.roleKey = QStringLiteral("it_lead");
    role.timeoutMinutes = 15;
    dialog.addLevel(role);
    dialog.levelsTable()->setCurrentCell(1, 0);
    dialog.moveLevel(-1);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.message()->text().toStdString();
    auto saved = f.backend->escalation().policies().get(dialog.savedId());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->grades, QStringList{QStringLiteral("II")});
    EXPECT_EQ(saved->priority, 50);
    EXPECT_EQ(saved->repeatCount, 2);
    ASSERT_EQ(saved->levels.size(), 2);
    EXPECT_EQ(saved->levels[0].roleKey, QStringLiteral("it_lead"));
    EXPECT_EQ(saved->levels[0].timeoutMinutes, 15);
    EXPECT_EQ(saved->levels[1].contactId, f.wang);
    EXPECT_EQ(saved->levels[1].channel, EscalationChannel::Message);

    EscalationPoliciesPanel panel(f.context);
    EXPECT_EQ(panel.table()->rowCount(), before + 1);
    EXPECT_TRUE(panel.levelsSummary(saved->levels).contains(QStringLiteral("王强")));
}

TEST(CallListPanelUi, RecordsAnAcknowledgement)
{
    test::RosterUi f;
    CallListPanel panel(f.context);
    panel.setIncident(0);
    EXPECT_TRUE(panel.calls().isEmpty());
    const qint64 id = f.declare();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(f.backend->incidentService().tick().ok());
    panel.setIncident(id);
    ASSERT_FALSE(panel.calls().isEmpty());
    EXPECT_EQ(panel.list()->count(), panel.calls().size());
    EXPECT_TRUE(panel.list()->item(0)->text().contains(QStringLiteral("张伟")))
        << panel.list()->item(0)->text().toStdString();
    EXPECT_TRUE(panel.list()->item(0)->text().contains(QStringLiteral("138 0013 8000")))
        << panel.list()->item(0)->text().toStdString();

    QSignalSpy changed(&panel, &CallListPanel::changed);
    const QString key = panel.calls().first().key;
    EXPECT_TRUE(panel.record(0, EscalationOutcome::Acknowledged))
        << panel.message()->text().toStdString();
    EXPECT_EQ(changed.count(), 1);
    bool acknowledged = false;
    for (const EscalationEvent &e : *f.backend->escalation().events(id))
        if (e.actionKey == key && e.outcome == EscalationOutcome::Acknowledged)
            acknowledged = true;
    EXPECT_TRUE(acknowledged);
    for (const EscalationAction &a : panel.calls())
        EXPECT_NE(a.key, key);
}
