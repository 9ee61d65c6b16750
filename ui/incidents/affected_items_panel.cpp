#include "incidents/affected_items_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "drills/drill_ui.h"
#include "incidents/config_item_checklist.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "storage/change_feed.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum ItemCol { INumberCol, INameCol, IKindCol, IStatusCol, ICols };
enum ImpactCol { DNumberCol, DNameCol, DViaCol, DDepthCol, DCols };
enum ChangeCol { CNumberCol, CTitleCol, CWindowCol, CStateCol, CMarksCol, CCols };

const QColor MarkColour(0xb0, 0x1c, 0x1c);

QWidget *section(QLabel *label, QWidget *body, QWidget *extra = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *head = new QHBoxLayout;
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    head->addWidget(label, 1);
    if (extra)
        head->addWidget(extra);
    layout->addLayout(head);
    layout->addWidget(body, 1);
    return box;
}

} // namespace

AffectedItemsPanel::AffectedItemsPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_config(context.backend.database(), context.backend.audit(), context.backend.clock())
    , m_changeRegister(context.backend.database(), context.backend.audit(), context.backend.clock(),
                       context.backend.calendar(), context.backend.settings(), m_config)
    , m_title(new QLabel(this))
    , m_freeText(new QLabel(this))
    , m_itemsLabel(new QLabel)
    , m_impactLabel(new QLabel)
    , m_changesLabel(new QLabel)
    , m_items(DrillUi::table(QStringLiteral("affectedItemsTable"), nullptr))
    , m_impact(DrillUi::table(QStringLiteral("affectedImpactTable"), nullptr))
    , m_changes(DrillUi::table(QStringLiteral("affectedChangesTable"), nullptr))
    , m_edit(new QPushButton)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_message(new InlineMessage(this))
    , m_coalesce(new QTimer(this))
{
    setObjectName(QStringLiteral("affectedItemsPanel"));
    m_title->setObjectName(QStringLiteral("affectedItemsTitle"));
    m_freeText->setObjectName(QStringLiteral("affectedFreeText"));
    m_changesLabel->setObjectName(QStringLiteral("affectedChangesLabel"));
    m_edit->setObjectName(QStringLiteral("affectedItemsEdit"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_title->setFont(big);
    m_freeText->setWordWrap(true);
    m_freeText->setTextFormat(Qt::PlainText);
    m_changesLabel->setWordWrap(true);
    m_items->setColumnCount(ICols);
    m_impact->setColumnCount(DCols);
    m_changes->setColumnCount(CCols);

    m_splitter->addWidget(section(m_itemsLabel, m_items, m_edit));
    // The changes come before the impact: a recent change is the likeliest cause.
    m_splitter->addWidget(section(m_changesLabel, m_changes));
    m_splitter->addWidget(section(m_impactLabel, m_impact));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->restoreState(
        QSettings().value(QStringLiteral("incidents/affectedItemsSplitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("incidents/affectedItemsSplitter"),
                             m_splitter->saveState());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_freeText);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);

    connect(m_edit, &QPushButton::clicked, this, &AffectedItemsPanel::editItems);
    connect(m_items, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openItemRow(m_items, row); });
    connect(m_impact, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openItemRow(m_impact, row); });
    connect(m_changes, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *cell = m_changes->item(row, CNumberCol))
            m_context.openPage(QStringLiteral("changes"), cell->text());
    });
    for (QTableWidget *t : {m_items, m_impact, m_changes})
        connect(t, &QTableWidget::activated, this, [this, t](const QModelIndex &index) {
            if (t == m_changes) {
                if (const QTableWidgetItem *cell = m_changes->item(index.row(), CNumberCol))
                    m_context.openPage(QStringLiteral("changes"), cell->text());
            } else {
                openItemRow(t, index.row());
            }
        });

    // Links, items, relations or changes written anywhere refresh the panel once.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &AffectedItemsPanel::reload);
    connect(&context.backend.database().changes(), &ChangeFeed::committed, this,
            [this](const QSet<QString> &tables) {
                if (m_incident.id > 0
                    && ChangeFeed::touches(tables, {"incident_config_items", "config_items",
                                                    "config_relations", "config_kinds", "changes",
                                                    "change_items", "incidents"}))
                    m_coalesce->start();
            });
    retranslateUi();
    setEditable(false);
}

void AffectedItemsPanel::setIncident(const Incident &incident)
{
    m_incident = incident;
    m_message->clearMessage();
    reload();
}

void AffectedItemsPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_edit->setEnabled(editable && m_incident.id > 0);
    m_edit->setVisible(!m_context.readOnly);
}

void AffectedItemsPanel::reload()
{
    if (m_incident.id <= 0)
        return;
    auto items = m_config.itemsOfIncident(m_incident.id);
    if (!items) {
        m_message->showError(items.error());
        return;
    }
    m_linked = int(items->size());
    const QString free = m_incident.affectedSystems.trimmed();
    m_freeText->setText(free.isEmpty() ? tr("No affected systems named in free text.")
                                       : tr("Named in free text: %1").arg(free));
    fillItems(*items);
    fillImpact(*items);
    fillChanges(*items);
    setEditable(m_editable);
    emit reloaded();
}

void AffectedItemsPanel::fillItems(const QList<ConfigItem> &items)
{
    QHash<QString, QString> kinds;
    if (auto all = m_config.kinds())
        for (const ConfigKind &k : *all)
            kinds.insert(k.id, k.displayName());
    m_items->setSortingEnabled(false);
    m_items->clearContents();
    m_items->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const ConfigItem &i = items[row];
        m_items->setItem(row, INumberCol, DrillUi::cell(i.number, i.id));
        m_items->setItem(
            row, INameCol,
            DrillUi::cell(i.deleted() ? tr("%1 (deleted)").arg(i.name) : i.name, i.id));
        m_items->setItem(row, IKindCol, DrillUi::cell(kinds.value(i.kind, i.kind), i.id));
        m_items->setItem(row, IStatusCol,
                         DrillUi::cell(configStatusName(i.status), i.id, int(i.status)));
    }
    m_items->setSortingEnabled(true);
    m_items->resizeColumnsToContents();
    m_itemsLabel->setText(items.isEmpty()
                              ? tr("Configuration items: none linked yet")
                              : tr("Configuration items (%n linked)", nullptr, int(items.size())));
}

void AffectedItemsPanel::fillImpact(const QList<ConfigItem> &items)
{
    QHash<qint64, QString> numbers;
    QSet<qint64> linked;
    for (const ConfigItem &i : items) {
        numbers.insert(i.id, i.number);
        linked.insert(i.id);
    }
    QList<Dependent> all;
    QSet<qint64> seen;
    for (const ConfigItem &i : items) {
        auto dependents = m_config.dependents(i.id);
        if (!dependents) {
            m_message->showError(dependents.error());
            continue;
        }
        for (const Dependent &d : *dependents) {
            numbers.insert(d.item.id, d.item.number);
            if (linked.contains(d.item.id) || seen.contains(d.item.id))
                continue;
            seen.insert(d.item.id);
            all << d;
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Dependent &a, const Dependent &b) { return a.depth < b.depth; });
    m_impact->setSortingEnabled(false);
    m_impact->clearContents();
    m_impact->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const Dependent &d = all[row];
        m_impact->setItem(row, DNumberCol, DrillUi::cell(d.item.number, d.item.id));
        m_impact->setItem(row, DNameCol, DrillUi::cell(d.item.name, d.item.id));
        m_impact->setItem(
            row, DViaCol,
            DrillUi::cell(tr("%1 %2", "relation kind, then the item it relates to")
                              .arg(relationKindName(d.via), numbers.value(d.throughId)),
                          d.item.id));
        m_impact->setItem(row, DDepthCol,
                          DrillUi::cell(QString::number(d.depth), d.item.id, d.depth));
    }
    m_impact->setSortingEnabled(true);
    m_impact->resizeColumnsToContents();
    m_impactLabel->setText(all.isEmpty()
                               ? tr("Impact: nothing recorded depends on these items")
                               : tr("Impact: %n item(s) depend on them", nullptr, int(all.size())));
}

