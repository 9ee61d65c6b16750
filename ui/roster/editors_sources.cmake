target_sources(dutydesk_ui PRIVATE
    roster/escalation_policies_panel.cpp roster/escalation_policies_panel.h
    roster/policy_dialog.cpp roster/policy_dialog.h
    roster/role_dialog.cpp roster/role_dialog.h
    roster/roles_panel.cpp roster/roles_panel.h
    roster/rotation_dialog.cpp roster/rotation_dialog.h
    roster/rotations_panel.cpp roster/rotations_panel.h
    incidents/call_list_panel.cpp incidents/call_list_panel.h
)
