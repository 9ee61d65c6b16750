#pragma once

class QTabWidget;

namespace dd {
namespace ui {

struct UiContext;

// Adds the emergency-organization tabs to the handbook page: "Organization" (decision and
// executive bodies), "Succession order" (决策递补顺序), "Notification contacts" (通报联络人) and
// "Agreements" (service agreements with related units). Each tab reads and writes through
// ContactRepository, is read-only when the context is or the signed-in actor lacks
// EditDutyData, and retranslates itself on QEvent::LanguageChange (tab titles included).
void addOrganizationTabs(QTabWidget *tabs, UiContext &context);

} // namespace ui
} // namespace dd
