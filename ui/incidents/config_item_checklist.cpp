#include "incidents/config_item_checklist.h"

#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

ConfigItemChecklist::ConfigItemChecklist(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(name);
    m_filter->setObjectName(name + QStringLiteral("Filter"));
    m_list->setObjectName(name + QStringLiteral("List"));
    m_filter->setClearButtonEnabled(true);
    setFocusProxy(m_filter);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &ConfigItemChecklist::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit checkedChanged();
    });
    // Space toggles the current entry (the list's own behaviour); Enter too.
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    retranslateUi();
}

void ConfigItemChecklist::setItems(const QList<ConfigItem> &items, const QList<qint64> &checked)
{
    m_items = items;
    m_filling = true;
    m_list->clear();
    // The ticked ones first, so that what is linked is seen without scrolling.
    QList<ConfigItem> ordered;
    for (const ConfigItem &i : items)
        if (checked.contains(i.id))
            ordered << i;
    for (const ConfigItem &i : items)
        if (!checked.contains(i.id))
            ordered << i;
    for (const ConfigItem &i : std::as_const(ordered)) {
        const bool on = checked.contains(i.id);
        if (i.deleted() && !on)
            continue;
        auto *entry = new QListWidgetItem(m_list);
        entry->setText(i.deleted() ? tr("%1  %2 (deleted)").arg(i.number, i.name)
                                   : tr("%1  %2").arg(i.number, i.name));
        entry->setToolTip(i.description.isEmpty() ? i.name : i.description);
        entry->setData(Qt::UserRole, i.id);
        entry->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        entry->setFlags(m_readOnly
                            ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                            : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    m_filling = false;
    applyFilter();
}

void ConfigItemChecklist::setChecked(const QList<qint64> &ids)
{
    setItems(m_items, ids);
}

QList<qint64> ConfigItemChecklist::checked() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(Qt::UserRole).toLongLong();
    return ids;
}

bool ConfigItemChecklist::setNumberChecked(const QString &number, bool on)
{
    for (const ConfigItem &i : std::as_const(m_items))
        if (i.number == number)
            for (int row = 0; row < m_list->count(); ++row)
                if (m_list->item(row)->data(Qt::UserRole).toLongLong() == i.id) {
                    m_list->item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
                    return true;
                }
    return false;
}

void ConfigItemChecklist::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_filling = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *entry = m_list->item(row);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (!readOnly)
            flags |= Qt::ItemIsUserCheckable;
        entry->setFlags(flags);
    }
    m_filling = false;
}

void ConfigItemChecklist::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *entry = m_list->item(row);
        entry->setHidden(!needle.isEmpty() && !entry->text().contains(needle, Qt::CaseInsensitive));
    }
}

void ConfigItemChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConfigItemChecklist::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter items by number or name…"));
    m_list->setAccessibleName(tr("Configuration items"));
    if (!m_items.isEmpty())
        setItems(m_items, checked());
}

} // namespace ui
} // namespace dd
