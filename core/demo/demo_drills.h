#pragma once

#include "access/actor.h"
#include "common/result.h"

namespace dd {

class Backend;

// Drills and training of the fictional company: one completed drill in each half-year of 2025
// and in H1 2026, an approved plan for H2 2026, a draft for 2027, findings with improvement
// actions (one overdue since 2025), timelines, attendance and two training sessions. People
// come from the demo handbook (seedDemoContacts must have run).
Status seedDemoDrills(Backend &backend, const Actor &actor);

} // namespace dd
