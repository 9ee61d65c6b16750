# The system changes page (ui/changes): a draft through the editor on the board, submission
# refused with the missing parts, the in-trading-hours warning, the calendar's shading and
# hit-testing, the steps through to review, navigation, read-only mode, retranslation and
# screenshots of the board, the calendar and the editor in zh_CN and en.
dd_add_test(test_ui_changes ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_changes_page.cpp
    LIBS dutydesk_ui Qt6::Test)
