dd_add_test(test_readiness core SOURCES readiness_fixture.h test_readiness.cpp)
target_compile_definitions(test_readiness PRIVATE
    DD_READINESS_TEMPLATES="${PROJECT_SOURCE_DIR}/resources/templates/reports")
