# Preparation inventories (issue 9): technical documents and backups, spare parts and
# emergency supplies, emergency budget.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/inventory_register.h
    ${CMAKE_CURRENT_LIST_DIR}/inventory_register.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inventory_rules.cpp
)
