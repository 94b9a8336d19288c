// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FakeBatchServer.h"

#include <QObject>
#include <QTimer>

// Keeps the sandbox's audiences (and their members) in a JSON file between launches:
// loaded at start, written a second after the last of a burst of changes the API makes
// (an upload's requests are written once), owner-only: members come from the user's
// files. Lives on the sandbox's thread beside its server, so reading and writing never
// hold up the GUI.
class SandboxStore : public QObject
{
    Q_OBJECT
public:
    SandboxStore(FakeBatchServer *server, const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }
    // The saved audiences into the server; false (and nothing changed) when there is no
    // file or it cannot be read.
    bool load();
    bool saveNow(); // cancels a pending write
    void flush(); // writes now if a write is pending
    void setSaveDelayMs(int ms) { m_timer->setInterval(ms); }

    static QByteArray toJson(const QList<FakeBatchServer::Snapshot> &audiences);
    static std::optional<QList<FakeBatchServer::Snapshot>> fromJson(const QByteArray &json);

private:
    FakeBatchServer *m_server;
    QString m_path;
    QTimer *m_timer;
};
