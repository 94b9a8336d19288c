// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Must NOT compile: the ctest `contextless_connect` builds it and expects the backported
// QT_NO_CONTEXTLESS_CONNECT static_assert (cmake/ContextlessConnect.cmake). The first
// function is the allowed form and must keep compiling.
#include <QObject>
#include <QTimer>

void withContext(QTimer *timer, QObject *context)
{
    QObject::connect(timer, &QTimer::timeout, context, [] {});
}

void withoutContext(QTimer *timer)
{
    QObject::connect(timer, &QTimer::timeout, [] {});
}
