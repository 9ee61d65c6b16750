#pragma once

#include "access/actor.h"
#include "plans/plan_register.h"
#include "plans/register_dialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dd {
namespace ui {

// Add or edit the header of a plan version (label, number, dates, approval, major change).
// A new version may start from the sections of another version.
class VersionDialog : public RegisterDialog {
    Q_OBJECT
public:
    VersionDialog(PlanRegister &plans, const Actor &actor, const PlanVersion &plan,
                  const QList<PlanVersionSummary> &versions, const QDate &today,
                  QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }

protected:
    Status apply() override;

private:
    PlanRegister &m_plans;
    Actor m_actor;
    PlanVersion m_plan;
    qint64 m_savedId = 0;
    QLineEdit *m_label;
    QSpinBox *m_major;
    QSpinBox *m_minor;
    OptionalDateEdit *m_effective;
    QLineEdit *m_approvedBy;
    OptionalDateEdit *m_approvedOn;
    QCheckBox *m_majorChange;
    QPlainTextEdit *m_summary;
    QComboBox *m_copyFrom; // new versions only
};

// Add or edit one entry of the review log.
class ReviewDialog : public RegisterDialog {
    Q_OBJECT
public:
    // `drills`: (id, title) of drills a review may name (those that asked for an update).
    ReviewDialog(PlanRegister &plans, const Actor &actor, const PlanReview &review,
                 const QList<PlanVersionSummary> &versions,
                 const QList<std::pair<qint64, QString>> &drills, const QDate &today,
                 QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }

protected:
    Status apply() override;

private:
    PlanRegister &m_plans;
    Actor m_actor;
    PlanReview m_review;
    qint64 m_savedId = 0;
    OptionalDateEdit *m_date;
    QLineEdit *m_reviewer;
    QPlainTextEdit *m_result;
    QCheckBox *m_changeNeeded;
    QComboBox *m_drill;
    QComboBox *m_version;
    QPlainTextEdit *m_note;
};

// Add or edit the filing record of a version.
class FilingDialog : public RegisterDialog {
    Q_OBJECT
public:
    FilingDialog(PlanRegister &plans, const Actor &actor, const PlanFiling &filing,
                 const QList<PlanVersionSummary> &versions, RegulatorKind expected,
                 const QDate &today, QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }

protected:
    Status apply() override;

private:
    PlanRegister &m_plans;
    Actor m_actor;
    PlanFiling m_filing;
    qint64 m_savedId = 0;
    QComboBox *m_version;
    QComboBox *m_regulator;
    QLineEdit *m_regulatorName;
    OptionalDateEdit *m_filedOn;
    QLineEdit *m_receipt;
    QLineEdit *m_filedBy;
    QPlainTextEdit *m_note;
};

// Edit the report flow of one fault type.
class ReportFlowDialog : public RegisterDialog {
    Q_OBJECT
public:
    ReportFlowDialog(PlanRegister &plans, const Actor &actor, const QString &faultType,
                     const QString &flow, QWidget *parent = nullptr);

protected:
    Status apply() override;

private:
    PlanRegister &m_plans;
    Actor m_actor;
    QString m_faultType;
    QPlainTextEdit *m_flow;
    bool m_hadFlow;
};

} // namespace ui
} // namespace dd
