target_sources(dutydesk_ui PRIVATE
    organization/agreement_dialog.cpp organization/agreement_dialog.h
    organization/agreement_table_model.cpp organization/agreement_table_model.h
    organization/agreements_panel.cpp organization/agreements_panel.h
    organization/communication_dialog.cpp organization/communication_dialog.h
    organization/contact_chooser.cpp organization/contact_chooser.h
    organization/contact_directory.cpp organization/contact_directory.h
    organization/notification_panel.cpp organization/notification_panel.h
    organization/organization_panel.cpp organization/organization_panel.h
    organization/organization_tab.cpp organization/organization_tab.h
    organization/organization_tabs.cpp organization/organization_tabs.h
    organization/position_dialog.cpp organization/position_dialog.h
    organization/succession_panel.cpp organization/succession_panel.h
)
