#include "settings/operator_table_model.h"

#include <QLocale>

namespace dd {
namespace ui {

OperatorTableModel::OperatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OperatorTableModel::setOperators(const QList<Operator> &operators)
{
    // A handful of rows, re-read after each change: a reset is simplest and cheap.
    beginResetModel();
    m_operators = operators;
    endResetModel();
}

int OperatorTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_operators.size(); ++row)
        if (m_operators[row].id == id)
            return row;
    return -1;
}

void OperatorTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_operators.isEmpty())
        emit dataChanged(index(0, RolesColumn), index(rowCount() - 1, ActiveColumn),
                         {Qt::DisplayRole});
}

int OperatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant OperatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Operator &o = m_operators.at(index.row());
    if (role == IdRole)
        return o.id;
    if (role == Qt::ToolTipRole && index.column() == RolesColumn)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LoginColumn: return o.login;
    case NameColumn: return o.displayName;
    case RolesColumn: {
        QStringList names;
        for (Role r : o.roles)
            names << roleName(r);
        return QLocale().createSeparatedList(names);
    }
    case ActiveColumn: return o.active ? tr("Active") : tr("Deactivated");
    }
    return {};
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn: return tr("Login");
    case NameColumn: return tr("Name");
    case RolesColumn: return tr("Roles");
    case ActiveColumn: return tr("Status");
    }
    return {};
}

} // namespace ui
} // namespace dd
