# The contact handbook core (issue 5): units, people, the emergency organization, agreements,
# phone numbers and the change notice.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/contact.cpp ${CMAKE_CURRENT_LIST_DIR}/contact.h
    ${CMAKE_CURRENT_LIST_DIR}/contact_records.cpp ${CMAKE_CURRENT_LIST_DIR}/contact_records.h
    ${CMAKE_CURRENT_LIST_DIR}/contact_repository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contact_repository.h
    ${CMAKE_CURRENT_LIST_DIR}/contact_repository_units.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contact_repository_org.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contact_repository_handbook.cpp
    ${CMAKE_CURRENT_LIST_DIR}/phone_numbers.cpp ${CMAKE_CURRENT_LIST_DIR}/phone_numbers.h
)
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/change_notice.cpp ${CMAKE_CURRENT_LIST_DIR}/change_notice.h
    ${CMAKE_CURRENT_LIST_DIR}/change_notice_library.cpp
    ${CMAKE_CURRENT_LIST_DIR}/change_notice_library.h)
qt_add_resources(dutydesk_core dutydesk_contacts_templates
    PREFIX /dutydesk/templates
    BASE ${PROJECT_SOURCE_DIR}/resources/templates
    FILES ${PROJECT_SOURCE_DIR}/resources/templates/handbook_change_notice.zh_CN.mustache
          ${PROJECT_SOURCE_DIR}/resources/templates/handbook_change_notice.en.mustache)
