# Emergency plan register and preparation inventories (issue 9).
dd_add_test(test_plans core SOURCES test_drill_fixture.h test_plans.cpp test_inventory.cpp)
