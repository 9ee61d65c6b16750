dd_add_test(test_dashboard_stats core SOURCES test_dashboard_stats.cpp test_dashboard_drills.cpp
    test_drill_fixture.h)
