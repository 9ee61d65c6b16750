# The configuration management page (ui/config): add through the dialog, a refused duplicate
# number, relations in the graph and the impact view, the kind filter, navigation, read-only
# mode, retranslation and screenshots of every tab in zh_CN and en.
dd_add_test(test_ui_config ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_config_page.cpp
    LIBS dutydesk_ui Qt6::Test)
