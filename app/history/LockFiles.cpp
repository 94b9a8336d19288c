// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LockFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace LockFiles {
QString defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/locks");
}

QString pathFor(const QString &key, const QString &dir)
{
    return QDir(dir).filePath(key + QStringLiteral(".lock"));
}

std::unique_ptr<QLockFile> open(const QString &path)
{
    auto file = std::make_unique<QLockFile>(path);
    file->setStaleLockTime(0); // stale only when its process is gone: uploads take long
    return file;
}

bool isHeld(const QString &key, const QString &dir)
{
    if (key.isEmpty())
        return false;
    const QString path = pathFor(key, dir);
    if (!QFileInfo::exists(path))
        return false;
    auto probe = open(path);
    if (probe->tryLock(0)) {
        probe->unlock();
        return false;
    }
    return probe->error() == QLockFile::LockFailedError;
}
} // namespace LockFiles
