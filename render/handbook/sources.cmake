# The contact handbook PDF and the emergency action cards.
target_sources(dutydesk_render PRIVATE
    handbook/action_cards.cpp handbook/action_cards.h
    handbook/card_layout.cpp handbook/card_layout.h
    handbook/handbook_pdf.cpp handbook/handbook_pdf.h
    handbook/qr_code.cpp handbook/qr_code.h
    handbook/text_fit.cpp handbook/text_fit.h)
