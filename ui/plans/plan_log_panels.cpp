#include "plans/plan_log_panels.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "drills/drill_ui.h"
#include "plans/plan_dialogs.h"
#include "plans/register_table.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum CoverageCol { TypeCol, ProcedureCol, NoticeCol, FlowCol, CoverageCols };
enum ReviewCol { RDateCol, RReviewerCol, RResultCol, RChangeCol, RDrillCol, RVersionCol, RCols };
enum FilingCol { FVersionCol, FRegulatorCol, FDateCol, FReceiptCol, FByCol, FCols };

QTableWidgetItem *gapCell(const QString &text, qint64 id, bool gap)
{
    QTableWidgetItem *item = DrillUi::cell(text, id);
    if (gap)
        item->setForeground(QColor(0xb0, 0x1c, 0x1c));
    return item;
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

QHash<qint64, QString> versionLabels(PlanRegister &plans)
{
    QHash<qint64, QString> labels;
    if (auto all = plans.versions())
        for (const PlanVersionSummary &v : *all)
            labels.insert(v.id, v.label);
    return labels;
}

} // namespace

CoveragePanel::CoveragePanel(UiContext &context, PlanRegister &plans, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_plans(plans)
    , m_summary(new QLabel)
    , m_table(DrillUi::table(QStringLiteral("planCoverageTable"), nullptr))
    , m_editFlow(new QPushButton)
    , m_message(new InlineMessage)
{
    setObjectName(QStringLiteral("planCoveragePanel"));
    m_editFlow->setObjectName(QStringLiteral("planEditReportFlow"));
    m_summary->setWordWrap(true);
    m_table->setColumnCount(CoverageCols);
    m_table->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_editFlow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_editFlow, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            editFlow(rows.first().row());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editFlow(row); });
    connect(&m_context.session, &Session::actorChanged, this, &CoveragePanel::reload);
    retranslateUi();
}

void CoveragePanel::reload()
{
    auto coverage = m_plans.coverage();
    if (!coverage) {
        m_message->showError(coverage.error());
        return;
    }
    m_rows = *coverage;
    const bool sorting = m_table->isSortingEnabled();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_rows.size()));
    int gaps = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const FaultTypeCoverage &c = m_rows[row];
        gaps += !c.complete();
        m_table->setItem(row, TypeCol, DrillUi::cell(c.faultTypeName, row));
        m_table->setItem(
            row, ProcedureCol,
            gapCell(c.hasProcedure
                        ? tr("%1 (%n step(s))", nullptr, c.procedureSteps).arg(c.procedureTitle)
                        : tr("✗ no procedure"),
                    row, !c.hasProcedure));
        QString notices = c.noticeTemplateIds.join(QStringLiteral(", "));
        if (notices.isEmpty())
            notices =
                c.genericTemplateIds.isEmpty()
                    ? tr("✗ no notice template")
                    : tr("✗ only generic: %1").arg(c.genericTemplateIds.join(QStringLiteral(", ")));
        m_table->setItem(row, NoticeCol, gapCell(notices, row, !c.hasNoticeTemplate()));
        m_table->setItem(row, FlowCol,
                         gapCell(c.hasReportFlow ? c.reportFlow : tr("✗ no report flow"), row,
                                 !c.hasReportFlow));
    }
    m_table->setSortingEnabled(sorting);
    m_summary->setText(
        gaps == 0 ? tr("Every fault type has a procedure, a notice template and a report flow.")
                  : tr("%n fault type(s) have gaps (marked ✗). Procedures are kept in the "
                       "procedure library and notices in the report templates; only the report "
                       "flow is edited here.",
                       nullptr, gaps));
    m_editFlow->setEnabled(DrillUi::canEdit(m_context));
}

