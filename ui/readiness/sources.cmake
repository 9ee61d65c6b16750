# The readiness page (issue 9).
target_sources(dutydesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/readiness_page.cpp ${CMAKE_CURRENT_LIST_DIR}/readiness_page.h
)
