#pragma once

#include "common/result.h"
#include "demo/demo_generator.h"

namespace dd {

class Backend;

// A year (small) or five years (large: 20,000+) of incidents and warnings with their timelines,
// reports and checklists, as a duty team would have recorded them.
Result<qint64> seedDemoIncidents(Backend &backend, DemoScale scale);

} // namespace dd
