# Drill mode in the console: banner, window titles, start/leave dialogs and the switch, with
# screenshots in zh_CN and en.
dd_add_test(test_drill_mode_ui ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_drill_mode_ui.cpp
    LIBS dutydesk_ui Qt6::Test)
