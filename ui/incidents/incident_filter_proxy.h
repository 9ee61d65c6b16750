#pragma once

#include "incidents/incident_repository.h"

#include <QSortFilterProxyModel>

namespace dd {
namespace ui {

class IncidentTableModel;

// Sorts the incident list by each column's sort key and shows the rows that
// dd::IncidentFilter::matches accepts: the filter rules live (and are tested) in core.
class IncidentFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit IncidentFilterProxy(QObject *parent = nullptr);

    void setIncidentModel(IncidentTableModel *model);
    void setFilter(const IncidentFilter &filter);
    const IncidentFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    IncidentTableModel *m_model = nullptr;
    IncidentFilter m_filter;
};

} // namespace ui
} // namespace dd
