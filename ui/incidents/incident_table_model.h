#pragma once

#include "grading/rule_set.h"
#include "incidents/incident.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace dd {
namespace ui {

// The incident list: one row per IncidentSummary, read in one repository call by whoever
// owns the model. Grades are named and coloured from the rule set in force; times are shown
// in the institution's time zone. Read-only: changes go through IncidentService.
class IncidentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        GradeColumn,
        StateColumn,
        TitleColumn,
        FaultTypeColumn,
        DetectedColumn,
        DurationColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    // What the columns sort by: grade rank, state order, times, durations as numbers.
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int GradeRole = Qt::UserRole + 3; // grade id ("III", "none")

    explicit IncidentTableModel(QObject *parent = nullptr);

    // Replaces the rows. When the new list is the old one with rows added on top (a new
    // incident) or with the same rows changed, only that is signalled; otherwise the model
    // resets.
    void setIncidents(QList<IncidentSummary> incidents);
    // Grade names and colours (the rule set in force), language and time zone for display.
    void setDisplay(const QList<GradeLevel> &grades, const QString &language,
                    const QTimeZone &zone);

    const IncidentSummary &incidentAt(int row) const { return m_rows.at(row); }
    const QList<IncidentSummary> &incidents() const { return m_rows; }
    int rowOf(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const IncidentSummary &row, int column) const;
    QVariant sortKey(const IncidentSummary &row, int column) const;
    const GradeLevel *level(const QString &gradeId) const;

    QList<IncidentSummary> m_rows;
    QList<GradeLevel> m_grades;
    QString m_language = QStringLiteral("en");
    QTimeZone m_zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
};

} // namespace ui
} // namespace dd
