# The handbook PDF and the action cards (needs QtGui: runs on the offscreen platform).
add_executable(bench_handbook bench_handbook.cpp)
target_link_libraries(bench_handbook PRIVATE dutydesk_render benchmark::benchmark)
