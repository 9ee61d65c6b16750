# The handbook page (ui/handbook): contacts tab, its dialogs and their screenshots.
dd_add_test(test_ui_handbook ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_handbook_fixture.h
        test_handbook_page.cpp
        test_handbook_dialogs.cpp
        test_handbook_screenshots.cpp
    LIBS dutydesk_ui Qt6::Test)
