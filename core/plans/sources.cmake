# Emergency plan register (issue 9): plan versions with the ten required contents, report
# flows, review log and filing record; the demo plan register.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/plan_register.h ${CMAKE_CURRENT_LIST_DIR}/plan_register.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_register_log.cpp ${CMAKE_CURRENT_LIST_DIR}/plan_rules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/register_store.h ${CMAKE_CURRENT_LIST_DIR}/register_store.cpp
)
# The demo step (core/demo/demo_generator.cpp calls seedDemoPlans).
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../demo/demo_plans.cpp ${CMAKE_CURRENT_LIST_DIR}/../demo/demo_plans.h)
