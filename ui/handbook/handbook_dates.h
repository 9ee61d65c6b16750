#pragma once

#include <QDate>
#include <QTimeZone>

namespace dd {
class Backend;
} // namespace dd

namespace dd {
namespace ui {

// The institution's time zone (Beijing time, fixed UTC+8) and today's date there: the day a
// contact is marked verified and from which staleness is counted.
QTimeZone institutionZone();
QDate institutionToday(Backend &backend);

} // namespace ui
} // namespace dd
