#pragma once

#include "drills/drill_mode.h"

#include <QString>

#include <functional>
#include <optional>

namespace dd {
class Backend;
class LanguageSwitcher;
} // namespace dd

namespace dd {
namespace ui {

class IntegrationServices;
class Session;

// What every page is given: the open database's services, who is signed in, the language
// switcher, and whether this window may write at all. Owned by main(); no globals.
struct UiContext {
    Backend &backend;
    Session &session;
    LanguageSwitcher &language;
    // The database is open read-only (screenshots, inspecting a copy): nothing writes.
    bool readOnly = false;
    // Set when the open database is a drill database (drill mode, DrillMode::session): every
    // window and every printed page carries the 演练 DRILL banner (PdfOptions::drillBanner).
    std::optional<DrillSession> drill = std::nullopt;
    // The intake server, notification channels and outbox of this database (issue 10): made
    // by the main window, or by the first page that needs them when a page is shown alone.
    IntegrationServices *integrations = nullptr;

    // Shows a page by registry id and, when given, a target inside it (NavigationTarget):
    // ("incidents", "42") opens incident 42's workspace. Set by MainWindow; false when the
    // page is unknown or no window is there to show it (tests of one page alone).
    std::function<bool(const QString &page, const QString &target)> navigate = nullptr;

    bool openPage(const QString &page, const QString &target = {}) const
    {
        return navigate ? navigate(page, target) : false;
    }

    bool drillMode() const { return drill.has_value(); }
};

} // namespace ui
} // namespace dd
