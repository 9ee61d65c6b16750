dd_add_test(test_cli_drills cli SOURCES test_cli_drills.cpp)
add_dependencies(test_cli_drills dutyctl)
target_compile_definitions(test_cli_drills PRIVATE DUTYCTL="$<TARGET_FILE:dutyctl>")