void AffectedItemsPanel::fillChanges(const QList<ConfigItem> &items)
{
    QList<qint64> ids;
    for (const ConfigItem &i : items)
        ids << i.id;
    const QDateTime now = m_context.backend.clock().now();
    const QDateTime from = m_incident.detectedAt.addSecs(-qint64(LookBackHours) * 3600);
    QList<ChangeSummary> found;
    if (!ids.isEmpty()) {
        auto changes = m_changeRegister.changesOfItems(ids, from, now);
        if (!changes)
            m_message->showError(changes.error());
        else
            found = *changes;
    }
    m_changeCount = int(found.size());
    m_changes->setSortingEnabled(false);
    m_changes->clearContents();
    m_changes->setRowCount(int(found.size()));
    for (int row = 0; row < found.size(); ++row) {
        const ChangeSummary &c = found[row];
        m_changes->setItem(row, CNumberCol, DrillUi::cell(c.number, c.id));
        m_changes->setItem(row, CTitleCol, DrillUi::cell(c.title, c.id));
        m_changes->setItem(row, CWindowCol,
                           DrillUi::cell(tr("%1 – %2").arg(DrillUi::localText(c.windowStart),
                                                           DrillUi::localText(c.windowEnd)),
                                         c.id, c.windowStart.toSecsSinceEpoch()));
        m_changes->setItem(row, CStateCol,
                           DrillUi::cell(changeStateName(c.state), c.id, int(c.state)));
        QStringList marks;
        if (c.urgency == ChangeUrgency::Emergency)
            marks << tr("⚠ emergency");
        if (c.inTradingHours)
            marks << tr("⚠ in trading hours");
        QTableWidgetItem *mark = DrillUi::cell(marks.join(QStringLiteral(", ")), c.id);
        if (!marks.isEmpty())
            mark->setForeground(MarkColour);
        m_changes->setItem(row, CMarksCol, mark);
    }
    m_changes->setSortingEnabled(true);
    m_changes->resizeColumnsToContents();
    const QString since = DrillUi::localText(from);
    if (ids.isEmpty())
        m_changesLabel->setText(tr("Recent changes: link the affected items to see the changes "
                                   "made to them"));
    else
        m_changesLabel->setText(
            tr("Changes to these items since %1 (%2 h before detection): %3", nullptr)
                .arg(since)
                .arg(LookBackHours)
                .arg(found.size()));
}

void AffectedItemsPanel::openItemRow(QTableWidget *table, int row)
{
    if (const QTableWidgetItem *cell = table->item(row, 0))
        m_context.openPage(QStringLiteral("config"), cell->text());
}

void AffectedItemsPanel::editItems()
{
    if (!m_editable || m_incident.id <= 0)
        return;
    IncidentItemsDialog dialog(m_context, m_config, m_incident.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void AffectedItemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AffectedItemsPanel::retranslateUi()
{
    m_title->setText(tr("Affected items and recent changes"));
    m_edit->setText(tr("&Edit items…"));
    m_edit->setToolTip(tr("Choose the configuration items this incident affected; systems not in "
                          "the configuration stay in the free text"));
    m_items->setHorizontalHeaderLabels({tr("Number"), tr("Name"), tr("Kind"), tr("Status")});
    m_impact->setHorizontalHeaderLabels(
        {tr("Number"), tr("Name"), tr("Depends through"), tr("Distance")});
    m_changes->setHorizontalHeaderLabels(
        {tr("Number"), tr("Title"), tr("Window (UTC+8)"), tr("State"), tr("Marks")});
    m_items->setToolTip(tr("Double-click opens the item on the configuration page"));
    m_impact->setToolTip(tr("Double-click opens the item on the configuration page"));
    m_changes->setToolTip(tr("Double-click opens the change"));
    if (m_incident.id > 0)
        reload();
    else
        m_itemsLabel->setText(tr("Configuration items"));
}

IncidentItemsDialog::IncidentItemsDialog(UiContext &context, ConfigRegistry &config,
                                         qint64 incidentId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_config(config)
    , m_incidentId(incidentId)
    , m_list(new ConfigItemChecklist(QStringLiteral("incidentItems"), this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("incidentItemsDialog"));
    setWindowTitle(tr("Affected configuration items"));
    auto *intro = new QLabel(tr("Tick the configuration items this incident affected. Systems "
                                "that are not in the configuration stay in the incident's free "
                                "text."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 460);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentItemsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentItemsDialog::reject);

    auto all = m_config.items(true);
    auto linked = m_config.itemsOfIncident(incidentId);
    if (!all || !linked) {
        m_message->showError(!all ? all.error() : linked.error());
        return;
    }
    QList<qint64> ids;
    for (const ConfigItem &i : *linked)
        ids << i.id;
    m_list->setItems(*all, ids);
    m_list->filter()->setFocus();
}

bool IncidentItemsDialog::trySave()
{
    m_message->clearMessage();
    Status s =
        m_config.setIncidentItems(m_context.session.actor(), m_incidentId, m_list->checked());
    if (!s) {
        m_message->showError(s.error());
        return false;
    }
    return true;
}

void IncidentItemsDialog::accept()
{
    if (trySave())
        QDialog::accept();
}

} // namespace ui
} // namespace dd
