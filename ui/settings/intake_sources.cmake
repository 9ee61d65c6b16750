# Issue 10, the console's side: monitoring intake and notification channels in the settings,
# the alert details of a warning in the incident workspace; shift reminders (issue 4).
target_sources(dutydesk_ui PRIVATE
    settings/integration_services.cpp settings/integration_services.h
    settings/intake_settings_box.cpp settings/intake_settings_box.h
    settings/intake_token_dialog.cpp settings/intake_token_dialog.h
    settings/channels_settings_box.cpp settings/channels_settings_box.h
    settings/shift_reminders_box.cpp settings/shift_reminders_box.h
    settings/channel_dialog.cpp settings/channel_dialog.h
    settings/channel_preferences_editor.cpp settings/channel_preferences_editor.h
    incidents/alert_details_panel.cpp incidents/alert_details_panel.h
)
