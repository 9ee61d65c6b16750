#include "config/config_detail.h"

#include "app/backend.h"
#include "changes/change_format.h"
#include "changes/change_register.h"
#include "common/inline_message.h"
#include "config/config_graph.h"
#include "config/config_registry.h"
#include "config/config_small_dialogs.h"
#include "drills/drill_ui.h"
#include "incidents/incident_repository.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

QWidget *page(QLayout *layout)
{
    auto *w = new QWidget;
    w->setLayout(layout);
    return w;
}

} // namespace

ConfigDetail::ConfigDetail(UiContext &context, ConfigRegistry &config, ChangeRegister &changes,
                           QWidget *parent)
    : QTabWidget(parent)
    , m_context(context)
    , m_config(config)
    , m_changes(changes)
    , m_graph(new RelationGraph)
    , m_relations(DrillUi::table(QStringLiteral("configRelationTable"), nullptr))
    , m_addRelation(new QPushButton)
    , m_removeRelation(new QPushButton)
    , m_impactSummary(new QLabel)
    , m_impact(new QTreeWidget)
    , m_history(DrillUi::table(QStringLiteral("configHistoryTable"), nullptr))
    , m_incidentsLabel(new QLabel)
    , m_incidents(DrillUi::table(QStringLiteral("configIncidentTable"), nullptr))
    , m_changesLabel(new QLabel)
    , m_changeTable(DrillUi::table(QStringLiteral("configChangeTable"), nullptr))
    , m_problemsLabel(new QLabel)
    , m_problems(DrillUi::table(QStringLiteral("configProblemTable"), nullptr))
    , m_linkFinding(new QPushButton)
    , m_unlinkFinding(new QPushButton)
    , m_linksMessage(new InlineMessage)
    , m_message(new InlineMessage)
{
    setObjectName(QStringLiteral("configDetail"));
    m_addRelation->setObjectName(QStringLiteral("configAddRelation"));
    m_removeRelation->setObjectName(QStringLiteral("configRemoveRelation"));
    m_impact->setObjectName(QStringLiteral("configImpactTree"));
    m_impact->setColumnCount(4);
    m_impact->setAlternatingRowColors(true);
    m_impactSummary->setWordWrap(true);
    m_relations->setColumnCount(3);
    m_history->setColumnCount(6);
    m_history->setWordWrap(true);
    m_history->setSortingEnabled(false);
    m_incidents->setColumnCount(4);
    m_changeTable->setColumnCount(5);
    m_problems->setColumnCount(3);
    m_linkFinding->setObjectName(QStringLiteral("configLinkFinding"));
    m_unlinkFinding->setObjectName(QStringLiteral("configUnlinkFinding"));

    // Relations: the graph above the list and its buttons.
    auto *relationSplit = new QSplitter(Qt::Horizontal);
    relationSplit->addWidget(m_graph);
    auto *listBox = new QVBoxLayout;
    listBox->setContentsMargins(0, 0, 0, 0);
    listBox->addWidget(m_relations, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addRelation);
    buttons->addWidget(m_removeRelation);
    listBox->addLayout(buttons);
    listBox->addWidget(m_message);
    relationSplit->addWidget(page(listBox));
    relationSplit->setStretchFactor(0, 3);
    relationSplit->setStretchFactor(1, 2);
    relationSplit->setSizes({700, 300});
    relationSplit->setChildrenCollapsible(false);
    addTab(relationSplit, QString());

    auto *impactBox = new QVBoxLayout;
    impactBox->addWidget(m_impactSummary);
    impactBox->addWidget(m_impact, 1);
    addTab(page(impactBox), QString());

    addTab(m_history, QString());

    auto *linksTop = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_incidentsLabel);
    left->addWidget(m_incidents, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_changesLabel);
    right->addWidget(m_changeTable, 1);
    linksTop->addLayout(left, 1);
    linksTop->addLayout(right, 1);
    auto *linksBox = new QVBoxLayout;
    linksBox->addLayout(linksTop, 3);
    linksBox->addWidget(m_problemsLabel);
    linksBox->addWidget(m_problems, 2);
    auto *problemButtons = new QHBoxLayout;
    problemButtons->addStretch(1);
    problemButtons->addWidget(m_linkFinding);
    problemButtons->addWidget(m_unlinkFinding);
    linksBox->addLayout(problemButtons);
    linksBox->addWidget(m_linksMessage);
    addTab(page(linksBox), QString());

    connect(m_addRelation, &QPushButton::clicked, this, &ConfigDetail::addRelation);
    connect(m_removeRelation, &QPushButton::clicked, this, &ConfigDetail::removeRelation);
    connect(m_relations, &QTableWidget::itemSelectionChanged, this, &ConfigDetail::updateButtons);
    connect(m_linkFinding, &QPushButton::clicked, this, &ConfigDetail::linkFinding);
    connect(m_unlinkFinding, &QPushButton::clicked, this, &ConfigDetail::unlinkFinding);
    connect(m_problems, &QTableWidget::itemSelectionChanged, this, &ConfigDetail::updateButtons);
    connect(m_problems, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *i = m_problems->item(row, 1))
            m_context.openPage(QStringLiteral("drills"),
                               QString::number(i->data(Qt::UserRole).toLongLong()));
    });
    connect(m_graph, &RelationGraph::itemActivated, this, [this](qint64 id) {
        if (id != m_id)
            emit itemActivated(id);
    });
    connect(m_impact, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        emit itemActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_incidents, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *i = m_incidents->item(row, 0))
            m_context.openPage(QStringLiteral("incidents"),
                               QString::number(i->data(Qt::UserRole).toLongLong()));
    });
    connect(m_changeTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *i = m_changeTable->item(row, 0))
            m_context.openPage(QStringLiteral("changes"), i->text());
    });
    retranslateUi();
}

