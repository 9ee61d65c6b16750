#include "config/config_audits_panel.h"

#include "common/inline_message.h"
#include "config/config_registry.h"
#include "config/config_small_dialogs.h"
#include "drills/drill_ui.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

qint64 selectedId(QTableWidget *table)
{
    const auto rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QTableWidgetItem *i = table->item(rows.first().row(), 0);
    return i ? i->data(Qt::UserRole).toLongLong() : 0;
}

void selectId(QTableWidget *table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            table->selectRow(row);
            return;
        }
}

} // namespace

ConfigAuditsPanel::ConfigAuditsPanel(UiContext &context, ConfigRegistry &config, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_config(config)
    , m_auditsLabel(new QLabel)
    , m_audits(DrillUi::table(QStringLiteral("configAuditTable"), nullptr))
    , m_start(new QPushButton)
    , m_close(new QPushButton)
    , m_findingsLabel(new QLabel)
    , m_findings(DrillUi::table(QStringLiteral("configFindingTable"), nullptr))
    , m_confirm(new QPushButton)
    , m_discrepancy(new QPushButton)
    , m_correction(new QPushButton)
    , m_message(new InlineMessage)
    , m_splitter(new QSplitter(Qt::Vertical))
{
    setObjectName(QStringLiteral("configAuditsPanel"));
    m_start->setObjectName(QStringLiteral("configStartAudit"));
    m_close->setObjectName(QStringLiteral("configCloseAudit"));
    m_confirm->setObjectName(QStringLiteral("configConfirmItem"));
    m_discrepancy->setObjectName(QStringLiteral("configRecordDiscrepancy"));
    m_correction->setObjectName(QStringLiteral("configRecordCorrection"));
    m_message->setObjectName(QStringLiteral("configAuditMessage"));
    m_message->setWordWrap(true);
    m_audits->setColumnCount(5);
    m_findings->setColumnCount(5);
    QFont bold = m_auditsLabel->font();
    bold.setBold(true);
    m_auditsLabel->setFont(bold);
    m_findingsLabel->setFont(bold);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_auditsLabel);
    topLayout->addWidget(m_audits, 1);
    auto *auditButtons = new QHBoxLayout;
    auditButtons->addStretch(1);
    auditButtons->addWidget(m_start);
    auditButtons->addWidget(m_close);
    topLayout->addLayout(auditButtons);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_findingsLabel);
    bottomLayout->addWidget(m_findings, 1);
    auto *findingButtons = new QHBoxLayout;
    findingButtons->addStretch(1);
    findingButtons->addWidget(m_confirm);
    findingButtons->addWidget(m_discrepancy);
    findingButtons->addWidget(m_correction);
    bottomLayout->addLayout(findingButtons);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);
    m_splitter->restoreState(
        QSettings().value(QStringLiteral("config/auditSplitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("config/auditSplitter"), m_splitter->saveState());
    });

    connect(m_start, &QPushButton::clicked, this, &ConfigAuditsPanel::startAudit);
    connect(m_close, &QPushButton::clicked, this, &ConfigAuditsPanel::closeAudit);
    connect(m_confirm, &QPushButton::clicked, this, &ConfigAuditsPanel::confirmItem);
    connect(m_discrepancy, &QPushButton::clicked, this, &ConfigAuditsPanel::recordDiscrepancy);
    connect(m_correction, &QPushButton::clicked, this, &ConfigAuditsPanel::recordCorrection);
    connect(m_audits, &QTableWidget::itemSelectionChanged, this, [this] {
        fillFindings();
        updateButtons();
    });
    connect(m_findings, &QTableWidget::itemSelectionChanged, this,
            &ConfigAuditsPanel::updateButtons);
    retranslateUi();
}

qint64 ConfigAuditsPanel::selectedAudit() const
{
    return selectedId(m_audits);
}

qint64 ConfigAuditsPanel::selectedFinding() const
{
    return selectedId(m_findings);
}

void ConfigAuditsPanel::setEditable(bool editable)
{
    m_editable = editable;
    for (QPushButton *b : {m_start, m_close, m_confirm, m_discrepancy, m_correction})
        b->setVisible(editable);
    updateButtons();
}

void ConfigAuditsPanel::reload()
{
    const qint64 keep = selectedAudit();
    auto audits = m_config.audits();
    if (!audits) {
        m_message->showError(audits.error());
        return;
    }
    m_auditList = *audits;
    m_audits->blockSignals(true);
    m_audits->setSortingEnabled(false);
    m_audits->clearContents();
    m_audits->setRowCount(int(m_auditList.size()));
    for (int row = 0; row < m_auditList.size(); ++row) {
        const ConfigAudit &a = m_auditList[row];
        m_audits->setItem(
            row, 0, DrillUi::cell(DrillUi::dateText(a.startedOn), a.id, a.startedOn.toJulianDay()));
        m_audits->setItem(
            row, 1, DrillUi::cell(tr("%n day(s)", nullptr, a.periodDays), a.id, a.periodDays));
        m_audits->setItem(row, 2, DrillUi::cell(a.performedBy, a.id));
        m_audits->setItem(
            row, 3,
            DrillUi::cell(
                a.open() ? tr("open") : tr("closed %1").arg(DrillUi::dateText(a.closedOn)), a.id));
        m_audits->setItem(row, 4, DrillUi::cell(a.note, a.id));
    }
    m_audits->setSortingEnabled(true);
    m_audits->resizeColumnsToContents();
    m_audits->blockSignals(false);
    if (keep)
        selectId(m_audits, keep);
    if (selectedAudit() == 0 && m_audits->rowCount() > 0)
        m_audits->selectRow(0);
    fillFindings();
    updateButtons();
}

