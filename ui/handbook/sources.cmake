target_sources(dutydesk_ui PRIVATE
    handbook/contact_dialog.cpp handbook/contact_dialog.h
    handbook/contact_filter_proxy.cpp handbook/contact_filter_proxy.h
    handbook/contact_table_model.cpp handbook/contact_table_model.h
    handbook/contacts_panel.cpp handbook/contacts_panel.h
    handbook/contacts_panel_actions.cpp
    handbook/distribution_dialog.cpp handbook/distribution_dialog.h
    handbook/handbook_dates.cpp handbook/handbook_dates.h
    handbook/handbook_page.cpp handbook/handbook_page.h
    handbook/import_dialog.cpp handbook/import_dialog.h
    handbook/notices_dialog.cpp handbook/notices_dialog.h
    handbook/phone_field.cpp handbook/phone_field.h
    handbook/unit_dialog.cpp handbook/unit_dialog.h
    handbook/unit_tree.cpp handbook/unit_tree.h
)
