dd_add_test(test_escalation core SOURCES test_escalator.cpp test_escalation_policy.cpp
    test_escalation_service.cpp)
