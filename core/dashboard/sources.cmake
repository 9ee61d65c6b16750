target_sources(dutydesk_core PRIVATE
    dashboard/dashboard_stats.cpp dashboard/dashboard_stats.h
)
