#pragma once

class QLabel;

namespace dd {
namespace ui {

// Makes `label` the large heading at the top of a page.
void stylePageTitle(QLabel *label);

} // namespace ui
} // namespace dd
