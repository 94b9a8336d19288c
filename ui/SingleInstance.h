// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

class QLocalServer;
class QLockFile;

// One window per user, as KeePassXC does: the first process takes a lock and listens on a
// local socket; a later `audience-desk FILE.csv` (an "Open with" from the file manager)
// hands its file to it and exits, so the file opens in the window already there.
// `--new-instance` opts out.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &key = defaultKey(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultKey(); // per user and per settings location

    // True when this process is the first: it listens from now on. False when another
    // instance holds the lock.
    bool claim();
    // Hands `files` (made absolute) to the running instance; false when it does not answer
    // (then this process carries on as a second window). Blocks at most `timeoutMs`: it
    // runs before any window exists.
    bool handOver(const QStringList &files, int timeoutMs = 3000) const;
    // macOS opens files by sending the running application a QFileOpenEvent (Finder's
    // "Open With", a drop on the Dock icon) instead of starting it again: those files come
    // out of filesReceived() too. Filters the application object's events from now on.
    void watchFileOpenEvents();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void filesReceived(const QStringList &files); // empty: raise the window

private:
    void onConnection();

    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};
