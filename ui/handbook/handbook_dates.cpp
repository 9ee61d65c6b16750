#include "handbook/handbook_dates.h"

#include "app/backend.h"

namespace dd {
namespace ui {

QTimeZone institutionZone()
{
    return QTimeZone(8 * 3600);
}

QDate institutionToday(Backend &backend)
{
    return backend.clock().now().toTimeZone(institutionZone()).date();
}

} // namespace ui
} // namespace dd
