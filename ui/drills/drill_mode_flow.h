#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace dd {
namespace ui {

struct UiContext;

// "Start drill mode…": asks which approved or in-progress drill, makes the drill database
// (DrillMode::start: a copy; production is only read) and returns its path for the shell to
// switch to. nullopt when cancelled or refused (the reason was shown).
std::optional<QString> startDrillModeInteractively(UiContext &context, QWidget *parent);

// "Leave drill mode…": shows the drill incidents' timeline entries, and on "add and leave"
// opens the production database just long enough to add them to the drill record (signed by
// the same operator there), notes that in the drill database, and returns the production path
// for the shell to switch back to. nullopt when the person stays (or carrying failed: the
// console stays in drill mode so nothing is lost).
std::optional<QString> leaveDrillModeInteractively(UiContext &context, QWidget *parent);

} // namespace ui
} // namespace dd
