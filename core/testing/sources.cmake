# System testing (issue 11): test plans in the simulation and production environments.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/test_register.h ${CMAKE_CURRENT_LIST_DIR}/test_register.cpp
)
