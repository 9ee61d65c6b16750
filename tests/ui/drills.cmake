# The drills page (ui/drills): year view with H1/H2 compliance, plan and record editor,
# findings board, training register, with screenshots of each tab in zh_CN and en.
dd_add_test(test_ui_drills ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_drills_fixture.h
        test_drills_page.cpp
        test_drills_screenshots.cpp
    LIBS dutydesk_ui Qt6::Test)
