# SPDX-FileCopyrightText: 2026 Audience Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# QT_NO_CONTEXTLESS_CONNECT on Qt older than 6.7.
#
# The rule: every QObject::connect() to a lambda, functor or function pointer names a context
# object, so the connection dies with the object the slot works on and the slot runs in that
# object's thread. A contextless connect(sender, signal, functor) outlives its receiver and
# calls into a deleted object. Qt 6.7 enforces this when QT_NO_CONTEXTLESS_CONNECT is
# defined (the 3-argument overloads stop compiling); Debian 12's Qt 6.4.2 ignores the define.
# So that the rule holds on 6.4 too, and is not a convention that the next edit breaks, we
# copy the installed QtCore/qobject.h (and the forwarding headers that include it by a quoted
# path) into the build tree, turn the bodies of the two contextless overloads (function
# pointer and functor) into a static_assert under #ifdef QT_NO_CONTEXTLESS_CONNECT, and put
# that folder first on our targets' include path through ad_common_config. It is a plain -I
# folder, searched before Qt's own folders (-isystem, as imported targets give them). Same
# include guard as the original, so nothing is declared twice. With Qt >= 6.7 nothing is
# copied: Qt does it. The ctest `contextless_connect` (tests/CMakeLists.txt) proves that a
# contextless connect does not compile.
set(AD_CONTEXTLESS_CONNECT_ENFORCED OFF)
if(Qt6Core_VERSION VERSION_LESS 6.7)
    get_target_property(ad_qtcore_dirs Qt6::Core INTERFACE_INCLUDE_DIRECTORIES)
    find_path(AD_QTCORE_HEADER_DIR qobject.h
        HINTS ${ad_qtcore_dirs} "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_HEADERS}/QtCore"
        NO_DEFAULT_PATH)
    set(ad_override_dir "${CMAKE_BINARY_DIR}/qt-contextless-connect")
    set(ad_assert [=[
#ifdef QT_NO_CONTEXTLESS_CONNECT
        // Audience Desk's backport of Qt 6.7's QT_NO_CONTEXTLESS_CONNECT (cmake/ContextlessConnect.cmake)
        static_assert(sizeof(Func2) == 0,
                      "contextless connect: pass a context object (the receiver the slot works on) "
                      "as the third argument, connect(sender, signal, context, slot)");
#endif
]=])
    set(ad_fp_old [=[Func1 signal, Func2 slot)
    {
        return connect(sender, signal, sender, slot, Qt::DirectConnection);]=])
    set(ad_functor_old [=[Func1 signal, Func2 slot)
    {
        return connect(sender, signal, sender, std::move(slot), Qt::DirectConnection);]=])
    if(AD_QTCORE_HEADER_DIR AND EXISTS "${AD_QTCORE_HEADER_DIR}/qobject.h")
        file(READ "${AD_QTCORE_HEADER_DIR}/qobject.h" ad_qobject)
        string(FIND "${ad_qobject}" "${ad_fp_old}" ad_fp_at)
        string(FIND "${ad_qobject}" "${ad_functor_old}" ad_functor_at)
    else()
        set(ad_fp_at -1)
        set(ad_functor_at -1)
    endif()
    if(ad_fp_at EQUAL -1 OR ad_functor_at EQUAL -1)
        # Another 6.x patch release may word the overloads differently: build without the
        # backport rather than fail; the contextless_connect test then fails and says so.
        message(WARNING "QT_NO_CONTEXTLESS_CONNECT cannot be backported: the contextless "
                        "connect overloads were not found in ${AD_QTCORE_HEADER_DIR}/qobject.h")
    else()
        string(REPLACE "Func1 signal, Func2 slot)\n    {\n" "Func1 signal, Func2 slot)\n    {\n${ad_assert}"
            ad_fp_new "${ad_fp_old}")
        string(REPLACE "Func1 signal, Func2 slot)\n    {\n" "Func1 signal, Func2 slot)\n    {\n${ad_assert}"
            ad_functor_new "${ad_functor_old}")
        string(REPLACE "${ad_fp_old}" "${ad_fp_new}" ad_qobject "${ad_qobject}")
        string(REPLACE "${ad_functor_old}" "${ad_functor_new}" ad_qobject "${ad_qobject}")
        # Written through configure_file so that an unchanged header keeps its timestamp and
        # a re-configure does not rebuild everything.
        file(WRITE "${CMAKE_BINARY_DIR}/CMakeFiles/qobject.h.in" "${ad_qobject}")
        configure_file("${CMAKE_BINARY_DIR}/CMakeFiles/qobject.h.in"
                       "${ad_override_dir}/QtCore/qobject.h" COPYONLY)
        # The forwarding headers include "qobject.h" by a quoted path, which finds the copy
        # next to them: copy them too, or <QObject> would reach Qt's unmodified header.
        foreach(forward QObject QObjectData QObjectList QSignalBlocker)
            if(EXISTS "${AD_QTCORE_HEADER_DIR}/${forward}")
                configure_file("${AD_QTCORE_HEADER_DIR}/${forward}"
                               "${ad_override_dir}/QtCore/${forward}" COPYONLY)
            endif()
        endforeach()
        # <QtCore/qobject.h> through the first folder, <QObject> and <qobject.h> through the second.
        target_include_directories(ad_common_config BEFORE INTERFACE
            "${ad_override_dir}" "${ad_override_dir}/QtCore")
        set(AD_CONTEXTLESS_CONNECT_ENFORCED ON)
    endif()
endif()
