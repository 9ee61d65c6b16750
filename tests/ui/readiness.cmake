# The readiness page (ui/readiness), with screenshots in zh_CN and en.
dd_add_test(test_ui_readiness ui MAIN widgets
    SOURCES ui_fixture.h ../core/readiness_fixture.h test_readiness_page.cpp
    LIBS dutydesk_ui Qt6::Test)
