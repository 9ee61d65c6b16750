#pragma once

class QWidget;

namespace dd {
class Backend;
}

namespace dd {
namespace ui {

// Asks where to put a backup of the open database and writes it (a consistent copy made by
// the database itself). Says how it went in a message box; true when a backup was written.
bool backUpDatabaseInteractively(Backend &backend, QWidget *parent);

} // namespace ui
} // namespace dd
