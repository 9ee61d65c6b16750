#include "roster/roster_timeline.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace dd {
namespace ui {

namespace {

const QTimeZone Local(8 * 3600);
constexpr int LabelWidth = 150;
constexpr int HeaderHeight = 36;
constexpr int PrimaryHeight = 30;
constexpr int BackupHeight = 20;

QString span(const QDateTime &a, const QDateTime &b)
{
    const QString f = QStringLiteral("MM-dd HH:mm");
    return QStringLiteral("%1 – %2").arg(a.toTimeZone(Local).toString(f),
                                         b.toTimeZone(Local).toString(f));
}

} // namespace

RosterTimeline::RosterTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rosterTimeline"));
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void RosterTimeline::setSnapshot(const RosterSnapshot &snapshot, const QDate &firstDay, int days,
                                 const QDateTime &now)
{
    m_snapshot = snapshot;
    m_first = firstDay;
    m_days = qMax(1, days);
    m_now = now;
    m_rows.clear();
    m_blocks.clear();
    m_gaps.clear();
    if (m_snapshot.roster) {
        const Roster &roster = *m_snapshot.roster;
        m_blocks = roster.shifts(from(), to());
        m_gaps = roster.gaps(from(), to());
        for (const DutyRole &role : roster.data().roles) {
            m_rows.append({role.id, Slot::Primary, role.displayName()});
            bool backup = role.backupRequired;
            for (const ShiftBlock &b : m_blocks)
                backup =
                    backup || (b.roleId == role.id && b.slot == Slot::Backup && b.contactId != 0);
            if (backup)
                m_rows.append({role.id, Slot::Backup, tr("%1 (backup)").arg(role.displayName())});
        }
    }
    updateGeometry();
    update();
}

void RosterTimeline::setFlagged(const QList<std::pair<QDateTime, QDateTime>> &intervals)
{
    m_flagged = intervals;
    update();
}

QDateTime RosterTimeline::from() const
{
    return QDateTime(m_first, QTime(0, 0), Local).toUTC();
}

QDateTime RosterTimeline::to() const
{
    return QDateTime(m_first.addDays(m_days), QTime(0, 0), Local).toUTC();
}

QSize RosterTimeline::sizeHint() const
{
    int h = HeaderHeight;
    for (int i = 0; i < m_rows.size(); ++i)
        h += rowHeight(i);
    return {LabelWidth + 40 * qMax(7, m_days), h + 4};
}

QSize RosterTimeline::minimumSizeHint() const
{
    return {LabelWidth + 300, sizeHint().height()};
}

int RosterTimeline::rowHeight(int row) const
{
    return m_rows.at(row).slot == Slot::Primary ? PrimaryHeight : BackupHeight;
}

int RosterTimeline::rowTop(int row) const
{
    int y = HeaderHeight;
    for (int i = 0; i < row; ++i)
        y += rowHeight(i);
    return y;
}

int RosterTimeline::rowOf(qint64 roleId, Slot slot) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).roleId == roleId && m_rows.at(i).slot == slot)
            return i;
    return -1;
}

QRect RosterTimeline::chartRect() const
{
    return QRect(LabelWidth, HeaderHeight, qMax(1, width() - LabelWidth - 1),
                 qMax(1, height() - HeaderHeight));
}

double RosterTimeline::xOf(const QDateTime &t) const
{
    const QRect c = chartRect();
    const double total = double(from().secsTo(to()));
    const double at = double(from().secsTo(t));
    return c.left() + c.width() * qBound(0.0, at / total, 1.0);
}

QRect RosterTimeline::blockRect(int row, const QDateTime &start, const QDateTime &end) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const int x1 = int(xOf(start));
    const int x2 = int(xOf(end));
    return QRect(x1, rowTop(row) + 2, qMax(1, x2 - x1), rowHeight(row) - 4);
}

int RosterTimeline::rowAt(const QPoint &pos) const
{
    if (pos.y() < HeaderHeight || pos.x() < LabelWidth)
        return -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (pos.y() >= rowTop(i) && pos.y() < rowTop(i) + rowHeight(i))
            return i;
    return -1;
}

QDateTime RosterTimeline::timeAt(const QPoint &pos) const
{
    const QRect c = chartRect();
    const double f = qBound(0.0, double(pos.x() - c.left()) / c.width(), 1.0);
    const qint64 secs = qint64(f * double(from().secsTo(to())));
    // Whole minutes, as everything in the roster.
    return from().addSecs(secs - secs % 60);
}

std::optional<ShiftBlock> RosterTimeline::blockAt(const QPoint &pos) const
{
    const int row = rowAt(pos);
    if (row < 0)
        return std::nullopt;
    const QDateTime t = timeAt(pos);
    for (const ShiftBlock &b : m_blocks)
        if (b.roleId == m_rows.at(row).roleId && b.slot == m_rows.at(row).slot && b.contactId != 0
            && b.start <= t && t < b.end)
            return b;
    return std::nullopt;
}

std::optional<CoverageGap> RosterTimeline::gapAt(const QPoint &pos) const
{
    const int row = rowAt(pos);
    if (row < 0)
        return std::nullopt;
    const QDateTime t = timeAt(pos);
    for (const CoverageGap &g : m_gaps)
        if (g.roleId == m_rows.at(row).roleId && g.slot == m_rows.at(row).slot && g.start <= t
            && t < g.end)
            return g;
    return std::nullopt;
}

void RosterTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRect c = chartRect();
    const int bottom = m_rows.isEmpty() ? c.bottom() : rowTop(int(m_rows.size()));
    const double dayWidth = double(c.width()) / m_days;
    const QDate today = m_now.toTimeZone(Local).date();

    // Day columns: shading for days without trading, the header with day and weekday.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int d = 0; d < m_days; ++d) {
        const QDate day = m_first.addDays(d);
        const int x = int(c.left() + d * dayWidth);
        const int w = int(c.left() + (d + 1) * dayWidth) - x;
        const bool trading = m_snapshot.roster && m_snapshot.roster->calendar().isTradingDay(day);
        if (!trading)
            p.fillRect(QRect(x, 0, w, bottom), QColor(0xf1, 0xf1, 0xf4));
        if (day == today)
            p.fillRect(QRect(x, 0, w, HeaderHeight), QColor(0xdd, 0xe8, 0xfb));
        p.setPen(QColor(0xd0, 0xd0, 0xd6));
        p.drawLine(x, 0, x, bottom);
        p.setPen(palette().text().color());
        p.setFont(small);
        const QString dayText = dayWidth >= 60 ? QLocale().toString(day, QStringLiteral("M/d ddd"))
                                               : QString::number(day.day());
        p.drawText(QRect(x, 2, w, HeaderHeight / 2), Qt::AlignCenter, dayText);
        if (dayWidth < 60)
            p.drawText(QRect(x, HeaderHeight / 2, w, HeaderHeight / 2 - 2), Qt::AlignCenter,
                       QLocale().dayName(day.dayOfWeek(), QLocale::NarrowFormat));
    }

    // Row labels and separators.
    p.setFont(font());
    for (int i = 0; i < m_rows.size(); ++i) {
        const int y = rowTop(i);
        const Row &row = m_rows.at(i);
        QFont f = font();
        if (row.slot == Slot::Backup)
            f.setPointSizeF(f.pointSizeF() * 0.85);
        p.setFont(f);
        p.setPen(row.slot == Slot::Primary ? palette().text().color() : QColor(0x60, 0x60, 0x68));
        p.drawText(QRect(6, y, LabelWidth - 10, rowHeight(i)), Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetrics(f).elidedText(row.label, Qt::ElideRight, LabelWidth - 10));
        p.setPen(QColor(0xe2, 0xe2, 0xe8));
        p.drawLine(0, y, width(), y);
    }
    p.setPen(QColor(0xc0, 0xc0, 0xc8));
    p.drawLine(0, HeaderHeight, width(), HeaderHeight);
    p.drawLine(LabelWidth, 0, LabelWidth, bottom);

    // Hours flagged because an incident is open and nobody is on site.
    for (const auto &[a, b] : m_flagged) {
        const int x1 = int(xOf(a));
        const int x2 = int(xOf(b));
        p.fillRect(QRect(x1, HeaderHeight - 6, qMax(2, x2 - x1), 6), QColor(0xe6, 0x51, 0x00));
    }

    // Shifts.
    p.setFont(small);
    for (const ShiftBlock &b : m_blocks) {
        if (b.contactId == 0)
            continue;
        const QRect r = blockRect(rowOf(b.roleId, b.slot), b.start, b.end);
        if (r.isNull())
            continue;
        QColor colour = personColour(b.contactId);
        if (b.source == DutyAssignment::Source::Override)
            colour = colour.darker(112);
        p.setPen(colour.darker(140));
        p.setBrush(colour);
        p.drawRoundedRect(r.adjusted(0, 0, -1, -1), 3, 3);
        const QString name = m_snapshot.name(b.contactId);
        if (QFontMetrics(small).horizontalAdvance(name) + 4 <= r.width()) {
            p.setPen(Qt::black);
            p.drawText(r, Qt::AlignCenter, name);
        }
    }

    // Gaps: red hatching over the empty stretch.
    for (const CoverageGap &g : m_gaps) {
        const QRect r = blockRect(rowOf(g.roleId, g.slot), g.start, g.end);
        if (r.isNull())
            continue;
        p.setPen(QPen(QColor(0xb3, 0x26, 0x1e), 1));
        p.setBrush(QBrush(QColor(0xd3, 0x2f, 0x2f, 170), Qt::BDiagPattern));
        p.drawRect(r.adjusted(0, 0, -1, -1));
    }

    // Now.
    if (m_now >= from() && m_now < to()) {
        const int x = int(xOf(m_now));
        p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
        p.drawLine(x, HeaderHeight - 4, x, bottom);
    }
}

void RosterTimeline::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos);
    if (row < 0)
        return QWidget::mousePressEvent(event);
    if (auto block = blockAt(pos))
        emit blockClicked(*block, event->globalPosition().toPoint());
    else
        emit emptyClicked(m_rows.at(row).roleId, m_rows.at(row).slot, timeAt(pos),
                          event->globalPosition().toPoint());
}

bool RosterTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        if (auto b = blockAt(help->pos())) {
            text = tr("%1 %2\n%3\n%4")
                       .arg(m_snapshot.name(b->contactId), m_snapshot.phone(b->contactId),
                            span(b->start, b->end),
                            b->source == DutyAssignment::Source::Override ? tr("Override")
                                                                          : tr("Rotation"));
        } else if (auto g = gapAt(help->pos())) {
            text = g->leaveContactId
                       ? tr("Gap %1: %2 is on leave")
                             .arg(span(g->start, g->end), m_snapshot.name(g->leaveContactId))
                       : tr("Gap %1: nobody scheduled").arg(span(g->start, g->end));
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text.trimmed(), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace ui
} // namespace dd
