# dutyctl readiness: exit codes, JSON and --at.
dd_add_test(test_cli_readiness cli SOURCES ../core/readiness_fixture.h test_cli_readiness.cpp)
add_dependencies(test_cli_readiness dutyctl)
target_compile_definitions(test_cli_readiness PRIVATE DUTYCTL="$<TARGET_FILE:dutyctl>")
