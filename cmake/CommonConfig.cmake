# SPDX-FileCopyrightText: 2026 Audience Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# One INTERFACE target carries what every target of the project is built with: the Qt
# defines, the version and application id, the warnings and the sanitizer options.
# Each target links it PRIVATE (as qBittorrent's cmake/Modules/CommonConfig.cmake does), so
# nothing leaks to Qt's own targets and no option is repeated per folder.
add_library(ad_common_config INTERFACE)
add_library(AudienceDesk::CommonConfig ALIAS ad_common_config)

target_compile_features(ad_common_config INTERFACE cxx_std_17)
target_compile_definitions(ad_common_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    AD_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(ad_common_config INTERFACE /W4 /utf-8 $<$<BOOL:${AD_WERROR}>:/WX>)
else()
    target_compile_options(ad_common_config INTERFACE -Wall -Wextra $<$<BOOL:${AD_WERROR}>:-Werror>)
endif()

if(AD_SANITIZE)
    target_compile_options(ad_common_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(ad_common_config INTERFACE -fsanitize=address,undefined)
endif()

# ad_warnings(target): kept as the one-word way to give a target the common configuration.
function(ad_warnings target)
    target_link_libraries(${target} PRIVATE ad_common_config)
endfunction()
