# Monitoring intake (issue 10): alerts over HTTP (Alertmanager, Zabbix, generic JSON) become
# warnings. alert*.cpp depend on QtCore only (scripts/fuzz builds them alone).
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/alert.h ${CMAKE_CURRENT_LIST_DIR}/alert.cpp
    ${CMAKE_CURRENT_LIST_DIR}/alert_parser.h ${CMAKE_CURRENT_LIST_DIR}/alert_parser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/alert_parser_zabbix.cpp
    ${CMAKE_CURRENT_LIST_DIR}/alert_json.h ${CMAKE_CURRENT_LIST_DIR}/alert_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/intake_sources.h ${CMAKE_CURRENT_LIST_DIR}/intake_sources.cpp
    ${CMAKE_CURRENT_LIST_DIR}/alert_intake.h ${CMAKE_CURRENT_LIST_DIR}/alert_intake.cpp
    ${CMAKE_CURRENT_LIST_DIR}/intake_server.h ${CMAKE_CURRENT_LIST_DIR}/intake_server.cpp
)
