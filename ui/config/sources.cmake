# The configuration management page (issue 11): items by kind, the item editor, relations
# graph, impact, history, links, and the configuration audits. Registered as "config".
target_sources(dutydesk_ui PRIVATE
    config/config_audits_panel.cpp config/config_audits_panel.h
    config/config_detail.cpp config/config_detail.h
    config/config_graph.cpp config/config_graph.h
    config/config_item_dialog.cpp config/config_item_dialog.h
    config/config_item_model.cpp config/config_item_model.h
    config/config_page.cpp config/config_page.h
    config/config_small_dialogs.cpp config/config_small_dialogs.h
)
