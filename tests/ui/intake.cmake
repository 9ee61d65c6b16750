# Issue 10, the console's side: the monitoring intake and notification channel boxes in the
# settings (token shown once, secrets never shown back), the alert details of a warning and its
# promotion, and a real POST to the intake server started from the settings box that shows up
# in the incidents list. Screenshots of the boxes and dialogs in zh_CN and en.
dd_add_test(test_ui_intake ui MAIN widgets
    SOURCES
        ui_fixture.h
        test_incidents_fixture.h
        test_intake_ui.cpp
    LIBS dutydesk_ui Qt6::Test)
