#include "drills/drill_mode_dialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

QString localTime(const QDateTime &t)
{
    return t.isValid()
               ? t.toTimeZone(DrillRules::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

QTableWidget *readOnlyTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

DrillModeStartDialog::DrillModeStartDialog(const QList<DrillSummary> &drills, QWidget *parent)
    : QDialog(parent)
    , m_drills(drills)
    , m_table(readOnlyTable(4, this))
    , m_startButton(nullptr)
{
    setObjectName(QStringLiteral("drillModeStartDialog"));
    setWindowTitle(tr("Start drill mode"));
    auto *layout = new QVBoxLayout(this);

    auto *explain = new QLabel(
        tr("Drill mode copies this database — handbook, roster, procedures, rule sets, drills "
           "and operators — into a separate drill database beside it, and opens the console "
           "on the copy with the 演练 DRILL banner. Production incidents are not copied.\n\n"
           "Everything done in drill mode stays in the drill database; nothing is written to "
           "production. Incidents declared there are drill incidents. When you leave drill "
           "mode, their timelines are added to the record of the drill chosen here."),
        this);
    explain->setObjectName(QStringLiteral("drillModeExplanation"));
    explain->setWordWrap(true);
    layout->addWidget(explain);

    layout->addWidget(new QLabel(tr("Drill (approved or in progress):"), this));
    m_table->setObjectName(QStringLiteral("drillTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Drill"), tr("Method"), tr("Status"), tr("Planned start")});
    for (const DrillSummary &d : m_drills) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, cell(d.title));
        m_table->setItem(row, 1, cell(d.method ? drillMethodName(*d.method) : QString()));
        m_table->setItem(row, 2, cell(drillStatusName(d.status)));
        m_table->setItem(row, 3, cell(localTime(d.plannedStart)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!m_drills.isEmpty())
        m_table->selectRow(0);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_startButton = buttons->addButton(tr("Start drill mode"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("startDrillModeButton"));
    m_startButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &DrillModeStartDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    updateButtons();
    resize(720, 460);
}

qint64 DrillModeStartDialog::selectedDrillId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_drills.size() && m_table->selectionModel()->hasSelection()
               ? m_drills[row].id
               : 0;
}

void DrillModeStartDialog::updateButtons()
{
    m_startButton->setEnabled(selectedDrillId() > 0);
}

DrillModeLeaveDialog::DrillModeLeaveDialog(const DrillSession &session,
                                           const QList<DrillTimelineEntry> &entries,
                                           const QString &signer, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("drillModeLeaveDialog"));
    setWindowTitle(tr("Leave drill mode"));
    auto *layout = new QVBoxLayout(this);

    const bool carried = session.carriedAt.isValid();
    QString text;
    if (carried)
        text = tr("The timeline of this drill database was already added to the record of "
                  "drill \"%1\" on %2 (%n entries). Leaving returns to the production database.",
                  nullptr, session.carriedEntries)
                   .arg(session.drillTitle, localTime(session.carriedAt));
    else if (entries.isEmpty())
        text = tr("No incident was declared in this drill database, so there is nothing to add "
                  "to the record of drill \"%1\". Leaving returns to the production database.")
                   .arg(session.drillTitle);
    else
        text = tr("These %n timeline entries of the drill incidents will be added to the record "
                  "of drill \"%1\" in the production database, signed by %2. Then the console "
                  "returns to production.",
                  nullptr, int(entries.size()))
                   .arg(session.drillTitle,
                        signer.isEmpty() ? tr("(nobody signed in: sign in first)") : signer);
    auto *explain = new QLabel(text, this);
    explain->setObjectName(QStringLiteral("leaveExplanation"));
    explain->setWordWrap(true);
    layout->addWidget(explain);

    auto *table = readOnlyTable(3, this);
    table->setObjectName(QStringLiteral("entryTable"));
    table->setHorizontalHeaderLabels({tr("Time"), tr("Who"), tr("What")});
    for (const DrillTimelineEntry &e : entries) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, cell(localTime(e.at)));
        table->setItem(row, 1, cell(e.actor));
        table->setItem(row, 2, cell(e.text));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVisible(!entries.isEmpty());
    layout->addWidget(table, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *stay = buttons->addButton(tr("Stay in drill mode"), QDialogButtonBox::RejectRole);
    stay->setObjectName(QStringLiteral("stayButton"));
    if (!carried && !entries.isEmpty()) {
        QPushButton *carry = buttons->addButton(tr("Add to the drill record and leave"),
                                                QDialogButtonBox::AcceptRole);
        carry->setObjectName(QStringLiteral("carryButton"));
        carry->setDefault(true);
        carry->setEnabled(!signer.isEmpty());
        connect(carry, &QPushButton::clicked, this, [this] {
            m_choice = Choice::CarryAndLeave;
            accept();
        });
        QPushButton *leave =
            buttons->addButton(tr("Leave without adding"), QDialogButtonBox::DestructiveRole);
        leave->setObjectName(QStringLiteral("leaveOnlyButton"));
        connect(leave, &QPushButton::clicked, this, [this] {
            m_choice = Choice::LeaveOnly;
            accept();
        });
    } else {
        QPushButton *leave =
            buttons->addButton(tr("Leave drill mode"), QDialogButtonBox::AcceptRole);
        leave->setObjectName(QStringLiteral("leaveOnlyButton"));
        leave->setDefault(true);
        connect(leave, &QPushButton::clicked, this, [this] {
            m_choice = Choice::LeaveOnly;
            accept();
        });
    }
    connect(stay, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(entries.isEmpty() ? QSize(560, 200) : QSize(820, 480));
}

} // namespace ui
} // namespace dd
