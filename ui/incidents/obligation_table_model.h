#pragma once

#include "incidents/incident_service.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace dd {
namespace ui {

// The reports an incident owes: label (recipient and form), due time, a live countdown and
// the status. setNow() moves the countdowns without re-reading anything.
class ObligationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ReportColumn, DueColumn, CountdownColumn, StatusColumn, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit ObligationTableModel(QObject *parent = nullptr);

    void setObligations(const QList<ObligationRow> &rows, const QDateTime &now,
                        const QTimeZone &zone);
    void setNow(const QDateTime &now);
    void retranslate();

    const ObligationRow &obligationAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &key) const; // -1 when absent
    // Due times of unmet reports: what the countdowns count to.
    QList<QDateTime> countdownTargets() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(const ObligationRow &row) const;

    QList<ObligationRow> m_rows;
    QDateTime m_now;
    QTimeZone m_zone;
};

} // namespace ui
} // namespace dd
