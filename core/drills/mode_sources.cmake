# Drill mode: practice on a copy of the production database (core/drills/drill_mode.h).
target_sources(dutydesk_core PRIVATE
    drills/drill_mode.cpp drills/drill_mode.h
)
