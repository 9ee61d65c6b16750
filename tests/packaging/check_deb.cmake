# cmake -DBUILD_DIR=... -DWORK_DIR=... -P check_deb.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(COMMAND cpack -G DEB -B ${WORK_DIR} --config ${BUILD_DIR}/CPackConfig.cmake
    WORKING_DIRECTORY ${BUILD_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs ${WORK_DIR}/*.deb)
list(LENGTH debs n)
if(NOT n EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${WORK_DIR}, found ${n}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed")
endif()
execute_process(COMMAND dpkg-deb -f ${debs} Package Version Depends OUTPUT_VARIABLE fields)
message(STATUS "package fields:\n${fields}")
set(expected
    "./usr/bin/dutydesk"
    "./usr/bin/dutyctl"
    "./usr/share/applications/io.github.dutydesk.DutyDesk.desktop"
    "./usr/share/metainfo/io.github.dutydesk.DutyDesk.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/io.github.dutydesk.DutyDesk.svg")
foreach(path IN LISTS expected)
    string(FIND "${listing}" "${path}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${path}; it holds:\n${listing}")
    endif()
endforeach()
# Nothing from the build or test tree may leak into the package.
foreach(unwanted "test_" "gtest" "bench_" "crash_writer" "/include/")
    string(FIND "${listing}" "${unwanted}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "the package holds a build or test file (${unwanted}):\n${listing}")
    endif()
endforeach()
message(STATUS "deb ok: ${debs}")
