#include "plans/plan_dialogs.h"

#include "drills/drill.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace dd {
namespace ui {

namespace {

QPlainTextEdit *textEdit(const QString &name, const QString &text, int height = 80)
{
    auto *e = new QPlainTextEdit;
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(height);
    e->setPlainText(text);
    return e;
}

QLineEdit *lineEdit(const QString &name, const QString &text)
{
    auto *e = new QLineEdit(text);
    e->setObjectName(name);
    return e;
}

OptionalDateEdit *dateEdit(const QString &name, const QDate &value, const QDate &fallback)
{
    auto *e = new OptionalDateEdit;
    e->setObjectName(name);
    e->setValue(value);
    e->setFallback(fallback);
    return e;
}

QComboBox *versionCombo(const QString &name, const QList<PlanVersionSummary> &versions,
                        qint64 current, const QString &none)
{
    auto *c = new QComboBox;
    c->setObjectName(name);
    if (!none.isEmpty())
        c->addItem(none, qint64(0));
    for (const PlanVersionSummary &v : versions)
        c->addItem(v.label, v.id);
    const int at = c->findData(current);
    c->setCurrentIndex(at >= 0 ? at : 0);
    return c;
}

} // namespace

VersionDialog::VersionDialog(PlanRegister &plans, const Actor &actor, const PlanVersion &plan,
                             const QList<PlanVersionSummary> &versions, const QDate &today,
                             QWidget *parent)
    : RegisterDialog(QStringLiteral("versionDialog"), parent)
    , m_plans(plans)
    , m_actor(actor)
    , m_plan(plan)
    , m_label(lineEdit(QStringLiteral("versionLabel"), plan.label))
    , m_major(new QSpinBox)
    , m_minor(new QSpinBox)
    , m_effective(dateEdit(QStringLiteral("versionEffective"), plan.effectiveDate, today))
    , m_approvedBy(lineEdit(QStringLiteral("versionApprovedBy"), plan.approvedBy))
    , m_approvedOn(dateEdit(QStringLiteral("versionApprovedOn"), plan.approvedOn, today))
    , m_majorChange(new QCheckBox)
    , m_summary(textEdit(QStringLiteral("versionSummary"), plan.changeSummary))
    , m_copyFrom(nullptr)
{
    m_major->setObjectName(QStringLiteral("versionMajor"));
    m_minor->setObjectName(QStringLiteral("versionMinor"));
    m_majorChange->setObjectName(QStringLiteral("versionMajorChange"));
    m_major->setRange(1, 99);
    m_minor->setRange(0, 99);
    m_major->setValue(plan.major);
    m_minor->setValue(plan.minor);
    m_majorChange->setChecked(plan.majorChange);
    setWindowTitle(plan.id == 0 ? tr("Add plan version") : tr("Edit plan version"));
    addRow(m_label)->setText(tr("&Label:"));
    m_label->setPlaceholderText(QStringLiteral("v3.0"));
    addRow(m_major)->setText(tr("&Major version:"));
    addRow(m_minor)->setText(tr("M&inor version:"));
    addRow(m_effective)->setText(tr("&Effective date:"));
    addRow(m_approvedBy)->setText(tr("Approved &by:"));
    addRow(m_approvedOn)->setText(tr("Approved &on:"));
    m_majorChange->setText(tr("Major change: must be filed again with the regulator"));
    addRow(m_majorChange)->setText(tr("Filing:"));
    addRow(m_summary)->setText(tr("&Changes:"));
    if (plan.id == 0) {
        m_copyFrom = versionCombo(QStringLiteral("versionCopyFrom"), versions,
                                  versions.isEmpty() ? 0 : versions.last().id,
                                  tr("(start with empty sections)"));
        addRow(m_copyFrom)->setText(tr("Start from &sections of:"));
    }
    // A new major number is proposed with its label.
    connect(m_major, &QSpinBox::valueChanged, this, [this] {
        if (m_plan.id == 0)
            m_label->setText(QStringLiteral("v%1.%2").arg(m_major->value()).arg(m_minor->value()));
    });
    connect(m_minor, &QSpinBox::valueChanged, this, [this] {
        if (m_plan.id == 0)
            m_label->setText(QStringLiteral("v%1.%2").arg(m_major->value()).arg(m_minor->value()));
    });
}

Status VersionDialog::apply()
{
    PlanVersion p = m_plan;
    p.label = m_label->text();
    p.major = m_major->value();
    p.minor = m_minor->value();
    p.effectiveDate = m_effective->value();
    p.approvedBy = m_approvedBy->text();
    p.approvedOn = m_approvedOn->value();
    p.majorChange = m_majorChange->isChecked();
    p.changeSummary = m_summary->toPlainText();
    if (m_copyFrom && m_copyFrom->currentData().toLongLong() != 0) {
        auto from = m_plans.version(m_copyFrom->currentData().toLongLong());
        if (!from)
            return from.takeError();
        p.sections = from->sections;
    }
    auto id = m_plans.saveVersion(m_actor, p);
    if (!id)
        return id.takeError();
    m_savedId = *id;
    return {};
}

ReviewDialog::ReviewDialog(PlanRegister &plans, const Actor &actor, const PlanReview &review,
                           const QList<PlanVersionSummary> &versions,
                           const QList<std::pair<qint64, QString>> &drills, const QDate &today,
                           QWidget *parent)
    : RegisterDialog(QStringLiteral("reviewDialog"), parent)
    , m_plans(plans)
    , m_actor(actor)
    , m_review(review)
    , m_date(dateEdit(QStringLiteral("reviewDate"), review.date.isValid() ? review.date : today,
                      today))
    , m_reviewer(lineEdit(QStringLiteral("reviewReviewer"), review.reviewer))
    , m_result(textEdit(QStringLiteral("reviewResult"), review.result))
    , m_changeNeeded(new QCheckBox)
    , m_drill(new QComboBox)
    , m_version(versionCombo(QStringLiteral("reviewVersion"), versions, review.planVersionId,
                             tr("(not recorded)")))
    , m_note(textEdit(QStringLiteral("reviewNote"), review.note, 60))
{
    m_changeNeeded->setObjectName(QStringLiteral("reviewChangeNeeded"));
    m_changeNeeded->setChecked(review.changeNeeded);
    m_drill->setObjectName(QStringLiteral("reviewDrill"));
    m_drill->addItem(tr("(annual or other review)"), qint64(0));
    for (const auto &[id, title] : drills)
        m_drill->addItem(QStringLiteral("#%1 %2").arg(id).arg(title), id);
    if (review.drillId != 0 && m_drill->findData(review.drillId) < 0)
        m_drill->addItem(QStringLiteral("#%1").arg(review.drillId), review.drillId);
    m_drill->setCurrentIndex(m_drill->findData(review.drillId));
    setWindowTitle(review.id == 0 ? tr("Add plan review") : tr("Edit plan review"));
    addRow(m_date)->setText(tr("&Date:"));
    addRow(m_reviewer)->setText(tr("&Reviewer:"));
    addRow(m_result)->setText(tr("Re&sult:"));
    m_changeNeeded->setText(tr("The plan must be changed"));
    addRow(m_changeNeeded)->setText(tr("Change:"));
    addRow(m_drill)->setText(tr("Triggered by &drill:"));
    addRow(m_version)->setText(tr("&Version reviewed:"));
    addRow(m_note)->setText(tr("&Note:"));
}

Status ReviewDialog::apply()
{
    PlanReview r = m_review;
    r.date = m_date->value();
    r.reviewer = m_reviewer->text();
    r.result = m_result->toPlainText();
    r.changeNeeded = m_changeNeeded->isChecked();
    r.drillId = m_drill->currentData().toLongLong();
    r.planVersionId = m_version->currentData().toLongLong();
    r.note = m_note->toPlainText();
    auto id = m_plans.saveReview(m_actor, r);
    if (!id)
        return id.takeError();
    m_savedId = *id;
    return {};
}

FilingDialog::FilingDialog(PlanRegister &plans, const Actor &actor, const PlanFiling &filing,
                           const QList<PlanVersionSummary> &versions, RegulatorKind expected,
                           const QDate &today, QWidget *parent)
    : RegisterDialog(QStringLiteral("filingDialog"), parent)
    , m_plans(plans)
    , m_actor(actor)
    , m_filing(filing)
    , m_version(
          versionCombo(QStringLiteral("filingVersion"), versions, filing.planVersionId, QString()))
    , m_regulator(new QComboBox)
    , m_regulatorName(lineEdit(QStringLiteral("filingRegulatorName"), filing.regulatorName))
    , m_filedOn(dateEdit(QStringLiteral("filingDate"),
                         filing.filedOn.isValid() ? filing.filedOn : today, today))
    , m_receipt(lineEdit(QStringLiteral("filingReceipt"), filing.receiptNumber))
    , m_filedBy(lineEdit(QStringLiteral("filingFiledBy"), filing.filedBy))
    , m_note(textEdit(QStringLiteral("filingNote"), filing.note, 60))
{
    m_regulator->setObjectName(QStringLiteral("filingRegulator"));
    for (RegulatorKind k : {RegulatorKind::Csrc, RegulatorKind::LocalBureau})
        m_regulator->addItem(regulatorKindName(k), int(k));
    m_regulator->setCurrentIndex(
        m_regulator->findData(int(filing.id == 0 ? expected : filing.regulator)));
    m_regulator->setToolTip(tr("Core institutions file with the CSRC, business institutions "
                               "with the local CSRC bureau."));
    setWindowTitle(filing.id == 0 ? tr("Record filing") : tr("Edit filing record"));
    addRow(m_version)->setText(tr("Plan &version:"));
    addRow(m_regulator)->setText(tr("&Regulator:"));
    addRow(m_regulatorName)->setText(tr("Regulator &name:"));
    m_regulatorName->setPlaceholderText(tr("e.g. 中国证监会北京监管局"));
    addRow(m_filedOn)->setText(tr("&Date filed:"));
    addRow(m_receipt)->setText(tr("Receipt &number:"));
    addRow(m_filedBy)->setText(tr("Filed &by:"));
    addRow(m_note)->setText(tr("N&ote:"));
}

Status FilingDialog::apply()
{
    PlanFiling f = m_filing;
    f.planVersionId = m_version->currentData().toLongLong();
    f.regulator = RegulatorKind(m_regulator->currentData().toInt());
    f.regulatorName = m_regulatorName->text();
    f.filedOn = m_filedOn->value();
    f.receiptNumber = m_receipt->text();
    f.filedBy = m_filedBy->text();
    f.note = m_note->toPlainText();
    auto id = m_plans.saveFiling(m_actor, f);
    if (!id)
        return id.takeError();
    m_savedId = *id;
    return {};
}

ReportFlowDialog::ReportFlowDialog(PlanRegister &plans, const Actor &actor,
                                   const QString &faultType, const QString &flow, QWidget *parent)
    : RegisterDialog(QStringLiteral("reportFlowDialog"), parent)
    , m_plans(plans)
    , m_actor(actor)
    , m_faultType(faultType)
    , m_flow(textEdit(QStringLiteral("reportFlowText"), flow, 200))
    , m_hadFlow(!flow.trimmed().isEmpty())
{
    setWindowTitle(tr("Report flow: %1").arg(faultTypeName(faultType)));
    m_flow->setPlaceholderText(tr("Who reports to whom, how and within what time"));
    addRow(m_flow)->setText(tr("&Report flow:"));
}

Status ReportFlowDialog::apply()
{
    // Clearing an existing flow removes it (the gap shows in the cross-reference).
    if (m_hadFlow && m_flow->toPlainText().trimmed().isEmpty())
        return m_plans.removeReportFlow(m_actor, m_faultType);
    return m_plans.saveReportFlow(m_actor, m_faultType, m_flow->toPlainText());
}

} // namespace ui
} // namespace dd
