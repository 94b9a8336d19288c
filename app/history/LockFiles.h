// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <memory>

class QLockFile;

// Where the per-audience upload locks live and how one is probed. In history/ because the
// history reads it (a Running upload whose lock no live process holds was cut short) and
// must not depend on upload/; UploadLock (upload/) takes and holds these same files.
namespace LockFiles {
QString defaultDir(); // <AppDataLocation>/locks
QString pathFor(const QString &key, const QString &dir);
// A lock file that is stale only when its process is gone (uploads take long).
std::unique_ptr<QLockFile> open(const QString &path);
// Whether a live process holds the lock of `key` (this one included).
bool isHeld(const QString &key, const QString &dir = defaultDir());
} // namespace LockFiles
