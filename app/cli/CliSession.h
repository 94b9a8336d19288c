// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CliOutput.h"
#include "ExitCode.h"
#include "api/BatchClient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <atomic>

// What every command works with: the output, the configured client, and a way to wait
// for a reply that Ctrl+C interrupts (the reply is cancelled, the command exits 130).
class CliSession : public QObject
{
    Q_OBJECT
public:
    explicit CliSession(bool json, QObject *parent = nullptr);

    CliOutput &out() { return m_out; }
    BatchClient &client() { return m_client; }
    QNetworkAccessManager &network() { return m_network; }

    // The saved profile the session works as (--profile), so uploads are recorded under
    // it and the desktop app can resume them; empty for raw keys and the sandbox.
    void setProfile(const QString &id, const QString &name)
    {
        m_profileId = id, m_profileName = name;
    }
    QString profileId() const { return m_profileId; }
    QString profileName() const { return m_profileName; }

    // Every app the command goes to (repeated --profile or --api-key): `import` sends the
    // file to each in turn; the other commands take one. client() is set to the first.
    struct Target
    {
        ApiConfig config;
        QString profileId; // a saved profile's id, empty for raw keys and the sandbox
        QString profileName;
        QString label; // for the summary: the profile's name, or the app key
    };
    void setTargets(const QList<Target> &targets);
    const QList<Target> &targets() const { return m_targets; }

    // Runs the event loop until the reply finishes (or Ctrl+C cancels it).
    void wait(ApiReply *reply);
    // Sleeps without blocking the event loop; false when interrupted.
    bool sleep(int ms);
    bool interrupted() const;

    // Prints the error and returns the exit code it maps to.
    int fail(const ApiError &error);

    static void installInterruptHandler();
    // Set by Ctrl+C: for work that runs outside the event loop and can stop part-way.
    static const std::atomic<bool> *interruptFlag();

signals:
    void interruptRequested();

private:
    CliOutput m_out;
    QNetworkAccessManager m_network;
    BatchClient m_client;
    QTimer m_interruptPoll;
    QString m_profileId;
    QString m_profileName;
    QList<Target> m_targets;
};
