// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

// Tests reach a widget the way Qt code does: by the objectName its class gives it, under the
// object that owns it (a window, a dialog, a wizard page). Null, with a warning naming what
// was looked for, when there is none: QVERIFY the result before using it.
template<class T> T *child(const QObject *root, const char *name)
{
    T *found = root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    if (!found)
        qWarning("no %s named \"%s\" under %s", T::staticMetaObject.className(), name,
                 root ? root->metaObject()->className() : "a null object");
    return found;
}
