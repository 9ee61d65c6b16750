dd_add_test(test_phone_numbers core SOURCES test_phone_numbers.cpp)
dd_add_test(test_contacts core SOURCES test_contacts.cpp test_contacts_org.cpp
    test_contacts_handbook.cpp)
