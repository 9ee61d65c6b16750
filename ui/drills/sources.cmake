# The drills page (issue 6): year view with H1/H2 compliance, plan and record editor, findings
# board, training register.
target_sources(dutydesk_ui PRIVATE
    drills/contact_picker.cpp drills/contact_picker.h
    drills/drill_dialogs.cpp drills/drill_dialogs.h
    drills/drill_editor.cpp drills/drill_editor.h
    drills/drill_plan_editor.cpp drills/drill_plan_editor.h
    drills/drill_record_editor.cpp drills/drill_record_editor.h
    drills/drill_ui.cpp drills/drill_ui.h
    drills/drill_year_strip.cpp drills/drill_year_strip.h
    drills/drill_year_view.cpp drills/drill_year_view.h
    drills/drills_page.cpp drills/drills_page.h
    drills/findings_board.cpp drills/findings_board.h
    drills/training_panel.cpp drills/training_panel.h
)
