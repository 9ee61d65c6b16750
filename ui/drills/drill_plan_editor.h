#pragma once

#include "drills/drill.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

class ContactPicker;
class OptionalTimeEdit;

// The drill plan: the title and the eight required parts, each labelled with its number,
// plus the systems with their target recovery minutes and the fault types exercised. A list
// of the parts still missing for approval follows every keystroke.
class DrillPlanEditor : public QWidget {
    Q_OBJECT
public:
    explicit DrillPlanEditor(QWidget *parent = nullptr);

    ContactPicker *participants() const { return m_participants; }
    void setDrill(const Drill &drill); // fills every field; keeps the record parts
    Drill plan() const;                // the loaded drill with the fields applied
    void setEditable(bool editable);
    QList<PlanPart> missingParts() const { return DrillRules::missing(plan()); }

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *partEdit(PlanPart part) const; // text parts only, else nullptr
    OptionalTimeEdit *plannedStart() const { return m_start; }
    OptionalTimeEdit *plannedEnd() const { return m_end; }
    QComboBox *methodBox() const { return m_method; }
    QTableWidget *systemsTable() const { return m_systems; }
    QListWidget *faultTypes() const { return m_faults; }
    QLabel *missingLabel() const { return m_missing; }
    void addSystem(const QString &name, int targetMinutes);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMissing();
    void retranslateUi();

    Drill m_drill;
    bool m_editable = true;
    bool m_loading = false;
    QLabel *m_missing;
    QLineEdit *m_title;
    QPlainTextEdit *m_purpose;
    QPlainTextEdit *m_scenario;
    OptionalTimeEdit *m_start;
    OptionalTimeEdit *m_end;
    ContactPicker *m_participants;
    QComboBox *m_method;
    QPlainTextEdit *m_preparation;
    QPlainTextEdit *m_recording;
    QPlainTextEdit *m_recovery;
    QTableWidget *m_systems;
    QPushButton *m_addSystem;
    QPushButton *m_removeSystem;
    QListWidget *m_faults;
    QHash<PlanPart, QLabel *> m_partLabels;
    QLabel *m_titleLabel;
    QLabel *m_systemsLabel;
    QLabel *m_faultsLabel;
    QLabel *m_toLabel;
};

} // namespace ui
} // namespace dd
