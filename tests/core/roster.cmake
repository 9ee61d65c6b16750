dd_add_test(test_roster core SOURCES test_roster.cpp test_roster_property.cpp test_roster_types.cpp
    roster_fixture.h)
