# Rendered reports to PDF, ODT, HTML and SMS / IM text (issue 7).
target_sources(dutydesk_render PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/report_html.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_plain_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_style.cpp ${CMAKE_CURRENT_LIST_DIR}/report_style.h
    ${CMAKE_CURRENT_LIST_DIR}/report_writer.cpp ${CMAKE_CURRENT_LIST_DIR}/report_writer.h)
