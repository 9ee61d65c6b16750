# The emergency preparation page (issue 9): plan register, documents and backups, supplies and
# budget. PlansPage is registered by the lead in the page registry as "plans".
target_sources(dutydesk_ui PRIVATE
    plans/inventory_dialogs.cpp plans/inventory_dialogs.h
    plans/inventory_panels.cpp plans/inventory_panels.h
    plans/plan_dialogs.cpp plans/plan_dialogs.h
    plans/plan_log_panels.cpp plans/plan_log_panels.h
    plans/plan_panel.cpp plans/plan_panel.h
    plans/plans_page.cpp plans/plans_page.h
    plans/register_dialog.cpp plans/register_dialog.h
    plans/register_table.cpp plans/register_table.h
)
