// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <memory>

class QLockFile;

// One upload per audience at a time, across processes (the CLI, the app, two windows):
// a QLockFile per (base URL, app API key, audience) in <AppDataLocation>/locks. A lock
// whose process has died is taken over (QLockFile checks the PID and process name); a
// live one is never considered stale, however long the upload takes.
class UploadLock
{
    Q_DECLARE_TR_FUNCTIONS(UploadLock)
public:
    explicit UploadLock(const QString &key, const QString &dir = defaultDir());
    ~UploadLock();
    UploadLock(const UploadLock &) = delete;
    UploadLock &operator=(const UploadLock &) = delete;

    static QString keyFor(const QUrl &baseUrl, const QString &apiKey, const QString &audience);
    static QString defaultDir();
    // Whether a live process holds the lock of `key` (this one included).
    static bool isHeld(const QString &key, const QString &dir = defaultDir());

    bool tryLock(); // at once; false when another upload holds it (see holder())
    bool isLocked() const;
    void unlock();
    QString key() const { return m_key; }
    // Who holds it, for people: "process 4242 (audience-desk-cli) on host, since 14:03:07".
    QString holder() const;

private:
    QString m_key;
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
};
