#include "changes/window_calendar.h"

#include "changes/change_format.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace dd {
namespace ui {

namespace {

constexpr double Gutter = 48;
constexpr double Header = 40;

QColor blockColour(ChangeState state)
{
    switch (boardColumn(state)) {
    case BoardColumn::Draft: return QColor(0xe0, 0xe0, 0xe0);
    case BoardColumn::Submitted: return QColor(0xc5, 0xd8, 0xf5);
    case BoardColumn::Approved: return QColor(0xb9, 0xe4, 0xc0);
    case BoardColumn::Implementing: return QColor(0xff, 0xd8, 0x9e);
    case BoardColumn::AwaitingReview: return QColor(0xd9, 0xc8, 0xef);
    case BoardColumn::Done: return QColor(0xee, 0xee, 0xee);
    }
    return Qt::lightGray;
}

} // namespace

QColor windowCalendarShade()
{
    return QColor(0xfb, 0xe3, 0xc4);
}

WindowCalendar::WindowCalendar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("changesCalendarView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
}

void WindowCalendar::setWeek(const QDate &monday)
{
    m_monday = monday;
    layoutBlocks();
    update();
}

void WindowCalendar::setTradingIntervals(const QList<TradingInterval> &intervals)
{
    m_intervals = intervals;
    update();
}

void WindowCalendar::setChanges(const QList<ChangeSummary> &changes)
{
    m_changes = changes;
    layoutBlocks();
    update();
}

void WindowCalendar::setDayNotes(const QHash<QDate, QString> &notes)
{
    m_notes = notes;
    update();
}

void WindowCalendar::setToday(const QDate &today)
{
    m_today = today;
    update();
}

QSize WindowCalendar::sizeHint() const
{
    return {900, int(Header + 24 * 24)};
}

QSize WindowCalendar::minimumSizeHint() const
{
    return {500, int(Header + 24 * 14)};
}

double WindowCalendar::hourHeight() const
{
    return std::max(1.0, (height() - Header - 1) / 24.0);
}

QRectF WindowCalendar::dayArea(int dayIndex) const
{
    const double w = (width() - Gutter - 1) / 7.0;
    return QRectF(Gutter + dayIndex * w, Header, w, 24 * hourHeight());
}

QRectF WindowCalendar::slotRect(const QDate &day, const QTime &from, const QTime &to) const
{
    const int index = int(m_monday.daysTo(day));
    if (index < 0 || index > 6)
        return {};
    const QRectF area = dayArea(index);
    const double m = hourHeight() / 60.0;
    const double top = area.top() + from.msecsSinceStartOfDay() / 60000.0 * m;
    const double bottom = to.isValid() && to != QTime(0, 0)
                              ? area.top() + to.msecsSinceStartOfDay() / 60000.0 * m
                              : area.bottom();
    return QRectF(area.left(), top, area.width(), std::max(bottom - top, 2.0));
}

bool WindowCalendar::isShaded(const QDate &day, const QTime &time) const
{
    const QDateTime t = QDateTime(day, time, ChangeFormat::zone()).toUTC();
    return std::any_of(m_intervals.begin(), m_intervals.end(),
                       [&](const TradingInterval &i) { return i.start <= t && t < i.end; });
}

void WindowCalendar::layoutBlocks()
{
    m_blocks.clear();
    if (!m_monday.isValid())
        return;
    const QTimeZone zone = ChangeFormat::zone();
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_monday.addDays(d);
        const QDateTime dayStart(day, QTime(0, 0), zone);
        const QDateTime dayEnd = dayStart.addDays(1);
        struct Segment {
            QTime from, to;
            const ChangeSummary *change;
        };
        QList<Segment> segments;
        for (const ChangeSummary &c : m_changes) {
            if (!c.windowStart.isValid() || !c.windowEnd.isValid())
                continue;
            const QDateTime s = std::max(c.windowStart.toTimeZone(zone), dayStart);
            const QDateTime e = std::min(c.windowEnd.toTimeZone(zone), dayEnd);
            if (s >= e)
                continue;
            segments.append({s.time(), e == dayEnd ? QTime(0, 0) : e.time(), &c});
        }
        std::sort(segments.begin(), segments.end(),
                  [](const Segment &a, const Segment &b) { return a.from < b.from; });
        // Side by side when windows overlap: each segment takes the first free lane.
        QList<int> lanes;
        QList<int> laneEnds; // minutes
        for (const Segment &s : segments) {
            const int from = s.from.msecsSinceStartOfDay() / 60000;
            const int to = s.to == QTime(0, 0) ? 24 * 60 : s.to.msecsSinceStartOfDay() / 60000;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > from)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(to);
            else
                laneEnds[lane] = to;
            lanes.append(lane);
        }
        const int laneCount = std::max(1, int(laneEnds.size()));
        for (int i = 0; i < segments.size(); ++i) {
            QRectF r = slotRect(day, segments[i].from, segments[i].to);
            const double w = (r.width() - 6) / laneCount;
            r = QRectF(r.left() + 3 + lanes[i] * w, r.top(), w - 1, r.height());
            m_blocks.append({segments[i].change->id, r, *segments[i].change});
        }
    }
}

qint64 WindowCalendar::changeAt(const QPoint &pos) const
{
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it)
        if (it->rect.contains(pos))
            return it->id;
    return 0;
}

QList<QRectF> WindowCalendar::blocksOf(qint64 changeId) const
{
    QList<QRectF> rects;
    for (const Block &b : m_blocks)
        if (b.id == changeId)
            rects.append(b.rect);
    return rects;
}

void WindowCalendar::resizeEvent(QResizeEvent *event)
{
    layoutBlocks();
    QWidget::resizeEvent(event);
}

