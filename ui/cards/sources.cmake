target_sources(dutydesk_ui PRIVATE
    cards/card_people_chooser.cpp cards/card_people_chooser.h
    cards/cards_page.cpp cards/cards_page.h
)
