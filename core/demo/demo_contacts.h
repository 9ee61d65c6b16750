#pragma once

#include "common/result.h"
#include "demo/demo_generator.h"

namespace dd {

class Backend;

// The handbook of the fictional company: departments and related units, about forty people
// (a thousand at the large scale), the emergency organization with its key tasks, the
// succession order, the notification contacts and the service agreements.
Result<qint64> seedDemoContacts(Backend &backend, DemoScale scale);

// The contact id of a demo person by name (for the roster step); 0 when missing.
qint64 demoContactId(Backend &backend, const QString &name);

} // namespace dd