QString ConfigDetail::itemText(qint64 id) const
{
    const ConfigItem i = m_items.value(id);
    return i.id == 0 ? QStringLiteral("#%1").arg(id)
                     : QStringLiteral("%1 — %2").arg(i.number, i.name);
}

void ConfigDetail::showItem(qint64 id, const QHash<qint64, ConfigItem> &items)
{
    m_id = id;
    m_items = items;
    m_message->clearMessage();
    m_linksMessage->clearMessage();
    fillRelations();
    fillImpact();
    fillHistory();
    fillLinks();
    updateButtons();
}

void ConfigDetail::setEditable(bool editable)
{
    m_editable = editable;
    m_addRelation->setVisible(editable);
    m_removeRelation->setVisible(editable);
    m_linkFinding->setVisible(editable);
    m_unlinkFinding->setVisible(editable);
    updateButtons();
}

void ConfigDetail::updateButtons()
{
    const bool live = m_id != 0 && !m_items.value(m_id).deleted();
    m_addRelation->setEnabled(m_editable && live);
    m_removeRelation->setEnabled(m_editable && live && m_relations->currentRow() >= 0
                                 && !m_relations->selectionModel()->selectedRows().isEmpty());
    m_linkFinding->setEnabled(m_editable && live);
    m_unlinkFinding->setEnabled(m_editable && m_id != 0
                                && !m_problems->selectionModel()->selectedRows().isEmpty());
}

void ConfigDetail::fillRelations()
{
    m_relations->setSortingEnabled(false);
    m_relations->clearContents();
    m_relations->setRowCount(0);
    if (m_id == 0) {
        m_graph->clearGraph();
        return;
    }
    auto relations = m_config.relations(m_id);
    if (!relations) {
        m_message->showError(relations.error());
        return;
    }
    m_graph->showItem(m_items.value(m_id), *relations, m_items);
    m_relations->setRowCount(int(relations->size()));
    for (int row = 0; row < relations->size(); ++row) {
        const ConfigRelation &r = relations->at(row);
        m_relations->setItem(row, 0, DrillUi::cell(itemText(r.fromItem), r.id));
        m_relations->setItem(row, 1, DrillUi::cell(relationKindName(r.kind), r.id));
        m_relations->setItem(row, 2, DrillUi::cell(itemText(r.toItem), r.id));
    }
    m_relations->setSortingEnabled(true);
    m_relations->resizeColumnsToContents();
}

void ConfigDetail::fillImpact()
{
    m_impact->clear();
    if (m_id == 0) {
        m_impactSummary->clear();
        return;
    }
    auto dependents = m_config.dependents(m_id);
    if (!dependents) {
        m_impactSummary->setText(dependents.error());
        return;
    }
    QHash<qint64, QTreeWidgetItem *> nodes;
    int maxDepth = 0;
    for (const Dependent &d : *dependents) {
        QTreeWidgetItem *parent = nodes.value(d.throughId);
        auto *node = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_impact);
        const QString through = m_items.value(d.throughId).number;
        node->setText(0, QStringLiteral("%1 — %2").arg(d.item.number, d.item.name));
        //: %1 the dependent item, %2 the relation ("depends on"), %3 the item it relates to
        node->setText(1, tr("%1 %2 %3").arg(d.item.number, relationKindName(d.via), through));
        node->setText(2, QString::number(d.depth));
        node->setText(3, configStatusName(d.item.status));
        node->setData(0, Qt::UserRole, d.item.id);
        nodes.insert(d.item.id, node);
        maxDepth = qMax(maxDepth, d.depth);
    }
    m_impact->expandAll();
    for (int c = 0; c < 3; ++c)
        m_impact->resizeColumnToContents(c);
    const ConfigItem item = m_items.value(m_id);
    m_impactSummary->setText(
        dependents->isEmpty()
            ? tr("Nothing depends on %1: a fault of it affects no other recorded item.")
                  .arg(item.number)
            : tr("A fault of %1 can affect %n item(s), up to %2 step(s) away.", nullptr,
                 int(dependents->size()))
                  .arg(item.number)
                  .arg(maxDepth));
}

