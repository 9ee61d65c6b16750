# The roster page (ui/roster), the rotation and escalation-policy editors and the incident's
# call list, with screenshots of each in zh_CN and en.
dd_add_test(test_ui_roster ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_roster_fixture.h
        test_roster_page.cpp
        test_roster_changes.cpp
        test_roster_call_notice.cpp
        test_roster_editors.cpp
        test_roster_screenshots.cpp
    LIBS dutydesk_ui Qt6::Test)
