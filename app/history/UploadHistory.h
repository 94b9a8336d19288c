// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "UploadRecord.h"
#include <QCoreApplication>

#include <QString>
#include <optional>

// Every upload and its requests in a local SQLite database (QtSql), by default
// <AppDataLocation>/history.sqlite. Written as requests are sent and acknowledged, so an
// upload cut short by a crash, a closed window or lost network resumes after restart.
// One instance per thread (a QSqlDatabase connection belongs to its thread).
class UploadHistory
{
    Q_DECLARE_TR_FUNCTIONS(UploadHistory)
public:
    explicit UploadHistory(const QString &path = defaultPath());
    ~UploadHistory();
    UploadHistory(const UploadHistory &) = delete;
    UploadHistory &operator=(const UploadHistory &) = delete;

    static QString defaultPath();
    QString path() const; // the database file
    bool isOpen() const;
    QString errorString() const;

    qint64 create(UploadRecord &record); // assigns ids, stores requests too
    bool updateRequest(qint64 uploadId, const UploadRequestRecord &request);
    bool setState(qint64 uploadId, UploadRecord::State state, const QString &message = {});

    std::optional<UploadRecord> upload(qint64 id) const;
    QList<UploadRecord> uploads(int limit = 500) const; // newest first, without requests
    // Into one audience with one profile, newest first, without requests.
    QList<UploadRecord> uploadsInto(const QString &profileId, const QString &audience,
                                    int limit = 50) const;
    // The newest unfinished upload of the same file into the same audience with the same
    // mapping and mode: what "resume" continues. Its state is Running while a live process holds
    // its lock, Interrupted when none does.
    std::optional<UploadRecord> findResumable(const QString &profileId, const QString &audience,
                                              const QString &fileSha256, const QString &mappingJson,
                                              const QString &mode
                                              = QStringLiteral("replace")) const;
    QList<UploadRecord> unfinished() const; // Partial or Interrupted: to offer resuming
    bool setVerified(qint64 uploadId, qint64 ids); // Batch's nb_ids once APPLIED
    // Uploads that could still be resumed, started before `cutoff` (to purge).
    QList<UploadRecord> resumableOlderThan(const QDateTime &cutoff) const;

private:
    bool migrate();
    QList<UploadRequestRecord> requestsOf(qint64 uploadId) const;

    QString m_connection;
    mutable QString m_error;
};
