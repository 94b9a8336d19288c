// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace {
std::optional<QString> &nextPath()
{
    static std::optional<QString> path; // the GUI thread's only
    return path;
}
int &calls()
{
    static int n = 0;
    return n;
}
} // namespace

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter)
{
    QString path;
    if (takeNextPath(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                 const QString &filter)
{
    QString path;
    if (takeNextPath(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void FileDialog::setNextPath(const QString &path)
{
    nextPath() = path;
}

int FileDialog::count()
{
    return calls();
}

bool FileDialog::takeNextPath(QString *path)
{
    ++calls();
    if (!nextPath())
        return false;
    *path = *std::exchange(nextPath(), std::nullopt);
    return true;
}
