#pragma once

#include "grading/grade_result.h"
#include "grading/rule_set.h"
#include "incidents/incident.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace dd {
class Backend;
} // namespace dd

namespace dd {
namespace ui {

struct IncidentReference;

// One open incident or warning as the dashboard shows it, read once per refresh; the times
// shown (elapsed, countdowns) are recomputed from it on every display tick.
struct OpenIncidentRow {
    qint64 id = 0;
    QString number;
    QString title;
    IncidentState state = IncidentState::Responding;
    bool drill = false;
    QString gradeId = QStringLiteral("none");
    std::optional<GradeLevel> level; // the grade as of now, absent when not graded
    QDateTime since;                 // started, else detected (UTC)
    QDateTime nextDue;               // the earliest unmet report with a due time; invalid: none
    QString nextReport;              // its label (translated)
    std::optional<NextThreshold> threshold;
    int escalationLevel = 0; // the highest level called and not answered; 0: none
    bool acknowledged = false;
    bool exhausted = false;
    QString acknowledgedBy;
    QString authority; // who holds decision authority now; "" when no succession order
};

// Reads the open incidents and warnings with their grade as of `now`, the next report owed,
// the next threshold and where escalation stands. Errors are collected, rows kept.
QList<OpenIncidentRow> loadOpenIncidents(Backend &backend, const QDateTime &now,
                                         QStringList *errors);

// The table of open incidents and warnings: grade badge, title, elapsed, the next report and
// its countdown (red with "overdue" once passed), the next grade threshold, the escalation
// level and who decides. Activating a row (double-click, Enter) emits openRequested.
class OpenIncidentsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column {
        GradeColumn,
        IncidentColumn,
        ElapsedColumn,
        ReportColumn,
        CountdownColumn,
        ThresholdColumn,
        EscalationColumn,
        ColumnCount
    };

    explicit OpenIncidentsPanel(QWidget *parent = nullptr);

    void setRows(const QList<OpenIncidentRow> &rows, const IncidentReference &reference,
                 const QString &language, const QDateTime &now);
    // Rewrites only the times (elapsed, countdowns, thresholds): the display tick.
    void updateTimes(const QDateTime &now);
    const QList<OpenIncidentRow> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }
    // The next moments at which something shown changes by itself (due times, thresholds).
    QList<QDateTime> countdownTargets() const;

signals:
    void openRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslateUi();

    QList<OpenIncidentRow> m_rows;
    QList<GradeLevel> m_grades;
    QTimeZone m_zone;
    QString m_language;
    QDateTime m_now;
    QLabel *m_heading;
    QLabel *m_empty;
    QTableWidget *m_table;
};

} // namespace ui
} // namespace dd
