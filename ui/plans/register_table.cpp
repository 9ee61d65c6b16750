#include "plans/register_table.h"

#include "drills/drill_ui.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

RegisterTable::RegisterTable(const QString &name, int columns, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_filter(new QLineEdit)
    , m_table(DrillUi::table(name + QStringLiteral("Table"), nullptr))
    , m_add(new QPushButton)
    , m_edit(new QPushButton)
    , m_remove(new QPushButton)
    , m_buttonRow(new QHBoxLayout)
{
    setObjectName(name + QStringLiteral("Register"));
    m_filter->setObjectName(name + QStringLiteral("Filter"));
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_edit->setObjectName(name + QStringLiteral("Edit"));
    m_remove->setObjectName(name + QStringLiteral("Delete"));
    m_filter->setClearButtonEnabled(true);
    m_table->setColumnCount(columns);
    m_table->installEventFilter(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->hide();

    auto *head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addStretch(1);
    head->addWidget(m_filter, 1);
    m_buttonRow->addStretch(1);
    m_buttonRow->addWidget(m_add);
    m_buttonRow->addWidget(m_edit);
    m_buttonRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_buttonRow);

    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { DrillUi::filterRows(m_table, text); });
    connect(m_add, &QPushButton::clicked, this, &RegisterTable::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            emit editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            emit removeRequested(id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (!m_editable)
            return;
        if (const QTableWidgetItem *item = m_table->item(row, 0))
            emit editRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        emit selectionChanged(selectedId());
    });
    retranslateUi();
    updateButtons();
}

void RegisterTable::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void RegisterTable::setHeaders(const QStringList &headers)
{
    m_table->setHorizontalHeaderLabels(headers);
}

void RegisterTable::setButtonTexts(const QString &add, const QString &edit, const QString &remove)
{
    m_customTexts = true;
    m_add->setText(add);
    m_edit->setText(edit);
    m_remove->setText(remove);
}

void RegisterTable::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setVisible(editable);
    m_edit->setVisible(editable);
    m_remove->setVisible(editable);
    updateButtons();
}

void RegisterTable::beginFill(int rows)
{
    // Refilling is not a user selection: the owner reselects after endFill().
    m_table->blockSignals(true);
    m_sorting = m_table->isSortingEnabled();
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(rows);
}

void RegisterTable::endFill()
{
    m_table->setSortingEnabled(m_sorting);
    m_table->blockSignals(false);
    // The first rows size the columns to their contents; later the user's widths stay.
    if (!m_sized && m_table->rowCount() > 0) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 360));
    }
    DrillUi::filterRows(m_table, m_filter->text());
    updateButtons();
}

qint64 RegisterTable::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QTableWidgetItem *item = m_table->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool RegisterTable::selectId(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const QTableWidgetItem *item = m_table->item(row, 0);
            item && item->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->scrollToItem(item);
            return true;
        }
    return false;
}

void RegisterTable::addToButtonRow(QWidget *widget)
{
    m_buttonRow->insertWidget(0, widget);
}

bool RegisterTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && m_editable) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const qint64 id = selectedId();
        if (id != 0 && key->key() == Qt::Key_Delete) {
            emit removeRequested(id);
            return true;
        }
        if (id != 0 && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            emit editRequested(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RegisterTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RegisterTable::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_add->setEnabled(m_editable);
    m_edit->setEnabled(m_editable && selected);
    m_remove->setEnabled(m_editable && selected);
}

void RegisterTable::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter…"));
    if (!m_customTexts) {
        m_add->setText(tr("Add…"));
        m_edit->setText(tr("Edit…"));
        m_remove->setText(tr("Delete"));
    }
    m_edit->setToolTip(tr("Edit the selected row (double-click, Enter)"));
    m_remove->setToolTip(tr("Delete the selected row (Delete)"));
}

} // namespace ui
} // namespace dd