void ConfigAuditsPanel::fillFindings()
{
    const qint64 keep = selectedFinding();
    m_findingList.clear();
    if (const qint64 audit = selectedAudit())
        if (auto findings = m_config.findings(audit))
            m_findingList = *findings;
    m_findings->blockSignals(true);
    m_findings->setSortingEnabled(false);
    m_findings->clearContents();
    m_findings->setRowCount(int(m_findingList.size()));
    int open = 0;
    for (int row = 0; row < m_findingList.size(); ++row) {
        const ConfigAuditFinding &f = m_findingList[row];
        open += !f.settled();
        m_findings->setItem(
            row, 0, DrillUi::cell(QStringLiteral("%1 — %2").arg(f.itemNumber, f.itemName), f.id));
        m_findings->setItem(row, 1,
                            DrillUi::cell(f.kind == ConfigAuditFinding::Kind::Unconfirmed
                                              ? tr("not confirmed")
                                              : tr("discrepancy"),
                                          f.id));
        m_findings->setItem(row, 2, DrillUi::cell(f.description, f.id));
        m_findings->setItem(row, 3, DrillUi::cell(f.correction, f.id));
        m_findings->setItem(
            row, 4,
            DrillUi::cell(f.settled() ? tr("✓ settled %1").arg(DrillUi::dateText(f.correctedOn))
                                      : tr("✗ open"),
                          f.id));
    }
    m_findings->setSortingEnabled(true);
    m_findings->resizeColumnsToContents();
    m_findings->blockSignals(false);
    if (keep)
        selectId(m_findings, keep);
    m_findingsLabel->setText(selectedAudit() == 0 ? tr("Findings")
                                                  : tr("Findings: %n open", nullptr, open));
}

void ConfigAuditsPanel::updateButtons()
{
    const qint64 audit = selectedAudit();
    bool open = false;
    for (const ConfigAudit &a : m_auditList)
        if (a.id == audit)
            open = a.open();
    const ConfigAuditFinding *finding = nullptr;
    const qint64 fid = selectedFinding();
    for (const ConfigAuditFinding &f : m_findingList)
        if (f.id == fid)
            finding = &f;
    m_start->setEnabled(m_editable);
    m_close->setEnabled(m_editable && open);
    m_discrepancy->setEnabled(m_editable && open);
    m_confirm->setEnabled(m_editable && open && finding && !finding->settled()
                          && finding->kind == ConfigAuditFinding::Kind::Unconfirmed);
    m_correction->setEnabled(m_editable && open && finding && !finding->settled()
                             && finding->kind == ConfigAuditFinding::Kind::Discrepancy);
}

void ConfigAuditsPanel::startAudit()
{
    if (!m_editable)
        return;
    StartAuditDialog dialog(m_config, m_context.session.actor(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectId(m_audits, dialog.savedId());
        m_message->showSuccess(
            tr("Audit started with %n finding(s).", nullptr, int(m_findingList.size())));
    }
}

void ConfigAuditsPanel::closeAudit()
{
    const qint64 audit = selectedAudit();
    if (!m_editable || audit == 0)
        return;
    if (Status s = m_config.closeAudit(m_context.session.actor(), audit); !s) {
        m_message->showError(s.error());
        return;
    }
    reload();
    m_message->showSuccess(tr("Audit closed."));
}

void ConfigAuditsPanel::confirmItem()
{
    const qint64 fid = selectedFinding();
    for (const ConfigAuditFinding &f : m_findingList)
        if (f.id == fid && m_editable) {
            if (Status s = m_config.confirmItem(m_context.session.actor(), f.itemId); !s) {
                m_message->showError(s.error());
                return;
            }
            reload();
            m_message->showSuccess(tr("%1 confirmed as recorded.").arg(f.itemNumber));
            emit itemsChanged();
            return;
        }
}

void ConfigAuditsPanel::recordDiscrepancy()
{
    const qint64 audit = selectedAudit();
    if (!m_editable || audit == 0)
        return;
    auto items = m_config.items();
    if (!items) {
        m_message->showError(items.error());
        return;
    }
    qint64 preselect = 0;
    for (const ConfigAuditFinding &f : m_findingList)
        if (f.id == selectedFinding())
            preselect = f.itemId;
    AuditFindingDialog dialog(m_config, m_context.session.actor(), audit, *items, preselect, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ConfigAuditsPanel::recordCorrection()
{
    const qint64 fid = selectedFinding();
    for (const ConfigAuditFinding &f : m_findingList)
        if (f.id == fid && m_editable) {
            AuditFindingDialog dialog(m_config, m_context.session.actor(), f, this);
            if (dialog.exec() == QDialog::Accepted)
                reload();
            return;
        }
}

void ConfigAuditsPanel::retranslateUi()
{
    m_auditsLabel->setText(tr("Configuration audits"));
    m_start->setText(tr("Start audit…"));
    m_close->setText(tr("Close audit"));
    m_close->setToolTip(tr("Closes only when every finding is settled"));
    m_confirm->setText(tr("Confirm item"));
    m_confirm->setToolTip(tr("The item is as recorded: confirm it today and settle the finding"));
    m_discrepancy->setText(tr("Record discrepancy…"));
    m_correction->setText(tr("Record correction…"));
    m_audits->setHorizontalHeaderLabels(
        {tr("Started"), tr("Period"), tr("By"), tr("State"), tr("Note")});
    m_findings->setHorizontalHeaderLabels(
        {tr("Item"), tr("Finding"), tr("Description"), tr("Correction"), tr("Settled")});
    reload();
}

} // namespace ui
} // namespace dd
