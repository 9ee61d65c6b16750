#pragma once

#include "access/actor.h"
#include "common/result.h"

namespace dd {

class Backend;

// The preparation registers of the fictional company, relative to the backend clock's today:
// plan v2.1 (superseded) and v3.0 with all ten required contents in Chinese, both filed with
// the local CSRC bureau; the annual review 8 months before today; a review for each completed
// drill that asked for a plan update before that review (later ones stay pending, a realistic
// gap); report flows for every fault type; the five kinds of technical documents and backups,
// all checked; spare parts and emergency supplies, one expiring within 30 days and one whose
// stocktake is 8 months old; the emergency budget of the current year.
Status seedDemoPlans(Backend &backend, const Actor &actor);

} // namespace dd
