#include "incidents/incident_filter_proxy.h"

#include "incidents/incident_table_model.h"

namespace dd {
namespace ui {

IncidentFilterProxy::IncidentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentTableModel::SortRole);
}

void IncidentFilterProxy::setIncidentModel(IncidentTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void IncidentFilterProxy::setFilter(const IncidentFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool IncidentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    return m_filter.matches(m_model->incidentAt(sourceRow));
}

} // namespace ui
} // namespace dd
