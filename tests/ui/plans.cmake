# The emergency preparation page (ui/plans): supply add/edit/delete through the dialogs, a plan
# section edit, navigation targets, read-only mode, retranslation and screenshots of each tab
# in zh_CN and en.
dd_add_test(test_ui_plans ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_plans_page.cpp
    LIBS dutydesk_ui Qt6::Test)
