# Dashboard start-up (issue 8): `dutydesk --page dashboard --screenshot` on the large demo
# database against a bare Qt Widgets window that shows and grabs itself, both run as child
# processes from start to exit. Target: the ratio stays at or under 2.
# The large database is made once by dutyctl (demo --scale large) and kept in this folder.
if(DUTYDESK_BUILD_GUI)
    add_executable(bench_bare_window bare_window.cpp)
    target_link_libraries(bench_bare_window PRIVATE Qt6::Widgets)
    add_executable(bench_dashboard_startup bench_dashboard_startup.cpp)
    target_link_libraries(bench_dashboard_startup PRIVATE Qt6::Core benchmark::benchmark)
    target_compile_definitions(bench_dashboard_startup PRIVATE
        DUTYDESK_BIN="$<TARGET_FILE:dutydesk>"
        DUTYCTL_BIN="$<TARGET_FILE:dutyctl>"
        BARE_WINDOW_BIN="$<TARGET_FILE:bench_bare_window>"
        LARGE_DB="${CMAKE_CURRENT_BINARY_DIR}/dashboard-large.sqlite3"
        SHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}")
    add_dependencies(bench_dashboard_startup dutydesk dutyctl bench_bare_window)
endif()
