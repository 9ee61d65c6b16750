#include "dutyctl/cli.h"

namespace dd {
namespace cli {

int runHandbook(Context &ctx, const QStringList &)
{
    return ctx.failure(Context::tr("Not built yet."));
}

int runCards(Context &ctx, const QStringList &)
{
    return ctx.failure(Context::tr("Not built yet."));
}

} // namespace cli
} // namespace dd
