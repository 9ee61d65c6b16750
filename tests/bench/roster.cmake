add_executable(bench_roster bench_roster.cpp)
target_link_libraries(bench_roster PRIVATE dutydesk_core benchmark::benchmark)
