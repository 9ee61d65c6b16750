# The report templates page (ui/reports): library, editor, live preview and outputs.
target_sources(dutydesk_ui PRIVATE
    reports/copy_template_dialog.cpp reports/copy_template_dialog.h
    reports/output_bar.cpp reports/output_bar.h
    reports/report_output.cpp reports/report_output.h
    reports/reports_page.cpp reports/reports_page.h
    reports/subject_chooser.cpp reports/subject_chooser.h
    reports/template_editor.cpp reports/template_editor.h
    reports/template_header_form.cpp reports/template_header_form.h
    reports/template_library_model.cpp reports/template_library_model.h
    reports/template_preview.cpp reports/template_preview.h
    reports/template_text_edit.cpp reports/template_text_edit.h
    reports/variable_reference.cpp reports/variable_reference.h
)
