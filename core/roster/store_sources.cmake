# The roster's storage, JSON import/export and calendar/spreadsheet exports.
target_sources(dutydesk_core PRIVATE
    roster/roster_export.cpp roster/roster_export.h
    roster/roster_import.cpp
    roster/roster_json.cpp roster/roster_json.h
    roster/roster_json_fields.cpp roster/roster_json_parser.h
    roster/roster_repository.cpp roster/roster_repository.h
    roster/roster_store_rows.cpp roster/roster_store_rows.h
    roster/roster_swaps.cpp
    roster/roster_validation.cpp roster/roster_validation.h
)