void WindowCalendar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_monday.isValid())
        return;
    const QTimeZone zone = ChangeFormat::zone();
    const QDate today = m_today;

    // Trading time, per day.
    for (const TradingInterval &i : m_intervals) {
        const QDateTime s = i.start.toTimeZone(zone), e = i.end.toTimeZone(zone);
        for (QDate d = s.date(); d <= e.date(); d = d.addDays(1)) {
            const QTime from = d == s.date() ? s.time() : QTime(0, 0);
            const QTime to = d == e.date() ? e.time() : QTime(0, 0);
            if (d == e.date() && to == QTime(0, 0))
                continue;
            const QRectF r = slotRect(d, from, to);
            if (!r.isNull())
                p.fillRect(r, windowCalendarShade());
        }
    }

    // Hour lines and labels.
    const QColor grid = palette().mid().color();
    p.setPen(palette().text().color());
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    const double hh = hourHeight();
    const int labelStep = hh < 14 ? 2 : 1;
    for (int h = 0; h <= 24; ++h) {
        const double y = Header + h * hh;
        p.setPen(QPen(grid, h % 6 == 0 ? 1.0 : 0.3));
        p.drawLine(QPointF(Gutter, y), QPointF(width() - 1, y));
        if (h < 24 && h % labelStep == 0) {
            p.setPen(palette().text().color());
            p.drawText(QRectF(0, y - 1, Gutter - 6, hh), Qt::AlignRight | Qt::AlignTop,
                       QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
        }
    }

    // Day columns and headers.
    QLocale locale;
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_monday.addDays(d);
        const QRectF area = dayArea(d);
        p.setPen(QPen(grid, 1));
        p.drawLine(area.topLeft() - QPointF(0, Header), area.bottomLeft());
        const QRectF head(area.left(), 0, area.width(), Header);
        if (day == today)
            p.fillRect(head.adjusted(1, 1, 0, -1), palette().highlight().color().lighter(170));
        p.setPen(palette().text().color());
        QFont bold = font();
        bold.setBold(day == today);
        p.setFont(bold);
        const QString name = tr("%1 %2").arg(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat),
                                             day.toString(QStringLiteral("MM-dd")));
        p.drawText(head.adjusted(2, 2, -2, -Header / 2), Qt::AlignCenter, name);
        p.setFont(small);
        QString note = m_notes.value(day);
        if (day == today)
            note = note.isEmpty() ? tr("today") : tr("today, %1").arg(note);
        p.drawText(head.adjusted(2, Header / 2, -2, -2), Qt::AlignCenter,
                   p.fontMetrics().elidedText(note, Qt::ElideRight, int(head.width()) - 4));
    }
    p.setPen(QPen(grid, 1));
    p.drawLine(QPointF(width() - 1, 0), QPointF(width() - 1, Header + 24 * hh));
    p.drawLine(QPointF(Gutter, Header), QPointF(width() - 1, Header));

    // Change windows.
    for (const Block &b : m_blocks) {
        const ChangeSummary &c = b.change;
        const bool danger = c.inTradingHours || c.urgency == ChangeUrgency::Emergency;
        p.setPen(QPen(danger ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x55, 0x55, 0x55),
                      b.id == m_selected ? 3.0 : (danger ? 2.0 : 1.0)));
        p.setBrush(blockColour(c.state));
        p.drawRoundedRect(b.rect, 3, 3);
        if (c.inTradingHours) {
            p.setBrush(QBrush(QColor(0xb0, 0x1c, 0x1c, 90), Qt::BDiagPattern));
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(b.rect, 3, 3);
        }
        const QStringList lines = blockLines(c);
        p.setPen(Qt::black);
        p.setFont(small);
        const QRectF text = b.rect.adjusted(3, 1, -2, -1);
        p.save();
        p.setClipRect(text);
        const double lh = p.fontMetrics().height();
        double y = text.top();
        for (const QString &line : lines) {
            if (y + lh > text.bottom() + 2 && y > text.top())
                break;
            p.drawText(QRectF(text.left(), y, text.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(line, Qt::ElideRight, int(text.width())));
            y += lh;
        }
        p.restore();
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

QStringList WindowCalendar::blockLines(const ChangeSummary &c)
{
    // The marks come right after the number: a one-hour block still shows them.
    QStringList lines{c.number};
    if (c.urgency == ChangeUrgency::Emergency && c.inTradingHours)
        lines << tr("⚠ Emergency · in trading hours");
    else if (c.urgency == ChangeUrgency::Emergency)
        lines << tr("⚠ Emergency");
    else if (c.inTradingHours)
        lines << tr("⚠ In trading hours");
    lines << c.title;
    return lines;
}

bool WindowCalendar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (const Block &b : m_blocks)
            if (b.rect.contains(help->pos())) {
                QStringList lines = blockLines(b.change);
                lines << ChangeFormat::window(b.change.windowStart, b.change.windowEnd)
                      << changeStateName(b.change.state);
                QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void WindowCalendar::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const qint64 id = changeAt(event->position().toPoint())) {
            m_selected = id;
            update();
            emit changeActivated(id);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void WindowCalendar::keyPressEvent(QKeyEvent *event)
{
    if (m_blocks.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    int index = -1;
    for (int i = 0; i < m_blocks.size(); ++i)
        if (m_blocks[i].id == m_selected)
            index = i;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        m_selected = m_blocks[(index + 1) % m_blocks.size()].id;
        update();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_selected = m_blocks[index <= 0 ? m_blocks.size() - 1 : index - 1].id;
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected)
            emit changeActivated(m_selected);
        return;
    default: QWidget::keyPressEvent(event);
    }
}

} // namespace ui
} // namespace dd
