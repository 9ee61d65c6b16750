# dutyctl report list | check | render.
dd_add_test(test_cli_reports cli SOURCES test_cli_reports.cpp)
add_dependencies(test_cli_reports dutyctl)
target_compile_definitions(test_cli_reports PRIVATE DUTYCTL="$<TARGET_FILE:dutyctl>")
