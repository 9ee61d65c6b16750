# The readiness evaluation (issue 9): on the large demo database that bench_dashboard_startup
# makes and keeps in this folder when it is there, else on the small demo company.
add_executable(bench_readiness bench_readiness.cpp)
target_link_libraries(bench_readiness PRIVATE dutydesk_core benchmark::benchmark)
target_compile_definitions(bench_readiness PRIVATE
    LARGE_DB="${CMAKE_CURRENT_BINARY_DIR}/dashboard-large.sqlite3")
