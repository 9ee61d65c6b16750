# Precompiled headers: the Qt, standard-library and GoogleTest headers nearly every source
# includes. Parsing them dominates a Debug build (CI builds everything twice, once under
# sanitizers), so each library precompiles its set once and the test executables reuse one
# shared set per kind instead of parsing Qt again in every file.
option(DUTYDESK_PCH "Precompile the common Qt, standard and test headers" ON)

set(DD_PCH_CORE
    <algorithm> <functional> <memory> <optional> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QJsonValue> <QList> <QMap> <QObject> <QSet> <QSqlDatabase> <QSqlError>
    <QSqlQuery> <QString> <QStringList> <QTime> <QTimeZone> <QVariant>)
set(DD_PCH_GUI ${DD_PCH_CORE} <QColor> <QFont> <QImage> <QPainter> <QTextDocument>)
set(DD_PCH_WIDGETS ${DD_PCH_GUI}
    <QAbstractTableModel> <QAction> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMessageBox>
    <QPlainTextEdit> <QPushButton> <QSortFilterProxyModel> <QTableView> <QTableWidget>
    <QTimer> <QToolButton> <QVBoxLayout> <QWidget>)
set(DD_PCH_TEST <gtest/gtest.h> <gmock/gmock.h>)

# dd_precompile(TARGET core|gui|widgets)
function(dd_precompile target kind)
    if(NOT DUTYDESK_PCH)
        return()
    endif()
    string(TOUPPER ${kind} kind)
    target_precompile_headers(${target} PRIVATE ${DD_PCH_${kind}})
endfunction()

# One precompiled set per kind of test executable (core, gui, widgets) and test folder, reused
# by every test of that kind there: dd_test_pch(TARGET KIND). Per folder because QtTest defines
# the folder in QT_TESTCASE_BUILDDIR/SOURCEDIR, and a precompiled header is only used where
# every macro is defined as it was when it was made (every test links QtTest).
function(dd_test_pch target kind)
    if(NOT DUTYDESK_PCH)
        return()
    endif()
    get_filename_component(folder ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    set(base dd_test_pch_${folder}_${kind})
    if(NOT TARGET ${base})
        string(TOUPPER ${kind} upper)
        add_library(${base} STATIC ${PROJECT_SOURCE_DIR}/cmake/pch_anchor.cpp)
        target_link_libraries(${base} PRIVATE dutydesk_testsupport dutydesk_test_main_${kind}
            GTest::gtest GTest::gmock Qt6::Test)
        if(kind STREQUAL "widgets")
            target_link_libraries(${base} PRIVATE dutydesk_ui)
        elseif(kind STREQUAL "gui")
            target_link_libraries(${base} PRIVATE dutydesk_render)
        endif()
        target_precompile_headers(${base} PRIVATE ${DD_PCH_${upper}} ${DD_PCH_TEST})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${base})
endfunction()
