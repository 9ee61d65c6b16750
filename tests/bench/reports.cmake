# Report templates to files (issue 7): the incident summary with a 500-entry timeline to PDF
# (needs QtGui: runs on the offscreen platform).
add_executable(bench_reports bench_reports.cpp)
target_link_libraries(bench_reports PRIVATE dutydesk_render benchmark::benchmark)
