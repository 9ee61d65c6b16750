target_sources(dutydesk_ui PRIVATE
    roster/export_scope_dialog.cpp roster/export_scope_dialog.h
    roster/handovers_panel.cpp roster/handovers_panel.h
    roster/on_duty_panel.cpp roster/on_duty_panel.h
    roster/roster_change_dialog.cpp roster/roster_change_dialog.h
    roster/roster_page.cpp roster/roster_page.h roster/roster_page_actions.cpp
    roster/roster_snapshot.cpp roster/roster_snapshot.h
    roster/roster_timeline.cpp roster/roster_timeline.h
)
