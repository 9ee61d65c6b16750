# Drill mode: the drill database is a copy; production is never written during a drill.
dd_add_test(test_drill_mode core SOURCES test_drill_mode.cpp)
