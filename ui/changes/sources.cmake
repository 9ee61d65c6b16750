# The system changes page (issue 11): board by state, calendar of windows with trading hours
# shaded, the change editor and the steps of each state. Registered as "changes".
target_sources(dutydesk_ui PRIVATE
    changes/change_action_dialog.cpp changes/change_action_dialog.h
    changes/change_board.cpp changes/change_board.h
    changes/change_dialog.cpp changes/change_dialog.h
    changes/change_editor.cpp changes/change_editor.h
    changes/change_format.cpp changes/change_format.h
    changes/changes_page.cpp changes/changes_page.h
    changes/window_calendar.cpp changes/window_calendar.h
)
