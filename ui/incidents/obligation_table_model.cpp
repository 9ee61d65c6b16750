#include "incidents/obligation_table_model.h"

#include "incidents/incident_format.h"

#include <QFont>

namespace dd {
namespace ui {

ObligationTableModel::ObligationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ObligationTableModel::setObligations(const QList<ObligationRow> &rows, const QDateTime &now,
                                          const QTimeZone &zone)
{
    // A handful of rows re-read after each change; keys may come and go with the grade.
    beginResetModel();
    m_rows = rows;
    m_now = now;
    m_zone = zone;
    endResetModel();
}

void ObligationTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DueColumn), index(rowCount() - 1, StatusColumn));
}

void ObligationTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ObligationTableModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].instance.key() == key)
            return row;
    return -1;
}

QList<QDateTime> ObligationTableModel::countdownTargets() const
{
    QList<QDateTime> targets;
    for (const ObligationRow &r : m_rows)
        if (!r.status.isMet() && r.instance.due)
            targets << *r.instance.due;
    return targets;
}

int ObligationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObligationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString ObligationTableModel::statusText(const ObligationRow &row) const
{
    const ObligationState state = effectiveState(row.status, row.instance.due, m_now);
    switch (state) {
    case ObligationState::SubmittedOnTime:
        if (row.status.submittedAt)
            return tr("Submitted %1 (on time)")
                .arg(IncidentFormat::shortTime(*row.status.submittedAt, m_now, m_zone));
        break;
    case ObligationState::SubmittedLate:
        return tr("Submitted %1, late by %2")
            .arg(row.status.submittedAt
                     ? IncidentFormat::shortTime(*row.status.submittedAt, m_now, m_zone)
                     : QString(),
                 IncidentFormat::duration(row.status.lateSeconds));
    default: break;
    }
    return IncidentFormat::obligationState(state);
}

QVariant ObligationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ObligationRow &row = m_rows.at(index.row());
    const ObligationState state = effectiveState(row.status, row.instance.due, m_now);
    const bool met = row.status.isMet();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReportColumn: return row.label;
        case DueColumn:
            if (!row.instance.due)
                return tr("after %1").arg(IncidentFormat::anchor(row.instance.anchor));
            return IncidentFormat::shortTime(*row.instance.due, m_now, m_zone);
        case CountdownColumn:
            if (met || !row.instance.due)
                return QString();
            return IncidentFormat::countdown(*row.instance.due, m_now);
        case StatusColumn: return statusText(row);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = row.label;
        if (!row.instance.description.zh.isEmpty() || !row.instance.description.en.isEmpty())
            tip += u'\n' + row.instance.description.zh + u'\n' + row.instance.description.en;
        if (row.instance.due)
            tip += u'\n' + tr("Due %1").arg(IncidentFormat::time(*row.instance.due, m_zone));
        return tip;
    }
    case KeyRole: return row.instance.key();
    case Qt::ForegroundRole:
        if (index.column() == CountdownColumn || index.column() == StatusColumn)
            return obligationStateColour(state);
        if (met)
            return QColor(0x75, 0x75, 0x75);
        return {};
    case Qt::BackgroundRole:
        if (state == ObligationState::Overdue)
            return QColor(0xfd, 0xec, 0xea);
        return {};
    case Qt::FontRole:
        if ((index.column() == CountdownColumn || index.column() == StatusColumn)
            && (state == ObligationState::Overdue || state == ObligationState::Due)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

QVariant ObligationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReportColumn: return tr("Report");
    case DueColumn: return tr("Due");
    case CountdownColumn: return tr("Countdown");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace ui
} // namespace dd
