// PLACEHOLDER until the calendar lands.
#include "dutyctl/cli.h"

namespace dd::cli {
int runCalendar(Context &ctx, const QStringList &)
{
    return ctx.failure(QStringLiteral("not yet"));
}
} // namespace dd::cli
