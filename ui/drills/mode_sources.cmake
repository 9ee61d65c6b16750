# Drill mode in the console: start/leave dialogs and flows, the 演练 DRILL window marker.
target_sources(dutydesk_ui PRIVATE
    drills/drill_mode_dialogs.cpp drills/drill_mode_dialogs.h
    drills/drill_mode_flow.cpp drills/drill_mode_flow.h
    drills/drill_mode_marker.cpp drills/drill_mode_marker.h
)
