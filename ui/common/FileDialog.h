// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QWidget;

// The file dialogs the widgets open to save or open a plan, and the seam tests answer them
// through, as MessageBox does for questions: setNextPath() makes the next call return that
// path at once without showing anything (an empty one stands for Cancel).
class FileDialog
{
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);

    // For tests: the next call returns `path` at once, shows nothing, and forgets it.
    static void setNextPath(const QString &path);
    static int count(); // calls so far, answered by the user or by setNextPath()

private:
    static bool takeNextPath(QString *path);
};
