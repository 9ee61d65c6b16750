# Contact import and export: CSV (Excel, UTF-8 or GB18030) and vCard 3.0 / 4.0.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/contact_csv.cpp ${CMAKE_CURRENT_LIST_DIR}/contact_csv.h
    ${CMAKE_CURRENT_LIST_DIR}/contact_import.cpp ${CMAKE_CURRENT_LIST_DIR}/contact_import.h
    ${CMAKE_CURRENT_LIST_DIR}/contact_import_apply.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vcard.cpp ${CMAKE_CURRENT_LIST_DIR}/vcard.h
    ${CMAKE_CURRENT_LIST_DIR}/vcard_reader.cpp)
