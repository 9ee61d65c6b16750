#pragma once

#include <QDateTimeEdit>
#include <QTimeZone>

namespace dd {
namespace ui {

// A date and time edited as the wall-clock time of a given time zone (the institution's),
// whatever the computer's own zone. Qt 6.4's QDateTimeEdit knows only Qt::TimeSpec, so the
// wall-clock time is held as if it were UTC and converted on the way in and out.
class ZonedTimeEdit : public QDateTimeEdit {
    Q_OBJECT
public:
    explicit ZonedTimeEdit(QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone);
    QTimeZone zone() const { return m_zone; }
    void setInstant(const QDateTime &instant); // any spec; shown in zone()
    QDateTime instant() const;                 // UTC
    // ISO 8601 with the zone's offset at that instant: "2026-03-02T10:15:00+08:00".
    static QString isoWithOffset(const QDateTime &instant, const QTimeZone &zone);

private:
    QTimeZone m_zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
};

} // namespace ui
} // namespace dd
