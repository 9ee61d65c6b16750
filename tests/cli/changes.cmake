# dutyctl ci and change: lists, show, the trading-hours window check and its exit codes.
dd_add_test(test_cli_changes cli SOURCES test_cli_changes.cpp)
add_dependencies(test_cli_changes dutyctl)
target_compile_definitions(test_cli_changes PRIVATE DUTYCTL="$<TARGET_FILE:dutyctl>")
