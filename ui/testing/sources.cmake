# System tests and deliveries (issue 11): test plans in simulation and production, deliveries
# with their checklist, training and records. Registered as "testing" in the page registry.
target_sources(dutydesk_ui PRIVATE
    testing/deliveries_panel.cpp testing/deliveries_panel.h
    testing/testing_page.cpp testing/testing_page.h
    testing/tests_panel.cpp testing/tests_panel.h
    testing/training_dialog.cpp testing/training_dialog.h
)
