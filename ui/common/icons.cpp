#include "common/icons.h"

namespace dd {
namespace ui {

QIcon icon(const QString &name)
{
    // QIcon renders SVG at any size through the Qt SVG icon engine, so it stays sharp on
    // high-DPI screens.
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

} // namespace ui
} // namespace dd
