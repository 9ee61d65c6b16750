# Configuration, change, testing and delivery (issue 11).
dd_add_test(test_changes core SOURCES changes_fixture.h test_config.cpp test_changes.cpp
    test_testing_delivery.cpp)
