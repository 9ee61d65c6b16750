#include "drills/drill_year_strip.h"

#include "drills/drill_ui.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace dd {
namespace ui {

namespace {
constexpr int Marker = 14;
constexpr int RowHeight = 22;
constexpr int HeaderHeight = 22;
constexpr int MaxRows = 4;

QDate localDay(const DrillSummary &d)
{
    const QDateTime at = d.actualStart.isValid() ? d.actualStart : d.plannedStart;
    return at.toTimeZone(DrillRules::zone()).date();
}
} // namespace

DrillYearStrip::DrillYearStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("drillYearStrip"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize DrillYearStrip::sizeHint() const
{
    return {900, HeaderHeight + MaxRows * RowHeight + 28};
}

QSize DrillYearStrip::minimumSizeHint() const
{
    return {480, sizeHint().height()};
}

void DrillYearStrip::setYear(int year, const QList<DrillSummary> &drills, const QDate &today)
{
    m_year = year;
    m_drills.clear();
    for (const DrillSummary &d : drills)
        if (localDay(d).isValid() && localDay(d).year() == year)
            m_drills << d;
    std::sort(m_drills.begin(), m_drills.end(), [](const DrillSummary &a, const DrillSummary &b) {
        return localDay(a) < localDay(b);
    });
    // Stack markers closer than two weeks onto separate rows.
    m_rows.clear();
    QList<QDate> lastInRow(MaxRows);
    for (const DrillSummary &d : std::as_const(m_drills)) {
        int row = 0;
        while (row < MaxRows - 1 && lastInRow[row].isValid()
               && lastInRow[row].daysTo(localDay(d)) < 14)
            ++row;
        lastInRow[row] = localDay(d);
        m_rows << row;
    }
    m_today = today;
    update();
}

QRectF DrillYearStrip::lane() const
{
    return QRectF(8, HeaderHeight, width() - 16, MaxRows * RowHeight + 6);
}

double DrillYearStrip::xOf(const QDate &day) const
{
    const QRectF l = lane();
    const QDate first(m_year, 1, 1);
    const double days = first.daysInYear();
    return l.left() + l.width() * (first.daysTo(day) + 0.5) / days;
}

QRectF DrillYearStrip::markerRect(int index) const
{
    const double x = xOf(localDay(m_drills[index]));
    const double y = lane().top() + 4 + m_rows[index] * RowHeight;
    return QRectF(x - Marker / 2.0, y, Marker, Marker);
}

void DrillYearStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF l = lane();
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.base());
    if (m_year == 0)
        return;
    // Half-years.
    const double mid =
        xOf(QDate(m_year, 7, 1)) - 0.5 * l.width() / QDate(m_year, 1, 1).daysInYear();
    p.fillRect(QRectF(l.left(), l.top(), mid - l.left(), l.height()), QColor(0xe3, 0xf2, 0xfd));
    p.fillRect(QRectF(mid, l.top(), l.right() - mid, l.height()), QColor(0xf3, 0xe5, 0xf5));
    // Months.
    p.setPen(pal.color(QPalette::Mid));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    for (int m = 1; m <= 12; ++m) {
        const QDate first(m_year, m, 1);
        const double x0 = xOf(first) - 0.5 * l.width() / first.daysInYear();
        const double x1 = m == 12
                              ? l.right()
                              : xOf(QDate(m_year, m + 1, 1)) - 0.5 * l.width() / first.daysInYear();
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(QPointF(x0, l.top() - 4), QPointF(x0, l.bottom()));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(x0, 0, x1 - x0, HeaderHeight), Qt::AlignCenter,
                   QLocale().monthName(m, QLocale::ShortFormat));
    }
    p.setPen(QPen(QColor(0x37, 0x47, 0x4f), 2));
    p.drawLine(QPointF(mid, l.top() - 6), QPointF(mid, l.bottom()));
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(l.left() + 4, l.bottom() + 2, 200, 20), Qt::AlignLeft | Qt::AlignVCenter,
               halfYearName({m_year, 1}));
    p.drawText(QRectF(mid + 4, l.bottom() + 2, 200, 20), Qt::AlignLeft | Qt::AlignVCenter,
               halfYearName({m_year, 2}));
    // Markers.
    for (int i = 0; i < m_drills.size(); ++i) {
        const DrillSummary &d = m_drills[i];
        const QRectF r = markerRect(i);
        QColor colour(0x15, 0x65, 0xc0);
        if (d.status == DrillStatus::Completed)
            colour = QColor(0x2e, 0x7d, 0x32);
        else if (d.status == DrillStatus::Draft)
            colour = QColor(0x75, 0x75, 0x75);
        else if (d.status == DrillStatus::Cancelled)
            colour = QColor(0x9e, 0x9e, 0x9e);
        p.setPen(QPen(colour, 2, d.status == DrillStatus::Draft ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(d.status == DrillStatus::Completed ? QBrush(colour) : QBrush(pal.base()));
        p.drawEllipse(r);
        if (d.status == DrillStatus::Cancelled) {
            p.drawLine(r.topLeft(), r.bottomRight());
            p.drawLine(r.topRight(), r.bottomLeft());
        }
        if (d.overdueActions > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xb3, 0x26, 0x1e));
            p.drawEllipse(QRectF(r.right() - 4, r.top() - 3, 7, 7));
        }
        // Short title beside the marker when there is room.
        p.setPen(pal.color(QPalette::Text));
        const QString label = p.fontMetrics().elidedText(d.title, Qt::ElideRight, 110);
        p.drawText(QRectF(r.right() + 3, r.top() - 3, 112, Marker + 6),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    // Today.
    if (m_today.isValid() && m_today.year() == m_year) {
        const double x = xOf(m_today);
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(QPointF(x, l.top() - 6), QPointF(x, l.bottom() + 2));
        p.drawText(QRectF(x + 3, l.bottom() + 2, 120, 20), Qt::AlignLeft | Qt::AlignVCenter,
                   DrillUi::tr("today"));
    }
}

qint64 DrillYearStrip::drillAt(const QPoint &pos) const
{
    for (int i = int(m_drills.size()) - 1; i >= 0; --i)
        if (markerRect(i).adjusted(-3, -3, 3, 3).contains(pos))
            return m_drills[i].id;
    return 0;
}

bool DrillYearStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = drillAt(help->pos());
        for (const DrillSummary &d : std::as_const(m_drills)) {
            if (d.id != id)
                continue;
            QString text = QStringLiteral("%1\n%2 · %3")
                               .arg(d.title, drillStatusName(d.status),
                                    DrillUi::localText(d.actualStart.isValid() ? d.actualStart
                                                                               : d.plannedStart));
            if (d.overdueActions > 0)
                text +=
                    QStringLiteral("\n")
                    + DrillUi::tr("%n overdue improvement action(s)", nullptr, d.overdueActions);
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void DrillYearStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (const qint64 id = drillAt(event->position().toPoint()); id != 0)
        emit drillActivated(id);
    QWidget::mouseReleaseEvent(event);
}

} // namespace ui
} // namespace dd
