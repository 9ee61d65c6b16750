# Project-wide compile flags, carried by one INTERFACE target that every target links.
add_library(dutydesk_flags INTERFACE)
target_compile_definitions(dutydesk_flags INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    DUTYDESK_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(dutydesk_flags INTERFACE /W4 /utf-8 $<$<BOOL:${DUTYDESK_WERROR}>:/WX>)
else()
    target_compile_options(dutydesk_flags INTERFACE -Wall -Wextra -Wpedantic
        $<$<BOOL:${DUTYDESK_WERROR}>:-Werror>)
endif()
if(DUTYDESK_SANITIZE)
    target_compile_options(dutydesk_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(dutydesk_flags INTERFACE -fsanitize=address,undefined)
endif()

# lld links the large Debug test executables several times faster than the default linker.
option(DUTYDESK_LLD "Link with lld when the compiler accepts -fuse-ld=lld" ON)
if(DUTYDESK_LLD AND NOT MSVC)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" DD_HAVE_LLD)
    if(DD_HAVE_LLD)
        target_link_options(dutydesk_flags INTERFACE -fuse-ld=lld)
    endif()
endif()
