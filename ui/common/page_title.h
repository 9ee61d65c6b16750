#pragma once

class QLabel;

namespace dd::ui {

// Makes `label` the large heading at the top of a page.
void stylePageTitle(QLabel *label);

} // namespace dd::ui
