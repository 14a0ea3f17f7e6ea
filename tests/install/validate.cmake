# cmake -DCHECK=desktop_file|metainfo|man_page -DRESOURCES=... -DVERSION=... -DDESKTOP_FILE_VALIDATE=...
#       -DAPPSTREAMCLI=... -DGROFF=... -P validate.cmake
# Runs the validator of one file of resources/ and fails on any error or warning it reports
# (desktop-file-validate's hints and appstreamcli's pedantic notes are allowed).

function(run_tool tool_var what)
    if(NOT ${tool_var} OR NOT EXISTS "${${tool_var}}")
        message(FATAL_ERROR "${what} is not installed (bash .ci/deps installs it)")
    endif()
    execute_process(COMMAND "${${tool_var}}" ${ARGN}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(tool_rc "${rc}" PARENT_SCOPE)
    set(tool_out "${out}${err}" PARENT_SCOPE)
    if(NOT "${out}${err}" STREQUAL "")
        message("${out}${err}")
    endif()
endfunction()

function(expect_version file regex)
    file(READ "${file}" text)
    if(NOT text MATCHES "${regex}")
        message(FATAL_ERROR "${file} does not name version ${VERSION} (the project's): update it")
    endif()
endfunction()

cmake_minimum_required(VERSION 3.22)

string(REPLACE "." "\\." version_re "${VERSION}")
if(CHECK STREQUAL "desktop_file")
    run_tool(DESKTOP_FILE_VALIDATE desktop-file-validate "${RESOURCES}/sdrs-failures.desktop")
    if(NOT tool_rc EQUAL 0 OR tool_out MATCHES "(error|warning): ")
        message(FATAL_ERROR "desktop-file-validate: errors or warnings (exit ${tool_rc})")
    endif()
elseif(CHECK STREQUAL "metainfo")
    run_tool(APPSTREAMCLI appstreamcli validate --no-net --no-color "${RESOURCES}/sdrs-failures.metainfo.xml")
    if(NOT tool_rc EQUAL 0 OR tool_out MATCHES "(^|\n)[EW]: ")
        message(FATAL_ERROR "appstreamcli validate: errors or warnings (exit ${tool_rc})")
    endif()
    # The newest release listed is the project's version.
    expect_version("${RESOURCES}/sdrs-failures.metainfo.xml" "<releases>[ \n]*<release version=\"${version_re}\"")
elseif(CHECK STREQUAL "man_page")
    run_tool(GROFF groff -man -Tutf8 -ww -z "${RESOURCES}/sdrs-failures.1")
    if(NOT tool_rc EQUAL 0 OR NOT tool_out STREQUAL "")
        message(FATAL_ERROR "groff -man -ww: warnings (exit ${tool_rc})")
    endif()
    expect_version("${RESOURCES}/sdrs-failures.1" "\n\\.TH [^\n]*\"sdrs-failures ${version_re}\"")
else()
    message(FATAL_ERROR "validate.cmake: unknown -DCHECK=${CHECK}")
endif()
