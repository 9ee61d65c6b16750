# Windows installer (NSIS through CPack). Build on Windows with Qt 6.4+ from the Qt installer
# or vcpkg, run windeployqt on the installed dutydesk.exe (it adds the Qt DLLs, the sqlite and
# svg plugins and qtbase_zh_CN.qm), then `cpack -G NSIS` (or -G WIX for an MSI).
set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_DISPLAY_NAME "DutyDesk 应急值守台")
set(CPACK_NSIS_PACKAGE_NAME "DutyDesk")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\dutydesk.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\DutyDesk.lnk' '$INSTDIR\\\\bin\\\\dutydesk.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\DutyDesk.lnk'")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_EXECUTABLES "dutydesk" "DutyDesk")
# WiX (MSI) alternative: a stable upgrade code keeps upgrades in place.
set(CPACK_WIX_UPGRADE_GUID "6F1C2B7E-3D5A-4E8B-9A2C-5B7D1E0F4A63")
if(EXISTS "${PROJECT_SOURCE_DIR}/packaging/windows/dutydesk.ico")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/dutydesk.ico")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/dutydesk.ico")
endif()
