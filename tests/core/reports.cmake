# Report templates (issue 7): engine, library, contexts and the built-in templates.
dd_add_test(test_reports core SOURCES test_report_engine.cpp test_report_check.cpp
    test_report_render.cpp)
dd_add_test(test_report_library core SOURCES test_report_library.cpp test_report_builtins.cpp)
target_compile_definitions(test_report_library PRIVATE
    DD_REPORT_GOLDEN_DIR="${CMAKE_CURRENT_SOURCE_DIR}/golden")
target_compile_definitions(test_reports PRIVATE
    DD_REPORT_GOLDEN_DIR="${CMAKE_CURRENT_SOURCE_DIR}/golden")
