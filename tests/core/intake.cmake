# Monitoring intake (issue 10): parser, the HTTP endpoint on loopback, dedup/resolve, rate.
dd_add_test(test_intake core SOURCES test_intake_fixture.h test_intake_parser.cpp
    test_intake_server.cpp test_intake_rate.cpp LIBS Qt6::Test)
