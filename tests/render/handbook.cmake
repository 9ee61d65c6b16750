# The contact handbook PDF and the emergency action cards. The PDF text layer is read with a
# small Flate/ToUnicode reader (zlib), so no poppler-utils are needed.
find_package(ZLIB REQUIRED)
dd_add_test(test_handbook render MAIN gui
    SOURCES test_handbook_pdf.cpp test_action_cards.cpp test_action_cards_layout.cpp
            test_handbook_pdf_text.cpp test_handbook_pdf_text.h test_handbook_sample.h
    LIBS dutydesk_render ZLIB::ZLIB)
