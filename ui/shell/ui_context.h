#pragma once

namespace dd {
class Backend;
class LanguageSwitcher;
} // namespace dd

namespace dd {
namespace ui {

class Session;

// What every page is given: the open database's services, who is signed in, the language
// switcher, and whether this window may write at all. Owned by main(); no globals.
struct UiContext {
    Backend &backend;
    Session &session;
    LanguageSwitcher &language;
    // The database is open read-only (screenshots, inspecting a copy): nothing writes.
    bool readOnly = false;
};

} // namespace ui
} // namespace dd
