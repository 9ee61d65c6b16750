# Drills and training core (issue 6): plans, records, findings and actions, attachments,
# compliance, retention, training, the drill report context and the demo drills.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/drill.cpp ${CMAKE_CURRENT_LIST_DIR}/drill.h
    ${CMAKE_CURRENT_LIST_DIR}/drill_store.cpp ${CMAKE_CURRENT_LIST_DIR}/drill_store.h
    ${CMAKE_CURRENT_LIST_DIR}/drill_repository.cpp ${CMAKE_CURRENT_LIST_DIR}/drill_repository.h
    ${CMAKE_CURRENT_LIST_DIR}/drill_repository_lifecycle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/drill_repository_findings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/drill_repository_training.cpp
    ${CMAKE_CURRENT_LIST_DIR}/drill_report_context.cpp
    ${CMAKE_CURRENT_LIST_DIR}/drill_report_variables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/drill_report_context.h
)
# The demo step (core/demo/demo_generator.cpp calls seedDemoDrills).
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../demo/demo_drills.cpp ${CMAKE_CURRENT_LIST_DIR}/../demo/demo_drills.h)
