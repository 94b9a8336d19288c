// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportJob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

// The check of a file for an import (ImportJob, off the calling thread): the rows first
// (checked(): counts, problems, request bodies), then the hashes and entries an upload needs
// (prepared(), at once when there are none to take). One at a time: start() stops the one
// under way, whose late progress and signals never arrive. The owner's thread receives
// everything.
class FileCheck : public QObject
{
    Q_OBJECT

public:
    explicit FileCheck(QObject *parent = nullptr);
    ~FileCheck() override; // stops the check under way and waits for it

    void start(const ImportJob::Settings &settings);
    // Over before it began: `error` is the result's, checked() and prepared() follow.
    void fail(const QString &error);
    void cancel(); // the check under way stops at its next block of rows
    void stop(); // cancel(), and wait until it has stopped

    bool isChecking() const { return m_checking; } // from start() until checked()
    bool isPreparing() const { return m_preparing; } // from checked() until prepared()
    int permille() const { return m_permille; } // of the check under way
    ImportJob::Result &result() { return m_result; }
    const ImportJob::Result &result() const { return m_result; }
    // Its threads, for the owner's work on the same files (removing an old folder): not
    // Qt's global pool, which the raster paint engine waits on while it draws (a progress
    // bar repainted while a check held one of two global threads and a clean-up the other
    // stalled the GUI for 0.3 s: bench/stall).
    QThreadPool *pool() { return &m_workers; }

signals:
    void progress(int permille);
    void checked();
    void prepared();

private:
    ImportJob::Result m_result;
    int m_permille = 0;
    bool m_checking = false;
    bool m_preparing = false;
    quint64 m_number = 0; // which start() a late callback is of
    quint64 m_watched = 0; // the start() whose job the watcher follows
    QThreadPool m_workers;
    QFutureWatcher<ImportJob::Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
