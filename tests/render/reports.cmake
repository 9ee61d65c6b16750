# Rendered reports to PDF, ODT, HTML and text (issue 7). The PDF text layer is read with the
# handbook tests' reader, the ODT zip with zlib.
find_package(ZLIB REQUIRED)
dd_add_test(test_report_writer render MAIN gui
    SOURCES test_report_pdf.cpp test_report_files.cpp test_report_sample.h
            test_handbook_pdf_text.cpp test_handbook_pdf_text.h
    LIBS dutydesk_render ZLIB::ZLIB)
