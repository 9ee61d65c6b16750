# Report templates (issue 7): the template model, the engine (parse, check, render), the library
# of built-in and custom templates, and the data contexts templates are rendered against.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/report_template.cpp ${CMAKE_CURRENT_LIST_DIR}/report_template.h
    ${CMAKE_CURRENT_LIST_DIR}/report_engine.cpp ${CMAKE_CURRENT_LIST_DIR}/report_engine.h
    ${CMAKE_CURRENT_LIST_DIR}/template_scanner.cpp ${CMAKE_CURRENT_LIST_DIR}/template_scanner.h
    ${CMAKE_CURRENT_LIST_DIR}/template_check.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_render.cpp
    ${CMAKE_CURRENT_LIST_DIR}/template_library.cpp ${CMAKE_CURRENT_LIST_DIR}/template_library.h
    ${CMAKE_CURRENT_LIST_DIR}/report_contexts.cpp ${CMAKE_CURRENT_LIST_DIR}/report_contexts.h
    ${CMAKE_CURRENT_LIST_DIR}/report_format.cpp ${CMAKE_CURRENT_LIST_DIR}/report_format.h
    ${CMAKE_CURRENT_LIST_DIR}/context_builders.h
    ${CMAKE_CURRENT_LIST_DIR}/context_incident.cpp
    ${CMAKE_CURRENT_LIST_DIR}/context_other.cpp
)
# The built-in templates, read by TemplateLibrary as :/dutydesk/templates/reports/<id>.mustache.
file(GLOB _dd_report_templates CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/resources/templates/reports/*.mustache)
qt_add_resources(dutydesk_core dutydesk_report_templates
    PREFIX /dutydesk/templates/reports
    BASE ${PROJECT_SOURCE_DIR}/resources/templates/reports
    FILES ${_dd_report_templates})
