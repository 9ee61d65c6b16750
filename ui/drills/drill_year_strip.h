#pragma once

#include "drills/drill.h"

#include <QDate>
#include <QWidget>

namespace dd {
namespace ui {

// A year as a strip January–December, H1 and H2 shaded apart, with a marker per drill at its
// actual (else planned) start: planned drills as an outline, completed ones filled, cancelled
// ones crossed; a line marks today. Hovering shows the drill, clicking opens it.
class DrillYearStrip : public QWidget {
    Q_OBJECT
public:
    explicit DrillYearStrip(QWidget *parent = nullptr);

    void setYear(int year, const QList<DrillSummary> &drills, const QDate &today);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The drill whose marker is at `pos`, 0 if none.
    qint64 drillAt(const QPoint &pos) const;

signals:
    void drillActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF lane() const;
    double xOf(const QDate &day) const;
    QRectF markerRect(int index) const;

    int m_year = 0;
    QList<DrillSummary> m_drills;
    QList<int> m_rows; // stacking row of each marker
    QDate m_today;
};

} // namespace ui
} // namespace dd