void CoveragePanel::editFlow(int row)
{
    if (!DrillUi::canEdit(m_context))
        return;
    const QTableWidgetItem *item = m_table->item(row, TypeCol);
    if (!item)
        return;
    const FaultTypeCoverage c = m_rows.value(item->data(Qt::UserRole).toInt());
    ReportFlowDialog dialog(m_plans, m_context.session.actor(), c.faultType, c.reportFlow, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void CoveragePanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Fault type"), tr("Handling procedure"), tr("Notice templates"), tr("Report flow")});
    m_editFlow->setText(tr("Edit report flow…"));
    reload();
}

ReviewsPanel::ReviewsPanel(UiContext &context, PlanRegister &plans, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_plans(plans)
    , m_status(new QLabel)
    , m_table(new RegisterTable(QStringLiteral("planReviews"), RCols))
    , m_message(new InlineMessage)
{
    setObjectName(QStringLiteral("planReviewsPanel"));
    m_status->setObjectName(QStringLiteral("planReviewStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    connect(m_table, &RegisterTable::addRequested, this,
            [this] { addReview(m_pending.isEmpty() ? 0 : m_pending.first().drillId); });
    connect(m_table, &RegisterTable::editRequested, this, &ReviewsPanel::editReview);
    connect(m_table, &RegisterTable::removeRequested, this, &ReviewsPanel::removeReview);
    connect(&m_context.session, &Session::actorChanged, this, &ReviewsPanel::reload);
    retranslateUi();
}

void ReviewsPanel::reload()
{
    m_table->setEditable(DrillUi::canEdit(m_context));
    auto reviews = m_plans.reviews();
    auto pending = m_plans.pendingDrillReviews();
    if (!reviews || !pending) {
        m_message->showError(!reviews ? reviews.error() : pending.error());
        return;
    }
    m_pending = *pending;
    const auto labels = versionLabels(m_plans);
    m_table->beginFill(int(reviews->size()));
    QTableWidget *t = m_table->table();
    for (int row = 0; row < reviews->size(); ++row) {
        const PlanReview &r = reviews->at(row);
        t->setItem(row, RDateCol,
                   DrillUi::cell(DrillUi::dateText(r.date), r.id, qint64(r.date.toJulianDay())));
        t->setItem(row, RReviewerCol, DrillUi::cell(r.reviewer, r.id));
        t->setItem(row, RResultCol, DrillUi::cell(r.result, r.id));
        t->setItem(row, RChangeCol, DrillUi::cell(r.changeNeeded ? tr("yes") : tr("no"), r.id));
        t->setItem(row, RDrillCol,
                   DrillUi::cell(r.drillId ? QStringLiteral("#%1").arg(r.drillId) : tr("annual"),
                                 r.id, r.drillId));
        t->setItem(row, RVersionCol, DrillUi::cell(labels.value(r.planVersionId), r.id));
    }
    m_table->endFill();
    const QDate today = DrillUi::today(m_context);
    QStringList lines;
    if (reviews->isEmpty())
        lines << tr("✗ The plan has never been reviewed: review it at least once a year.");
    else {
        const QDate last = reviews->first().date;
        const qint64 days = last.daysTo(today);
        lines << (last.addYears(1) >= today
                      ? tr("Last review %1 (%n day(s) ago); next due by %2.", nullptr, int(days))
                            .arg(DrillUi::dateText(last), DrillUi::dateText(last.addYears(1)))
                      : tr("✗ Last review %1 is more than 12 months ago.")
                            .arg(DrillUi::dateText(last)));
    }
    for (const PendingDrillReview &p : m_pending)
        lines << tr("✗ Drill #%1 “%2” (ended %3) asked for a plan update: %4")
                     .arg(p.drillId)
                     .arg(p.title, DrillUi::localText(p.completedAt), p.note);
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void ReviewsPanel::addReview(qint64 drillId)
{
    PlanReview r;
    r.drillId = drillId;
    r.changeNeeded = drillId != 0;
    if (auto current = m_plans.currentVersion(DrillUi::today(m_context)))
        r.planVersionId = current->id;
    editReviewValue(r);
}

void ReviewsPanel::editReview(qint64 id)
{
    auto r = m_plans.review(id);
    if (!r) {
        m_message->showError(r.error());
        return;
    }
    editReviewValue(*r);
}

void ReviewsPanel::editReviewValue(const PlanReview &review)
{
    if (!DrillUi::canEdit(m_context))
        return;
    QList<std::pair<qint64, QString>> drills;
    for (const PendingDrillReview &p : m_pending)
        drills.append({p.drillId, p.title});
    auto versions = m_plans.versions();
    ReviewDialog dialog(m_plans, m_context.session.actor(), review,
                        versions ? *versions : QList<PlanVersionSummary>(), drills,
                        DrillUi::today(m_context), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_table->selectId(dialog.savedId());
        emit changed();
    }
}

void ReviewsPanel::removeReview(qint64 id)
{
    auto r = m_plans.review(id);
    if (!r || !DrillUi::canEdit(m_context))
        return;
    if (!confirm(this, tr("Delete review"),
                 tr("Delete the review of %1 by %2?").arg(DrillUi::dateText(r->date), r->reviewer)))
        return;
    if (Status s = m_plans.removeReview(m_context.session.actor(), id); !s) {
        m_message->showError(s.error());
        return;
    }
    reload();
    emit changed();
}

void ReviewsPanel::retranslateUi()
{
    m_table->setHeaders({tr("Date"), tr("Reviewer"), tr("Result"), tr("Change needed"),
                         tr("Triggered by"), tr("Version")});
    m_table->setButtonTexts(tr("Add review…"), tr("Edit…"), tr("Delete"));
    reload();
}

FilingsPanel::FilingsPanel(UiContext &context, PlanRegister &plans, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_plans(plans)
    , m_status(new QLabel)
    , m_table(new RegisterTable(QStringLiteral("planFilings"), FCols))
    , m_message(new InlineMessage)
{
    setObjectName(QStringLiteral("planFilingsPanel"));
    m_status->setObjectName(QStringLiteral("planFilingStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    connect(m_table, &RegisterTable::addRequested, this, [this] { addFiling(); });
    connect(m_table, &RegisterTable::editRequested, this, &FilingsPanel::editFiling);
    connect(m_table, &RegisterTable::removeRequested, this, &FilingsPanel::removeFiling);
    connect(&m_context.session, &Session::actorChanged, this, &FilingsPanel::reload);
    retranslateUi();
}

void FilingsPanel::reload()
{
    m_table->setEditable(DrillUi::canEdit(m_context));
    auto filings = m_plans.filings();
    auto versions = m_plans.versions();
    if (!filings || !versions) {
        m_message->showError(!filings ? filings.error() : versions.error());
        return;
    }
    QHash<qint64, QString> labels;
    for (const PlanVersionSummary &v : *versions)
        labels.insert(v.id, v.label);
    m_table->beginFill(int(filings->size()));
    QTableWidget *t = m_table->table();
    for (int row = 0; row < filings->size(); ++row) {
        const PlanFiling &f = filings->at(row);
        t->setItem(row, FVersionCol, DrillUi::cell(labels.value(f.planVersionId), f.id));
        t->setItem(row, FRegulatorCol,
                   DrillUi::cell(f.regulatorName.isEmpty() ? regulatorKindName(f.regulator)
                                                           : f.regulatorName,
                                 f.id));
        t->setItem(
            row, FDateCol,
            DrillUi::cell(DrillUi::dateText(f.filedOn), f.id, qint64(f.filedOn.toJulianDay())));
        t->setItem(row, FReceiptCol, DrillUi::cell(f.receiptNumber, f.id));
        t->setItem(row, FByCol, DrillUi::cell(f.filedBy, f.id));
    }
    m_table->endFill();
    QStringList lines;
    if (auto expected = m_plans.expectedRegulator())
        lines << tr("This institution files its emergency plan with the %1.")
                     .arg(regulatorKindName(*expected));
    const auto current = PlanRules::currentOf(*versions, DrillUi::today(m_context));
    for (const PlanVersionSummary &v : *versions)
        if (v.filing == FilingState::NotFiled)
            lines << (current && current->id == v.id
                          ? tr("✗ The current version %1 is not filed.").arg(v.label)
                          : tr("Version %1 is not filed.").arg(v.label));
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void FilingsPanel::addFiling(qint64 versionId)
{
    PlanFiling f;
    f.planVersionId = versionId;
    if (versionId == 0)
        if (auto current = m_plans.currentVersion(DrillUi::today(m_context)))
            f.planVersionId = current->id;
    f.filedBy = m_context.session.actor().displayName();
    auto versions = m_plans.versions();
    auto expected = m_plans.expectedRegulator();
    if (!versions || !expected || !DrillUi::canEdit(m_context))
        return;
    FilingDialog dialog(m_plans, m_context.session.actor(), f, *versions, *expected,
                        DrillUi::today(m_context), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_table->selectId(dialog.savedId());
        emit changed();
    }
}

void FilingsPanel::editFiling(qint64 id)
{
    auto f = m_plans.filing(id);
    auto versions = m_plans.versions();
    auto expected = m_plans.expectedRegulator();
    if (!f || !versions || !expected || !DrillUi::canEdit(m_context))
        return;
    FilingDialog dialog(m_plans, m_context.session.actor(), *f, *versions, *expected,
                        DrillUi::today(m_context), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void FilingsPanel::removeFiling(qint64 id)
{
    auto f = m_plans.filing(id);
    if (!f || !DrillUi::canEdit(m_context))
        return;
    if (!confirm(this, tr("Delete filing record"),
                 tr("Delete the filing record %1? The version shows as not filed afterwards.")
                     .arg(f->receiptNumber)))
        return;
    if (Status s = m_plans.removeFiling(m_context.session.actor(), id); !s) {
        m_message->showError(s.error());
        return;
    }
    reload();
    emit changed();
}

void FilingsPanel::retranslateUi()
{
    m_table->setHeaders(
        {tr("Version"), tr("Regulator"), tr("Date filed"), tr("Receipt number"), tr("Filed by")});
    m_table->setButtonTexts(tr("Record filing…"), tr("Edit…"), tr("Delete"));
    reload();
}

} // namespace ui
} // namespace dd
