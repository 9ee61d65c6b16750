# Runs: dutyctl --db DB demo, then dutydesk --db DB --page settings --lang zh_CN --screenshot PNG,
# and checks that dutydesk exits 0 and wrote the PNG; an unknown page exits 2 naming the pages.
# Inputs: DUTYDESK, DUTYCTL (programs), WORK_DIR (scratch folder, emptied first).
foreach(var DUTYDESK DUTYCTL WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "screenshot_smoke.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
# Desk preferences (QSettings) and default data paths go to the scratch folder, not $HOME.
set(ENV{XDG_CONFIG_HOME} "${WORK_DIR}/config")
set(ENV{XDG_DATA_HOME} "${WORK_DIR}/data")

set(db "${WORK_DIR}/demo.sqlite3")
set(png "${WORK_DIR}/settings-zh_CN.png")

execute_process(COMMAND "${DUTYCTL}" --db "${db}" demo
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dutyctl demo failed (${rc}):\n${out}\n${err}")
endif()

execute_process(COMMAND "${DUTYDESK}" --db "${db}" --page settings --lang zh_CN --screenshot "${png}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dutydesk --screenshot exited with ${rc}:\n${out}\n${err}")
endif()
if(NOT EXISTS "${png}")
    message(FATAL_ERROR "dutydesk exited 0 but wrote no ${png}")
endif()
file(SIZE "${png}" size)
if(size LESS 10000)
    message(FATAL_ERROR "${png} is only ${size} bytes: hardly a window")
endif()

execute_process(COMMAND "${DUTYDESK}" --db "${db}" --page nowhere --screenshot "${WORK_DIR}/none.png"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "incidents" OR EXISTS "${WORK_DIR}/none.png")
    message(FATAL_ERROR "an unknown page should exit 2 listing the pages; got ${rc}:\n${err}")
endif()
message(STATUS "dutydesk wrote ${png} (${size} bytes)")
