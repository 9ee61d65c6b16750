#include "incidents/incident_table_model.h"

#include "incidents/incident_format.h"

#include <QFont>

#include <limits>

namespace dd {
namespace ui {

namespace {

bool sameRow(const IncidentSummary &a, const IncidentSummary &b)
{
    return a.id == b.id && a.number == b.number && a.title == b.title && a.state == b.state
           && a.drill == b.drill && a.grade == b.grade && a.faultType == b.faultType
           && a.affectedSystems == b.affectedSystems && a.detectedAt == b.detectedAt
           && a.recoveredAt == b.recoveredAt;
}

int stateOrder(IncidentState state)
{
    return int(allIncidentStates().indexOf(state));
}

} // namespace

IncidentTableModel::IncidentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IncidentTableModel::setIncidents(QList<IncidentSummary> incidents)
{
    const qsizetype added = incidents.size() - m_rows.size();
    bool tailMatches = !m_rows.isEmpty() && added >= 0;
    for (qsizetype i = 0; tailMatches && i < m_rows.size(); ++i)
        tailMatches = m_rows[i].id == incidents[i + added].id;
    if (!tailMatches) {
        // Rows removed or reordered (another filter, a change of detection time): the list is
        // read whole anyway, so a reset is both simplest and cheap.
        beginResetModel();
        m_rows = std::move(incidents);
        endResetModel();
        return;
    }
    if (added > 0) {
        beginInsertRows({}, 0, int(added - 1));
        m_rows.insert(0, added, IncidentSummary{});
        for (qsizetype i = 0; i < added; ++i)
            m_rows[i] = incidents[i];
        endInsertRows();
    }
    int first = -1;
    int last = -1;
    for (qsizetype i = added; i < incidents.size(); ++i) {
        if (sameRow(m_rows[i], incidents[i]))
            continue;
        m_rows[i] = incidents[i];
        if (first < 0)
            first = int(i);
        last = int(i);
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void IncidentTableModel::setDisplay(const QList<GradeLevel> &grades, const QString &language,
                                    const QTimeZone &zone)
{
    m_grades = grades;
    m_language = language;
    m_zone = zone;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int IncidentTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return row;
    return -1;
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

const GradeLevel *IncidentTableModel::level(const QString &gradeId) const
{
    for (const GradeLevel &g : m_grades)
        if (g.id == gradeId)
            return &g;
    return nullptr;
}

QVariant IncidentTableModel::display(const IncidentSummary &row, int column) const
{
    switch (column) {
    case NumberColumn: return row.drill ? tr("%1 (drill)").arg(row.number) : row.number;
    case GradeColumn: return IncidentFormat::grade(row.grade, level(row.grade), m_language);
    case StateColumn: return incidentStateName(row.state);
    case TitleColumn: return row.title;
    case FaultTypeColumn: return IncidentFormat::faultType(row.faultType);
    case DetectedColumn: return IncidentFormat::time(row.detectedAt, m_zone);
    case DurationColumn:
        if (row.recoveredAt.isValid())
            return IncidentFormat::duration(row.detectedAt.secsTo(row.recoveredAt));
        return isOpen(row.state) ? tr("ongoing") : QStringLiteral("—");
    }
    return {};
}

QVariant IncidentTableModel::sortKey(const IncidentSummary &row, int column) const
{
    switch (column) {
    case NumberColumn: return row.number;
    case GradeColumn: {
        const GradeLevel *g = level(row.grade);
        return g ? g->rank : 0;
    }
    case StateColumn: return stateOrder(row.state);
    case TitleColumn: return row.title;
    case FaultTypeColumn: return IncidentFormat::faultType(row.faultType);
    case DetectedColumn: return row.detectedAt.toMSecsSinceEpoch();
    case DurationColumn:
        // Still down sorts as the longest.
        return row.recoveredAt.isValid() ? row.detectedAt.secsTo(row.recoveredAt)
                                         : std::numeric_limits<qint64>::max();
    }
    return {};
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentSummary &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case SortRole: return sortKey(row, column);
    case IdRole: return row.id;
    case GradeRole: return row.grade;
    case Qt::ToolTipRole:
        if (column == TitleColumn && !row.affectedSystems.isEmpty())
            return tr("%1\nAffected systems: %2").arg(row.title, row.affectedSystems);
        return display(row, column);
    case Qt::BackgroundRole: {
        const GradeLevel *g = level(row.grade);
        if (column == GradeColumn)
            return gradeColour(g);
        return g ? QVariant(lightTint(gradeColour(g))) : QVariant();
    }
    case Qt::ForegroundRole:
        if (column == GradeColumn)
            return textColourOn(gradeColour(level(row.grade)));
        return {};
    case Qt::FontRole:
        if (column == GradeColumn || (column == StateColumn && isOpen(row.state))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == GradeColumn)
            return int(Qt::AlignCenter);
        return {};
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case GradeColumn: return tr("Grade");
    case StateColumn: return tr("State");
    case TitleColumn: return tr("Title");
    case FaultTypeColumn: return tr("Fault type");
    case DetectedColumn: return tr("Detected");
    case DurationColumn: return tr("Duration");
    }
    return {};
}

} // namespace ui
} // namespace dd
