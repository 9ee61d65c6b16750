# Notification channels (issue 10): webhook, WeCom, DingTalk, Feishu, e-mail; the outbox;
# shift reminders (issue 4) through them.
target_sources(dutydesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/channel.h ${CMAKE_CURRENT_LIST_DIR}/channel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secret_store.h ${CMAKE_CURRENT_LIST_DIR}/secret_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/channel_repository.h ${CMAKE_CURRENT_LIST_DIR}/channel_repository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/message_format.h ${CMAKE_CURRENT_LIST_DIR}/message_format.cpp
    ${CMAKE_CURRENT_LIST_DIR}/smtp_mailer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outbox.h ${CMAKE_CURRENT_LIST_DIR}/outbox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outbox_sender.h ${CMAKE_CURRENT_LIST_DIR}/outbox_sender.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shift_reminders.h ${CMAKE_CURRENT_LIST_DIR}/shift_reminders.cpp
)
