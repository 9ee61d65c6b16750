# The emergency organization tabs of the handbook (ui/organization) and the action-card
# designer (ui/cards), with screenshots of both in zh_CN and en.
dd_add_test(test_ui_organization ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_organization_fixture.h
        test_organization_tabs.cpp
        test_organization_forms.cpp
        test_organization_screenshots.cpp
        test_cards_page.cpp
    LIBS dutydesk_ui Qt6::Test)
