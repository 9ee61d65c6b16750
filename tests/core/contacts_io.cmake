# Contact import and export: CSV (UTF-8, BOM, GB18030), vCard 3.0 / 4.0, all-or-nothing apply.
dd_add_test(test_contacts_io core SOURCES test_contacts_io_csv.cpp test_contacts_io_vcard.cpp
    test_contacts_io_apply.cpp)
target_compile_definitions(test_contacts_io PRIVATE
    CONTACTS_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/contacts")
