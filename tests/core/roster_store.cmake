dd_add_test(test_roster_store core
    SOURCES test_roster_store.cpp test_roster_store_swaps.cpp test_roster_json.cpp
            test_roster_export.cpp test_roster_store_fixture.h
    LIBS PkgConfig::LIBICAL)
