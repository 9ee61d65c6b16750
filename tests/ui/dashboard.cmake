# The dashboard (ui/dashboard): live refresh from the change feed, countdowns, navigation from
# the incident table and the readiness list, screenshots in zh_CN and en at two window sizes.
dd_add_test(test_ui_dashboard ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_incidents_fixture.h
        test_dashboard.cpp
        test_dashboard_screenshots.cpp
    LIBS dutydesk_ui Qt6::Test)
