#include "incidents/zoned_time_edit.h"

namespace dd {
namespace ui {

ZonedTimeEdit::ZonedTimeEdit(QWidget *parent)
    : QDateTimeEdit(parent)
{
    setTimeSpec(Qt::UTC);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    setCalendarPopup(true);
}

void ZonedTimeEdit::setZone(const QTimeZone &zone)
{
    const QDateTime keep = instant();
    m_zone = zone;
    setToolTip(QString::fromUtf8(zone.id()));
    setInstant(keep);
}

void ZonedTimeEdit::setInstant(const QDateTime &instant)
{
    const QDateTime local = instant.toTimeZone(m_zone);
    setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
}

QDateTime ZonedTimeEdit::instant() const
{
    const QDateTime wall = dateTime();
    return QDateTime(wall.date(), wall.time(), m_zone).toUTC();
}

QString ZonedTimeEdit::isoWithOffset(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toOffsetFromUtc(zone.offsetFromUtc(instant)).toString(Qt::ISODate);
}

} // namespace ui
} // namespace dd
