# Configuration management (issue 11): configuration items, relations, history, audits.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/config_item.h ${CMAKE_CURRENT_LIST_DIR}/config_item.cpp
    ${CMAKE_CURRENT_LIST_DIR}/config_registry.h ${CMAKE_CURRENT_LIST_DIR}/config_registry.cpp
)
# The demo step (core/demo/demo_generator.cpp calls seedDemoChanges).
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../demo/demo_changes.cpp ${CMAKE_CURRENT_LIST_DIR}/../demo/demo_changes.h)
