#pragma once

#include "changes/change_request.h"
#include "time/trading_calendar.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace dd {
namespace ui {

// The colour of trading time in the calendar (the legend shows it).
QColor windowCalendarShade();

// A week of change windows (Monday to Sunday columns, 00:00–24:00 rows, institution time):
// trading time of the checked markets is shaded, each change window is a labelled block
// (emergency and in-trading-hours changes say so in the block, not only by colour). Clicking
// a block, or Enter on the selected one (Left/Right move between blocks), asks to open it.
class WindowCalendar : public QWidget {
    Q_OBJECT
public:
    explicit WindowCalendar(QWidget *parent = nullptr);

    void setWeek(const QDate &monday);
    QDate week() const { return m_monday; }
    void setTradingIntervals(const QList<TradingInterval> &intervals); // UTC
    void setChanges(const QList<ChangeSummary> &changes);
    // Days to mark in the header (a make-up workday, a holiday), by date.
    void setDayNotes(const QHash<QDate, QString> &notes);
    void setToday(const QDate &today);

    // Whether the institution-time moment day/time is shaded as trading time.
    bool isShaded(const QDate &day, const QTime &time) const;
    // The change whose block is at `pos` (widget coordinates); 0 when none.
    qint64 changeAt(const QPoint &pos) const;
    // The rectangles of one change's blocks (a window over midnight has two).
    QList<QRectF> blocksOf(qint64 changeId) const;
    // The rectangle of a day and time range (institution time).
    QRectF slotRect(const QDate &day, const QTime &from, const QTime &to) const;
    qint64 selectedChange() const { return m_selected; }

    // The block's label: number, the emergency / in-trading-hours mark, title.
    static QStringList blockLines(const ChangeSummary &change);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void changeActivated(qint64 id);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Block {
        qint64 id = 0;
        QRectF rect;
        ChangeSummary change;
    };
    void layoutBlocks();
    QRectF dayArea(int dayIndex) const;
    double hourHeight() const;

    QDate m_monday;
    QList<TradingInterval> m_intervals;
    QList<ChangeSummary> m_changes;
    QHash<QDate, QString> m_notes;
    QDate m_today;
    QList<Block> m_blocks;
    qint64 m_selected = 0;
};

} // namespace ui
} // namespace dd
