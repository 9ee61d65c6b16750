# System change (issue 11): change requests, the four roles, windows outside trading hours.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/change_request.h ${CMAKE_CURRENT_LIST_DIR}/change_request.cpp
    ${CMAKE_CURRENT_LIST_DIR}/change_window.h ${CMAKE_CURRENT_LIST_DIR}/change_window.cpp
    ${CMAKE_CURRENT_LIST_DIR}/change_register.h ${CMAKE_CURRENT_LIST_DIR}/change_register.cpp
)
