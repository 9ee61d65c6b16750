# The readiness page (issue 9), its evaluation off the UI thread (also used by the dashboard)
# and the readiness periods box of the Settings page.
target_sources(dutydesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/readiness_page.cpp ${CMAKE_CURRENT_LIST_DIR}/readiness_page.h
    ${CMAKE_CURRENT_LIST_DIR}/readiness_evaluator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readiness_evaluator.h
    ${CMAKE_CURRENT_LIST_DIR}/readiness_periods_box.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readiness_periods_box.h
)
