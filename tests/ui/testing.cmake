# The tests and deliveries page (ui/testing) and the incident workspace's affected items
# (issue 11): a production test that may not start before its backup, announcement and staff
# are recorded, a delivery not accepted with a pending checklist entry, the workspace listing
# the incident's items and the change made two days before, the declaration linking items,
# navigation, read-only mode and screenshots in zh_CN and en.
dd_add_test(test_ui_testing ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_incidents_fixture.h
        test_testing_page.cpp
    LIBS dutydesk_ui Qt6::Test)
