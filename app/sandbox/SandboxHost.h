// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

class FakeBatchServer;
class SandboxStore;

// Runs the fake Batch API on its own thread, so a large upload to the sandbox never
// stalls the thread that started it (the GUI thread in `audience-desk --sandbox`).
// With a state file, what the sandbox holds is kept between launches (SandboxStore, on
// the sandbox thread); without one (tests, the CLI) it starts from the samples each time.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    // <AppDataLocation>/sandbox.json: what the app uses.
    static QString defaultStateFile();
    void setStateFile(const QString &path); // before start()
    QString stateFile() const { return m_stateFile; }
    // How long uploads stay IN_PROGRESS, as indexing does at Batch (0: applied at once).
    void setIndexingDelayMs(int ms);
    int indexingDelayMs() const { return m_indexingDelayMs; }

    // Starts the thread, listens on 127.0.0.1 (a free port) and seeds sample audiences, or
    // loads the state file (read on the sandbox thread, before the first request).
    bool start(int sampleAudiences = 137);
    void stop(); // writes a pending state change first
    bool isRunning() const { return m_server != nullptr; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Back to the sample audiences (and saved so), on the sandbox thread: resetFinished().
    void reset();

    // Lives on the sandbox thread: use QMetaObject::invokeMethod to reach it.
    FakeBatchServer *server() const { return m_server; }

signals:
    void resetFinished();

private:
    QThread m_thread;
    FakeBatchServer *m_server = nullptr;
    SandboxStore *m_store = nullptr; // the server's child, on its thread
    QString m_stateFile;
    QUrl m_baseUrl;
    int m_sampleAudiences = 137;
    int m_indexingDelayMs = 0;
};
