# Delivery (issue 11): checklist, training of the operations staff, plan and records.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/delivery_register.h ${CMAKE_CURRENT_LIST_DIR}/delivery_register.cpp
)
