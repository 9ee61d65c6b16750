dd_add_test(test_drills core SOURCES test_drill_fixture.h test_drill_rules.cpp
    test_drill_repository.cpp test_drill_findings.cpp test_drill_training.cpp
    test_drill_demo.cpp)
dd_add_test(test_drill_report_context core SOURCES test_drill_fixture.h
    test_drill_report_context.cpp)
