# The duty roster: value types and the pure roster algorithm.
target_sources(dutydesk_core PRIVATE
    roster/roster_types.cpp roster/roster_types.h
    roster/roster.cpp roster/roster.h
    roster/roster_index.cpp roster/roster_index.h
)
