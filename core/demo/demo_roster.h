#pragma once

#include "common/result.h"
#include "demo/demo_generator.h"

namespace dd {

class Backend;

// The 7×24 duty roster of the fictional company since the start of the year: rotations for
// every built-in duty role (12-hour system-administrator shifts, daily duty leaders, weekly IT
// leads), a holiday layer, overrides, some leave (one of which leaves a gap), an open swap and
// recent handover records.
Result<qint64> seedDemoRoster(Backend &backend, DemoScale scale);

} // namespace dd
