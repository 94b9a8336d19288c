# SPDX-FileCopyrightText: 2026 Audience Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# cmake -DSOURCE_DIR=... -P CheckSpdx.cmake: fails, naming them, when a source, build,
# script or packaging file of the project lacks the GPL-3.0-or-later SPDX header, or when
# LICENSE is missing. Exempt: test data (tests/data, with its own notices), images, and the
# translation files, which lupdate rewrites whole.
if(NOT EXISTS "${SOURCE_DIR}/LICENSE")
    message(FATAL_ERROR "LICENSE is missing")
endif()
file(READ "${SOURCE_DIR}/LICENSE" licence LIMIT 200)
if(NOT licence MATCHES "GNU GENERAL PUBLIC LICENSE")
    message(FATAL_ERROR "LICENSE is not the GPL text")
endif()

set(patterns)
foreach(dir app ui tests bench cmake scripts packaging resources translations .ci)
    list(APPEND patterns
        "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cmake"
        "${SOURCE_DIR}/${dir}/CMakeLists.txt" "${SOURCE_DIR}/${dir}/*.py"
        "${SOURCE_DIR}/${dir}/*.desktop" "${SOURCE_DIR}/${dir}/*.xml"
        "${SOURCE_DIR}/${dir}/*.qrc" "${SOURCE_DIR}/${dir}/*.svg" "${SOURCE_DIR}/${dir}/*.in"
        "${SOURCE_DIR}/${dir}/*.rc")
endforeach()
file(GLOB_RECURSE files ${patterns})
# Programs without an extension: the scripts.
file(GLOB scripts "${SOURCE_DIR}/scripts/*" "${SOURCE_DIR}/bench/run" "${SOURCE_DIR}/bench/stall"
    "${SOURCE_DIR}/.ci/run")
list(APPEND files ${scripts} "${SOURCE_DIR}/CMakeLists.txt")
list(FILTER files EXCLUDE REGEX "/tests/data/")

set(missing)
foreach(file IN LISTS files)
    file(READ "${file}" head LIMIT 400)
    set(expected "SPDX-License-Identifier: GPL-3\\.0-or-later")
    if(file MATCHES "\\.metainfo\\.xml$")
        set(expected "SPDX-License-Identifier: CC0-1\\.0") # AppStream metadata is CC0
    endif()
    if(NOT head MATCHES "${expected}")
        file(RELATIVE_PATH name "${SOURCE_DIR}" "${file}")
        list(APPEND missing "${name}")
    endif()
endforeach()
list(LENGTH files checked)
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "No GPL-3.0-or-later SPDX header in:\n  ${text}")
endif()
message(STATUS "${checked} files carry the SPDX header")
