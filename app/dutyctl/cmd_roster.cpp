#include "dutyctl/cli.h"

namespace dd {
namespace cli {

int runRoster(Context &ctx, const QStringList &)
{
    return ctx.failure(Context::tr("Not built yet."));
}

} // namespace cli
} // namespace dd
