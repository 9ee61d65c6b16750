#pragma once

#include "roster/roster_snapshot.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QWidget>

#include <optional>
#include <utility>

namespace dd {
namespace ui {

// The roster drawn over days: one row per duty role (and a thinner backup row where the role
// needs a backup or has one), each shift a block coloured by person, gaps in red hatching,
// non-trading days shaded, now marked by a vertical line. Clicking a block or an empty place
// emits a signal; the page opens its menu there.
class RosterTimeline : public QWidget {
    Q_OBJECT
public:
    struct Row {
        qint64 roleId = 0;
        Slot slot = Slot::Primary;
        QString label;
    };

    explicit RosterTimeline(QWidget *parent = nullptr);

    void setSnapshot(const RosterSnapshot &snapshot, const QDate &firstDay, int days,
                     const QDateTime &now);
    // Hours to flag (no one on site while an incident is open), UTC intervals.
    void setFlagged(const QList<std::pair<QDateTime, QDateTime>> &intervals);

    QDate firstDay() const { return m_first; }
    int days() const { return m_days; }
    QDateTime from() const;
    QDateTime to() const;
    const QList<Row> &rows() const { return m_rows; }
    const QList<ShiftBlock> &blocks() const { return m_blocks; }
    const QList<CoverageGap> &gaps() const { return m_gaps; }

    // What lies under a point: the block, or the role/slot/time of an empty place.
    std::optional<ShiftBlock> blockAt(const QPoint &pos) const;
    std::optional<CoverageGap> gapAt(const QPoint &pos) const;
    int rowAt(const QPoint &pos) const; // -1 outside
    QDateTime timeAt(const QPoint &pos) const;
    QRect blockRect(int row, const QDateTime &start, const QDateTime &end) const;
    int rowOf(qint64 roleId, Slot slot) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void blockClicked(const dd::ShiftBlock &block, const QPoint &globalPos);
    void emptyClicked(qint64 roleId, dd::Slot slot, const QDateTime &at, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowTop(int row) const;
    int rowHeight(int row) const;
    double xOf(const QDateTime &t) const;
    QRect chartRect() const;

    RosterSnapshot m_snapshot;
    QDate m_first;
    int m_days = 0;
    QDateTime m_now;
    QList<Row> m_rows;
    QList<ShiftBlock> m_blocks;
    QList<CoverageGap> m_gaps;
    QList<std::pair<QDateTime, QDateTime>> m_flagged;
};

} // namespace ui
} // namespace dd
