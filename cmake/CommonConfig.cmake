# SPDX-FileCopyrightText: 2026 Audience Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# One INTERFACE target carries what every target of the project is built with: the Qt
# defines, the version and application id, the warnings, the sanitizer options and hardening.
# Each target links it PRIVATE (as qBittorrent's cmake/Modules/CommonConfig.cmake does), so
# nothing leaks to Qt's own targets and no option is repeated per folder.
add_library(ad_common_config INTERFACE)
add_library(AudienceDesk::CommonConfig ALIAS ad_common_config)

target_compile_features(ad_common_config INTERFACE cxx_std_17)
target_compile_definitions(ad_common_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    AD_VERSION="${PROJECT_VERSION}")

include(${CMAKE_CURRENT_LIST_DIR}/ContextlessConnect.cmake)

if(MSVC)
    target_compile_options(ad_common_config INTERFACE /W4 /utf-8 $<$<BOOL:${AD_WERROR}>:/WX>)
else()
    # -Wnon-virtual-dtor: a class with virtual functions deleted through a base pointer;
    # -Woverloaded-virtual: an overload that hides a base class's virtual function.
    target_compile_options(ad_common_config INTERFACE -Wall -Wextra -Wnon-virtual-dtor
        -Woverloaded-virtual $<$<BOOL:${AD_WERROR}>:-Werror>)
endif()

if(AD_SANITIZE)
    target_compile_options(ad_common_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(ad_common_config INTERFACE -fsanitize=address,undefined)
endif()

# Hardening, as Debian's dpkg-buildflags give it to every package: fortified libc calls,
# stack protector, format-string errors, full RELRO and PIE. On by default so the normal
# build tree (the one CI tests) is the one `cpack -G DEB` packages and lintian checks. Off
# for the sanitizer and fuzz builds: ASan replaces the fortified functions itself.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang"
   AND NOT AD_SANITIZE AND NOT AD_FUZZ)
    set(ad_hardening_default ON)
else()
    set(ad_hardening_default OFF)
endif()
option(AD_HARDENING "Build with Debian's hardening flags (fortify, stack protector, RELRO, PIE)"
    ${ad_hardening_default})
if(AD_HARDENING AND (AD_SANITIZE OR AD_FUZZ))
    message(STATUS "AD_HARDENING is ignored in a sanitizer or fuzz build")
elseif(AD_HARDENING)
    # _FORTIFY_SOURCE needs an optimised build (glibc warns otherwise): not in Debug.
    target_compile_definitions(ad_common_config INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_compile_options(ad_common_config INTERFACE
        -fstack-protector-strong -Wformat -Werror=format-security)
    target_link_options(ad_common_config INTERFACE LINKER:-z,relro LINKER:-z,now)
    # Position-independent executables: -fPIE to compile, -pie to link (CMP0083, set NEW
    # by cmake_minimum_required 3.22). Set before any target is created.
    include(CheckPIESupported)
    check_pie_supported(OUTPUT_VARIABLE ad_pie_output LANGUAGES CXX)
    if(CMAKE_CXX_LINK_PIE_SUPPORTED)
        set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    else()
        message(WARNING "PIE is not supported by this toolchain: ${ad_pie_output}")
    endif()
endif()

# ad_warnings(target): kept as the one-word way to give a target the common configuration.
function(ad_warnings target)
    target_link_libraries(${target} PRIVATE ad_common_config)
endfunction()
