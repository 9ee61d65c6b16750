#pragma once

#include "incidents/incident.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QSpinBox;

namespace dd {
namespace ui {

class InlineMessage;
class ZonedTimeEdit;
struct IncidentReference;
struct UiContext;

// The facts of an incident as a form: what happened, the facts the grade is computed from
// (the facts-file fields) and the cause. Save (Ctrl+S) goes through IncidentService, which
// regrades; a refusal is shown under the form and the field it names is marked.
class FactsEditor : public QWidget {
    Q_OBJECT
public:
    FactsEditor(UiContext &context, QWidget *parent = nullptr);

    // Fills the form; unsaved edits of the same incident are kept unless `force`.
    void showIncident(const Incident &incident, const IncidentReference &reference,
                      bool force = false);
    void setEditable(bool editable);
    bool isModified() const { return m_modified; }
    // The incident as edited (facts document included), for updateFacts.
    Incident edited() const;

    // A save refused because the incident changed meanwhile keeps the edits in the form.
    bool save();
    // Drops the edits and fills the form with what is stored now.
    void revert();

signals:
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fillChoices();
    void fillClassTexts();
    void setModified(bool modified);
    void markField(const QString &message);
    void clearMarks();
    void retranslateUi();

    UiContext &m_context;
    Incident m_incident;
    const IncidentReference *m_reference = nullptr;
    bool m_editable = false;
    bool m_modified = false;
    bool m_filling = false;
    std::optional<int> m_defaultClass; // system_class of the chosen system kind

    QGroupBox *m_whatBox;
    QFormLayout *m_whatForm;
    QLineEdit *m_title;
    QComboBox *m_faultType;
    QLineEdit *m_affectedSystems;
    QPlainTextEdit *m_description;

    QGroupBox *m_factsBox;
    QFormLayout *m_factsForm;
    QComboBox *m_system;
    QComboBox *m_systemClass;
    ZonedTimeEdit *m_startedAt;
    ZonedTimeEdit *m_recoveredAt;
    QCheckBox *m_notRecovered;
    QWidget *m_recoveredRow;
    QSpinBox *m_affectedCustomers;
    QDoubleSpinBox *m_affectedShare;
    QSpinBox *m_leakedRecords;
    QDoubleSpinBox *m_financialLoss;
    QLineEdit *m_flags;

    QGroupBox *m_causeBox;
    QFormLayout *m_causeForm;
    QLineEdit *m_cause;
    QCheckBox *m_causeKnown;
    QLineEdit *m_responsibility;
    QPlainTextEdit *m_rectification;

    InlineMessage *m_message;
    QPushButton *m_save;
    QPushButton *m_revert;
    QShortcut *m_saveShortcut;
    QHash<QString, QWidget *> m_fieldsByKey; // facts-file key -> its field
    QList<QLabel *> m_marked;
};

} // namespace ui
} // namespace dd
