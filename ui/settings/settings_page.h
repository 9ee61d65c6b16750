#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace dd {
namespace ui {

class ChannelsSettingsBox;
class DeskSettingsBox;
class GradingRulesPanel;
class InstitutionSettingsBox;
class IntakeSettingsBox;
class OperatorsPanel;
class ProceduresPanel;
class ReadinessPeriodsBox;
class ShiftRemindersBox;
struct UiContext;

// Settings, one tab each: this desk's preferences with the institution profile and the
// readiness periods, the operators, the links to monitoring and messaging (intake and channels),
// the grading rule sets and the handling procedures. The boxes and panels retranslate
// themselves; nothing is rebuilt on a language change.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(UiContext &context, QWidget *parent = nullptr);

    DeskSettingsBox *deskSettings() const { return m_desk; }
    InstitutionSettingsBox *institutionSettings() const { return m_institution; }
    ReadinessPeriodsBox *readinessPeriods() const { return m_periods; }
    OperatorsPanel *operatorsPanel() const { return m_operators; }
    GradingRulesPanel *gradingRulesPanel() const { return m_grading; }
    ProceduresPanel *proceduresPanel() const { return m_procedures; }
    IntakeSettingsBox *intakeSettings() const { return m_intake; }
    ChannelsSettingsBox *channelsSettings() const { return m_channels; }
    ShiftRemindersBox *shiftReminders() const { return m_reminders; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QTabWidget *m_tabs;
    DeskSettingsBox *m_desk;
    InstitutionSettingsBox *m_institution;
    ReadinessPeriodsBox *m_periods;
    OperatorsPanel *m_operators;
    GradingRulesPanel *m_grading;
    ProceduresPanel *m_procedures;
    IntakeSettingsBox *m_intake;
    ChannelsSettingsBox *m_channels;
    ShiftRemindersBox *m_reminders;
};

} // namespace ui
} // namespace dd
