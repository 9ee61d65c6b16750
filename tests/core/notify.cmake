# Notification channels and the outbox (issue 10); shift reminders through them (issue 4).
dd_add_test(test_notify core SOURCES test_notify_fixture.h test_notify_format.cpp
    test_notify_channels.cpp test_notify_outbox.cpp test_notify_escalation.cpp
    test_notify_shift_reminders.cpp LIBS Qt6::Test Qt6::Network)
