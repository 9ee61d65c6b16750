#pragma once

#include <QIcon>
#include <QString>

namespace dd {
namespace ui {

// The application's icons by name: icon("incidents") is :/icons/incidents.svg (resources/icons).
QIcon icon(const QString &name);

} // namespace ui
} // namespace dd
