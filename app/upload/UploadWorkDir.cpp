// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadWorkDir.h"

#include "history/UploadHistory.h"
#include "history/UploadRecord.h"
#include "import/PastedTable.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>

namespace {
constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// QDir::removeRecursively keeps the folder when a file vanished under it (another thread
// removing the same bodies): the folder is then empty, and rmdir finishes the job.
void removeTree(const QString &path)
{
    QDir dir(path);
    if (!dir.removeRecursively() && dir.exists())
        QDir().rmdir(path);
}
} // namespace

QString UploadWorkDir::root()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/uploads");
}

QString UploadWorkDir::create(QString *error, const QString &root)
{
    if (!QDir().mkpath(root)) {
        *error = tr("Cannot create the folder %1.").arg(root);
        return {};
    }
    QFile::setPermissions(root, ownerOnly | QFileDevice::ExeOwner);
    // The date keeps folders readable in a listing; the random part makes them unique.
    QTemporaryDir dir(QDir(root).filePath(
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-"))
        + QStringLiteral("XXXXXX")));
    if (!dir.isValid()) {
        *error = tr("Cannot create a folder in %1: %2").arg(root, dir.errorString());
        return {};
    }
    dir.setAutoRemove(false); // removed when the upload no longer needs it
    return dir.path(); // mkdtemp: mode 0700
}

void UploadWorkDir::restrictFiles(const QString &dir)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext())
        QFile::setPermissions(it.next(), ownerOnly);
}

void UploadWorkDir::removeDir(const QString &dir)
{
    if (!dir.isEmpty())
        removeTree(dir);
}

void UploadWorkDir::removeBodies(const UploadRecord &record)
{
    QSet<QString> folders;
    for (const UploadRequestRecord &r : record.requests) {
        if (r.bodyPath.isEmpty())
            continue;
        QFile::remove(r.bodyPath);
        folders.insert(QFileInfo(r.bodyPath).absolutePath());
    }
    for (const QString &folder : std::as_const(folders)) {
        QDir dir(folder);
        // Other files of the import (rejects.csv) go with it; never a folder outside root().
        if (dir.absolutePath().startsWith(QDir(root()).absolutePath() + QLatin1Char('/')))
            removeTree(dir.absolutePath());
    }
}

int UploadWorkDir::purgeExpired(UploadHistory &history, int days)
{
    int purged = 0;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-days);
    for (const UploadRecord &r : history.resumableOlderThan(cutoff)) {
        removeBodies(r);
        history.setState(
            r.id, UploadRecord::State::Abandoned,
            tr("Not resumed within %n days: its prepared requests were deleted.", nullptr, days));
        ++purged;
    }
    // Pasted IDs (PastedTable) live as files as long as an upload of them can be resumed,
    // and at least as long as an upload's bodies would: then they go with the records.
    QSet<QString> resumable;
    for (const UploadRecord &r : history.uploads()) {
        using S = UploadRecord::State;
        if (r.state == S::Running || r.state == S::Partial || r.state == S::Cancelled
            || r.state == S::Planned || r.state == S::Interrupted)
            resumable.insert(QFileInfo(r.filePath).absoluteFilePath());
    }
    PastedTable::removeExpired(cutoff, resumable);
    return purged;
}

bool UploadWorkDir::bodiesMissing(const UploadRecord &record)
{
    for (int i = record.firstUnacknowledged(); i < record.requests.size(); ++i) {
        if (!QFileInfo::exists(record.requests.at(i).bodyPath))
            return true;
    }
    return false;
}

bool UploadWorkDir::adoptBodies(UploadRecord &record, const QList<ImportJob::Chunk> &fresh,
                                UploadHistory &history)
{
    // A missing body is taken from this run's check when it is the same request, byte for
    // byte (its SHA-256 as recorded); it is moved into place, never deleted.
    for (int i = record.firstUnacknowledged(); i < record.requests.size(); ++i) {
        UploadRequestRecord &r = record.requests[i];
        if (QFileInfo::exists(r.bodyPath))
            continue; // checked against its hash before it is sent
        const auto same
            = std::find_if(fresh.cbegin(), fresh.cend(),
                           [&r](const ImportJob::Chunk &c) { return c.sequence == r.sequence; });
        if (r.bodySha256.isEmpty() || same == fresh.cend() || same->sha256 != r.bodySha256
            || !QFileInfo::exists(same->path))
            return false;
        const QString folder = QFileInfo(r.bodyPath).absolutePath();
        if (!QDir().mkpath(folder) || !QFile::rename(same->path, r.bodyPath)) {
            // Use it where it is; this check's folder then stays with the upload.
            r.bodyPath = same->path;
        }
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        history.updateRequest(record.id, r);
    }
    return true;
}