void ConfigDetail::fillHistory()
{
    m_history->clearContents();
    m_history->setRowCount(0);
    if (m_id == 0)
        return;
    auto history = m_config.history(m_id);
    if (!history)
        return;
    m_history->setRowCount(int(history->size()));
    // Newest first.
    for (int i = 0; i < history->size(); ++i) {
        const ConfigHistoryEntry &h = history->at(history->size() - 1 - i);
        m_history->setItem(i, 0, DrillUi::cell(DrillUi::localText(h.at), h.id));
        m_history->setItem(i, 1, DrillUi::cell(historyActionName(h.action), h.id));
        m_history->setItem(i, 2, DrillUi::cell(h.by, h.id));
        m_history->setItem(i, 3, DrillUi::cell(h.changeNumber, h.id));
        m_history->setItem(i, 4, DrillUi::cell(h.note, h.id));
        const QStringList differences = h.differences();
        m_history->setItem(i, 5, DrillUi::cell(differences.join(QLatin1Char('\n')), h.id));
        // Every difference on its own line: the row grows to show them all.
        const int lines = qMax(1, int(differences.size()));
        m_history->setRowHeight(i, qMax(m_history->verticalHeader()->defaultSectionSize(),
                                        lines * m_history->fontMetrics().lineSpacing() + 10));
    }
    m_history->resizeColumnsToContents();
}

