// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadLock.h"

#include "history/LockFiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

UploadLock::UploadLock(const QString &key, const QString &dir)
    : m_key(key)
    , m_path(LockFiles::pathFor(key, dir))
    , m_file(LockFiles::open(m_path))
{ }

UploadLock::~UploadLock() = default;

QString UploadLock::keyFor(const QUrl &baseUrl, const QString &apiKey, const QString &audience)
{
    const QString host = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                             .toString(QUrl::FullyEncoded);
    const QByteArray text
        = (host + QLatin1Char('\n') + apiKey + QLatin1Char('\n') + audience).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(32));
}

QString UploadLock::defaultDir()
{
    return LockFiles::defaultDir();
}

bool UploadLock::isHeld(const QString &key, const QString &dir)
{
    return LockFiles::isHeld(key, dir);
}

bool UploadLock::tryLock()
{
    if (m_file->isLocked())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return m_file->tryLock(0);
}

bool UploadLock::isLocked() const
{
    return m_file->isLocked();
}

void UploadLock::unlock()
{
    if (m_file->isLocked())
        m_file->unlock();
}

QString UploadLock::holder() const
{
    qint64 pid = 0;
    QString host, app;
    if (!m_file->getLockInfo(&pid, &host, &app))
        return tr("another process");
    const QDateTime since = QFileInfo(m_path).lastModified();
    return tr("process %1 (%2) on %3, since %4")
        .arg(pid)
        .arg(app.isEmpty() ? tr("unknown program") : app, host,
             QLocale().toString(since, QLocale::ShortFormat));
}
