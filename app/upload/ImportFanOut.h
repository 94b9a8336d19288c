// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportSession.h"

#include <QList>
#include <QObject>
#include <functional>
#include <memory>

// One checked file into several apps (one company REST key, an iOS and an Android app), one
// after the other: each target gets an ImportSession of its own, so its own lock, journal,
// resume and verification. A target that fails does not stop the next; a file that changes
// on disk between two targets does (the later apps would get another file), and so does a
// cancel. The outcomes say, per target, what Batch confirmed.
class ImportFanOut : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        ImportSession::Target target;
        bool started = false; // false: not reached (cancelled or the file changed before)
        ImportSession::Stop stop = ImportSession::Stop::None;
        QString message;
        qint64 idsAcknowledged = 0;
        UploadVerification verification;
    };

    explicit ImportFanOut(QNetworkAccessManager *nam, UploadHistory *history = nullptr,
                          QObject *parent = nullptr);
    ~ImportFanOut() override;

    // Called on each target's session before its check: file, mapping, rejects, lock wait,
    // purge days... (the target itself is set by the fan-out).
    void setPrepare(std::function<void(ImportSession &)> prepare)
    {
        m_prepare = std::move(prepare);
    }
    void setVerifyLimitMs(int ms) { m_verifyLimitMs = ms; } // 0: no verification

    void start(const QList<ImportSession::Target> &targets);
    void cancel();
    bool isRunning() const { return m_running; }
    int currentIndex() const { return m_index; }
    ImportSession *session() const { return m_session.get(); } // the current target's
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    bool allCompleted() const; // every target completed (and, when verified, confirmed)

signals:
    // A new session is about to check and send: connect its signals here to follow it.
    void targetStarted(int index, ImportSession *session);
    void targetFinished(int index, const ImportFanOut::Outcome &outcome);
    void finished();

private:
    void next();
    void onChecked();
    void onUploadFinished();
    void finishTarget();
    void skipFrom(int first, const QString &why); // these targets are not started

    QNetworkAccessManager *m_nam;
    UploadHistory *m_history;
    std::function<void(ImportSession &)> m_prepare;
    int m_verifyLimitMs = 0;
    QList<Outcome> m_outcomes;
    std::unique_ptr<ImportSession> m_session;
    QString m_fileSha256; // of the first target's check
    int m_index = -1;
    bool m_running = false;
    bool m_cancelled = false;
};
