# cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DVERSION=... -P check_install.cmake
# Installs BUILD_DIR into PREFIX (emptied first) and checks the layout.
cmake_minimum_required(VERSION 3.22)

foreach(var BUILD_DIR PREFIX APP_ID VERSION)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "check_install.cmake: -D${var}=... is missing")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

set(sizes 16 22 24 32 48 64 128 256)
set(expected
    bin/sdrs-failures
    share/applications/sdrs-failures.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/man/man1/sdrs-failures.1
    share/doc/sdrs-failures/copyright
    share/icons/hicolor/scalable/apps/sdrs-failures.svg)
foreach(size IN LISTS sizes)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/sdrs-failures.png)
endforeach()

set(problems)
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}" OR IS_DIRECTORY "${PREFIX}/${path}")
        list(APPEND problems "missing: ${path}")
    endif()
endforeach()

# Nothing else: no emulator, tests, benchmarks, static libraries or headers.
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
foreach(path IN LISTS installed)
    if(NOT path IN_LIST expected)
        list(APPEND problems "not expected: ${path}")
    endif()
endforeach()

# Each PNG is square at its size: width and height are big-endian at bytes 16..23 of the IHDR.
foreach(size IN LISTS sizes)
    set(png "${PREFIX}/share/icons/hicolor/${size}x${size}/apps/sdrs-failures.png")
    if(EXISTS "${png}")
        file(READ "${png}" head LIMIT 24 HEX)
        string(SUBSTRING "${head}" 0 16 magic)
        string(SUBSTRING "${head}" 32 8 width)
        string(SUBSTRING "${head}" 40 8 height)
        math(EXPR width "0x${width}")
        math(EXPR height "0x${height}")
        if(NOT magic STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
            list(APPEND problems "${png}: not a ${size}x${size} PNG (${width}x${height})")
        endif()
    endif()
endforeach()

# The installed program runs (from the prefix, without the build folder's RPATH) and is this version.
if(EXISTS "${PREFIX}/bin/sdrs-failures")
    execute_process(COMMAND "${PREFIX}/bin/sdrs-failures" --version
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT out MATCHES "${VERSION}")
        list(APPEND problems "bin/sdrs-failures --version: exit ${rc}, output: ${out}${err}")
    endif()
endif()

# AppStream's view of the installed tree: the metainfo named after its id, its launchable desktop
# file and its icon found (errors and warnings fail; pedantic notes do not).
if(APPSTREAMCLI AND EXISTS "${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml")
    execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net --no-color "${PREFIX}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR "${out}${err}" MATCHES "(^|\n) *[EW]: ")
        list(APPEND problems "appstreamcli validate-tree: exit ${rc}\n${out}${err}")
    endif()
elseif(NOT APPSTREAMCLI)
    list(APPEND problems "appstreamcli is not installed (bash .ci/deps installs it)")
endif()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Install layout in ${PREFIX}:\n  ${text}")
endif()
list(LENGTH installed count)
message(STATUS "Installed ${count} files into ${PREFIX}: all as expected")
