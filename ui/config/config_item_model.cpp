#include "config/config_item_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace dd {
namespace ui {

ConfigItemModel::ConfigItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConfigItemModel::setItems(const QList<ConfigItem> &items, const QList<ConfigKind> &kinds)
{
    beginResetModel();
    m_items = items;
    m_kinds = kinds;
    m_rows.clear();
    for (int i = 0; i < m_items.size(); ++i)
        m_rows.insert(m_items[i].id, i);
    endResetModel();
}

const ConfigItem *ConfigItemModel::itemById(qint64 id) const
{
    const int row = m_rows.value(id, -1);
    return row < 0 ? nullptr : &m_items[row];
}

int ConfigItemModel::rowOf(qint64 id) const
{
    return m_rows.value(id, -1);
}

QString ConfigItemModel::kindName(const QString &kindId) const
{
    for (const ConfigKind &k : m_kinds)
        if (k.id == kindId)
            return k.displayName();
    return kindId;
}

void ConfigItemModel::refreshTexts()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ConfigItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ConfigItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConfigItemModel::statusText(const ConfigItem &item) const
{
    if (item.deleted())
        return tr("Deleted (%1)").arg(configStatusName(item.status));
    if (item.replacedBy != 0)
        if (const ConfigItem *next = itemById(item.replacedBy))
            return tr("%1, replaced by %2").arg(configStatusName(item.status), next->number);
    return configStatusName(item.status);
}

QVariant ConfigItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ConfigItem &item = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NumberCol: return item.number;
        case NameCol: return item.name;
        case KindCol: return kindName(item.kind);
        case StatusCol: return statusText(item);
        case ClassCol: return item.systemClass;
        case OwnerCol: return item.ownerName;
        case LocationCol: return item.location;
        case ConfirmedCol:
            return item.lastConfirmed.isValid()
                       ? item.lastConfirmed.toString(QStringLiteral("yyyy-MM-dd"))
                       : tr("never");
        }
        return {};
    case SortRole:
        if (index.column() == ConfirmedCol)
            return item.lastConfirmed.isValid() ? item.lastConfirmed.toJulianDay() : qint64(0);
        if (index.column() == ClassCol)
            return item.systemClass;
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (item.deleted())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (item.deleted()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case IdRole: return item.id;
    case KindIdRole: return item.kind;
    case DeletedRole: return item.deleted();
    case SearchRole:
        return QStringList{item.number, item.name, item.location, item.ownerName}.join(
            QLatin1Char('\n'));
    default: return {};
    }
}

QVariant ConfigItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberCol: return tr("Number");
    case NameCol: return tr("Name");
    case KindCol: return tr("Kind");
    case StatusCol: return tr("Status");
    case ClassCol: return tr("Class");
    case OwnerCol: return tr("Owner");
    case LocationCol: return tr("Location");
    case ConfirmedCol: return tr("Last confirmed");
    }
    return {};
}

ConfigItemFilter::ConfigItemFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConfigItemModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ConfigItemFilter::setKind(const QString &kindId)
{
    m_kind = kindId;
    invalidateFilter();
}

void ConfigItemFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void ConfigItemFilter::setShowDeleted(bool show)
{
    m_showDeleted = show;
    invalidateFilter();
}

bool ConfigItemFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showDeleted && index.data(ConfigItemModel::DeletedRole).toBool())
        return false;
    if (!m_kind.isEmpty() && index.data(ConfigItemModel::KindIdRole).toString() != m_kind)
        return false;
    return m_search.isEmpty()
           || index.data(ConfigItemModel::SearchRole)
                  .toString()
                  .contains(m_search, Qt::CaseInsensitive);
}

} // namespace ui
} // namespace dd
