#pragma once

#include <QString>

namespace dd {
namespace ui {

// A page that can show one thing inside itself when asked from elsewhere (the dashboard opens
// an incident's workspace; a readiness check opens the place where it is fixed). The target
// is page-specific text: an incident id, a tab name ("training"), "tab/item". MainWindow
// calls it after showing the page; an unknown target leaves the page as it is.
class NavigationTarget {
public:
    virtual ~NavigationTarget() = default;
    virtual bool navigateTo(const QString &target) = 0;
};

} // namespace ui
} // namespace dd
