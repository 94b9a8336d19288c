# SPDX-FileCopyrightText: 2026 Audience Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# `cmake --build build --target format` applies .clang-format to every C++ file;
# `format-check` fails on any difference (used by scripts/test when clang-format exists).
find_program(CLANG_FORMAT_EXE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXE)
    file(GLOB_RECURSE AD_FORMAT_FILES CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
        ${PROJECT_SOURCE_DIR}/bench/*.cpp)
    add_custom_target(format COMMAND ${CLANG_FORMAT_EXE} -i ${AD_FORMAT_FILES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format -i")
    add_custom_target(format-check COMMAND ${CLANG_FORMAT_EXE} --dry-run -Werror ${AD_FORMAT_FILES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format --dry-run")
endif()
