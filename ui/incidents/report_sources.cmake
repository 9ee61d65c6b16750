# Incident workspace additions (issue 11): the configuration items an incident affected, their
# dependents and recent changes, and the item chooser shared with the declaration dialog and the
# test plans.
target_sources(dutydesk_ui PRIVATE
    incidents/affected_items_panel.cpp incidents/affected_items_panel.h
    incidents/config_item_checklist.cpp incidents/config_item_checklist.h
)
