# The dashboard (issue 8): status, open incidents with countdowns, who is on duty, readiness
# and trend charts (QtCharts; aggregate queries in a worker thread via QtConcurrent).
target_sources(dutydesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chart_builders.cpp ${CMAKE_CURRENT_LIST_DIR}/chart_builders.h
    ${CMAKE_CURRENT_LIST_DIR}/dashboard_charts.cpp ${CMAKE_CURRENT_LIST_DIR}/dashboard_charts.h
    ${CMAKE_CURRENT_LIST_DIR}/dashboard_page.cpp ${CMAKE_CURRENT_LIST_DIR}/dashboard_page.h
    ${CMAKE_CURRENT_LIST_DIR}/duty_summary_panel.cpp ${CMAKE_CURRENT_LIST_DIR}/duty_summary_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/my_action_card.cpp ${CMAKE_CURRENT_LIST_DIR}/my_action_card.h
    ${CMAKE_CURRENT_LIST_DIR}/open_incidents_panel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/open_incidents_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/readiness_summary.cpp ${CMAKE_CURRENT_LIST_DIR}/readiness_summary.h
    ${CMAKE_CURRENT_LIST_DIR}/status_banner.cpp ${CMAKE_CURRENT_LIST_DIR}/status_banner.h
)
target_link_libraries(dutydesk_ui PUBLIC Qt6::Charts Qt6::Concurrent)