void ConfigDetail::fillLinks()
{
    m_incidents->setSortingEnabled(false);
    m_changeTable->setSortingEnabled(false);
    m_incidents->clearContents();
    m_incidents->setRowCount(0);
    m_changeTable->clearContents();
    m_changeTable->setRowCount(0);
    if (m_id == 0)
        return;
    if (auto ids = m_config.incidentsOfItem(m_id)) {
        int row = 0;
        m_incidents->setRowCount(int(ids->size()));
        for (qint64 id : *ids) {
            auto incident = m_context.backend.incidents().get(id);
            if (!incident)
                continue;
            m_incidents->setItem(row, 0, DrillUi::cell(incident->number, id));
            m_incidents->setItem(row, 1, DrillUi::cell(incident->title, id));
            m_incidents->setItem(row, 2, DrillUi::cell(incidentStateName(incident->state), id));
            m_incidents->setItem(row, 3,
                                 DrillUi::cell(DrillUi::localText(incident->detectedAt), id,
                                               incident->detectedAt.toSecsSinceEpoch()));
            ++row;
        }
        m_incidents->setRowCount(row);
    }
    const QDateTime from(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to = m_context.backend.clock().now().addYears(10);
    if (auto changes = m_changes.changesOfItems({m_id}, from, to)) {
        m_changeTable->setRowCount(int(changes->size()));
        for (int row = 0; row < changes->size(); ++row) {
            const ChangeSummary &c = changes->at(row);
            m_changeTable->setItem(row, 0, DrillUi::cell(c.number, c.id));
            m_changeTable->setItem(row, 2, DrillUi::cell(c.title, c.id));
            m_changeTable->setItem(row, 3, DrillUi::cell(changeStateName(c.state), c.id));
            //: a change window in institution time: start – end
            m_changeTable->setItem(
                row, 4,
                DrillUi::cell(tr("%1 – %2").arg(DrillUi::localText(c.windowStart),
                                                DrillUi::localText(c.windowEnd).right(5)),
                              c.id, c.windowStart.toSecsSinceEpoch()));
            QStringList marks;
            if (c.urgency == ChangeUrgency::Emergency)
                marks << tr("⚠ %1").arg(ChangeFormat::emergencyMark());
            if (c.inTradingHours)
                marks << tr("⚠ %1").arg(ChangeFormat::tradingHoursMark());
            QTableWidgetItem *mark = DrillUi::cell(marks.join(QStringLiteral(", ")), c.id);
            if (!marks.isEmpty())
                mark->setForeground(QColor(0xb4, 0x53, 0x09));
            m_changeTable->setItem(row, 1, mark);
        }
    }
    m_problems->setSortingEnabled(false);
    m_problems->clearContents();
    m_problems->setRowCount(0);
    if (auto problems = m_config.findingsOfItem(m_id)) {
        m_problems->setRowCount(int(problems->size()));
        for (int row = 0; row < problems->size(); ++row) {
            const ItemProblem &p = problems->at(row);
            m_problems->setItem(row, 0,
                                DrillUi::cell(p.drillDate.toString(Qt::ISODate), p.findingId,
                                              p.drillDate.toJulianDay()));
            m_problems->setItem(row, 1, DrillUi::cell(p.drillTitle, p.drillId));
            m_problems->setItem(row, 2, DrillUi::cell(p.text, p.findingId));
        }
    } else {
        m_linksMessage->showError(problems.error());
    }
    m_problems->setSortingEnabled(true);
    m_problems->resizeColumnsToContents();
    m_incidents->setSortingEnabled(true);
    m_changeTable->setSortingEnabled(true);
    m_incidents->resizeColumnsToContents();
    m_changeTable->resizeColumnsToContents();
}

void ConfigDetail::addRelation()
{
    if (!m_editable || m_id == 0)
        return;
    QList<ConfigItem> others;
    for (const ConfigItem &i : std::as_const(m_items))
        others << i;
    std::sort(others.begin(), others.end(),
              [](const ConfigItem &a, const ConfigItem &b) { return a.number < b.number; });
    RelationDialog dialog(m_config, m_context.session.actor(), m_items.value(m_id), others, this);
    if (dialog.exec() == QDialog::Accepted) {
        showItem(m_id, m_items);
        emit relationsChanged();
    }
}

void ConfigDetail::removeRelation()
{
    const auto rows = m_relations->selectionModel()->selectedRows();
    if (!m_editable || rows.isEmpty())
        return;
    const int row = rows.first().row();
    const qint64 id = m_relations->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString text =
        tr("%1 %2 %3")
            .arg(m_relations->item(row, 0)->text(), m_relations->item(row, 1)->text(),
                 m_relations->item(row, 2)->text());
    if (QMessageBox::question(this, tr("Remove relation"),
                              tr("Remove the relation “%1”?").arg(text))
        != QMessageBox::Yes)
        return;
    if (Status s = m_config.removeRelation(m_context.session.actor(), id); !s) {
        m_message->showError(s.error());
        return;
    }
    showItem(m_id, m_items);
    emit relationsChanged();
}

void ConfigDetail::linkFinding()
{
    if (!m_editable || m_id == 0)
        return;
    LinkFindingDialog dialog(m_config, m_context.session.actor(), m_items.value(m_id), this);
    if (dialog.exec() == QDialog::Accepted)
        showItem(m_id, m_items);
}

void ConfigDetail::unlinkFinding()
{
    const auto rows = m_problems->selectionModel()->selectedRows();
    if (!m_editable || rows.isEmpty())
        return;
    const int row = rows.first().row();
    const qint64 finding = m_problems->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (QMessageBox::question(
            this, tr("Unlink finding"),
            tr("Unlink the finding “%1” from %2?")
                .arg(m_problems->item(row, 2)->text(), m_items.value(m_id).number))
        != QMessageBox::Yes)
        return;
    if (Status s = m_config.unlinkFinding(m_context.session.actor(), m_id, finding); !s) {
        m_linksMessage->showError(s.error());
        return;
    }
    showItem(m_id, m_items);
}

void ConfigDetail::retranslateUi()
{
    setTabText(RelationsTab, tr("Relations"));
    setTabText(ImpactTab, tr("Impact"));
    setTabText(HistoryTab, tr("History"));
    setTabText(LinksTab, tr("Links"));
    setTabToolTip(ImpactTab, tr("The items that depend on this one, directly or through others"));
    m_addRelation->setText(tr("Add relation…"));
    m_removeRelation->setText(tr("Remove relation"));
    m_relations->setHorizontalHeaderLabels({tr("Item"), tr("Relation"), tr("Related item")});
    m_impact->setHeaderLabels({tr("Dependent item"), tr("Relation"), tr("Depth"), tr("Status")});
    m_history->setHorizontalHeaderLabels(
        {tr("Time (UTC+8)"), tr("Action"), tr("By"), tr("Change"), tr("Note"), tr("Differences")});
    m_incidentsLabel->setText(tr("Incidents that affected the item (double-click opens)"));
    m_changesLabel->setText(tr("Changes that touched the item (double-click opens)"));
    m_problemsLabel->setText(tr("Problems found in drills (drill findings; double-click opens "
                                "the drill)"));
    m_linkFinding->setText(tr("Link finding…"));
    m_unlinkFinding->setText(tr("Unlink finding"));
    m_problems->setHorizontalHeaderLabels({tr("Drill date"), tr("Drill"), tr("Finding")});
    m_incidents->setHorizontalHeaderLabels(
        {tr("Number"), tr("Title"), tr("State"), tr("Detected (UTC+8)")});
    m_changeTable->setHorizontalHeaderLabels(
        {tr("Number"), tr("Marks"), tr("Title"), tr("State"), tr("Window (UTC+8)")});
    if (m_id != 0)
        showItem(m_id, m_items);
}

} // namespace ui
} // namespace dd
