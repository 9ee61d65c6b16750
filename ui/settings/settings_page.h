#pragma once

#include <QWidget>

class QLabel;

namespace dd {
namespace ui {

class DeskSettingsBox;
class InstitutionSettingsBox;
class OperatorsPanel;
struct UiContext;

// Settings: this desk's preferences, the institution profile and the operators, one box
// each. The boxes retranslate themselves; nothing is rebuilt on a language change.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(UiContext &context, QWidget *parent = nullptr);

    DeskSettingsBox *deskSettings() const { return m_desk; }
    InstitutionSettingsBox *institutionSettings() const { return m_institution; }
    OperatorsPanel *operatorsPanel() const { return m_operators; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    DeskSettingsBox *m_desk;
    InstitutionSettingsBox *m_institution;
    OperatorsPanel *m_operators;
};

} // namespace ui
} // namespace dd
