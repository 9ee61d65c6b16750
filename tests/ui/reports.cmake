# The report templates page (ui/reports) and rendering a report for an obligation
# (ui/incidents/report_dialog), with their screenshots.
dd_add_test(test_ui_reports ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_incidents_fixture.h
        test_reports_page.cpp
        test_reports_dialog.cpp
    LIBS dutydesk_ui Qt6::Test)
