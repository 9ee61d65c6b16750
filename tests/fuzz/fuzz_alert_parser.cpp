// libFuzzer target for the monitoring intake's JSON parsing (scripts/fuzz builds and runs it).
// Every input goes to each of the three formats; the parser must never crash, hang or leak,
// and what it accepts must satisfy its own promises (a fingerprint and a title per alert).
#include "intake/alert_parser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (dd::AlertFormat format : dd::allAlertFormats()) {
        auto alerts = dd::AlertParser::parse(format, body);
        if (!alerts) {
            if (alerts.error().isEmpty())
                std::abort(); // a refusal always says why
            continue;
        }
        if (alerts->size() > dd::AlertParser::MaxAlertsPerBody)
            std::abort();
        for (const dd::Alert &a : *alerts) {
            if (a.fingerprint.isEmpty() || a.title.isEmpty())
                std::abort();
            (void)dd::alertStatusId(a.status);
        }
    }
    return 0;
}
