#pragma once

#include "common/result.h"
#include "demo/demo_generator.h"

namespace dd {

class Backend;

// The configuration items of the fictional company's trading systems with their relations and
// last year's audit; changes in every state (one reviewed, one implemented two evenings ago on
// the database of today's incident, an emergency change approved inside trading hours, one
// approved, one awaiting approval, one incomplete draft); a completed production test and a
// planned simulation test; a delivery in progress. Today's open incident is linked to the
// items it affected.
Result<qint64> seedDemoChanges(Backend &backend, DemoScale scale);

} // namespace dd
