# Readiness checks (issue 9): every "shall" the data can answer, evaluated as of one day.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/readiness_check.cpp ${CMAKE_CURRENT_LIST_DIR}/readiness_check.h
    ${CMAKE_CURRENT_LIST_DIR}/readiness.cpp ${CMAKE_CURRENT_LIST_DIR}/readiness.h
    ${CMAKE_CURRENT_LIST_DIR}/readiness_internal.h
    ${CMAKE_CURRENT_LIST_DIR}/readiness_periods.cpp ${CMAKE_CURRENT_LIST_DIR}/readiness_periods.h
    ${CMAKE_CURRENT_LIST_DIR}/readiness_organization.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readiness_contacts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readiness_roster.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readiness_drills.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readiness_plans.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readiness_inventory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readiness_report.h
    # The readiness report context (ReportContexts, core/reports).
    ${CMAKE_CURRENT_LIST_DIR}/../reports/context_readiness.cpp
)
