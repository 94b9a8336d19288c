// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

// What this computer last verified an audience held: after an upload whose count Batch
// confirmed, each ID sent with a 64-bit hash of its entry (ID, attributes, tags), the
// indexing token of its last request and Batch's count then. A sync sends only the
// differences from it, once Batch's View shows the audience has not changed since.
struct SyncBaseline
{
    QString key; // UploadLock::keyFor(base URL, app API key, audience)
    QString token; // the last indexing token of the verified upload
    qint64 verifiedIds = 0; // Batch's nb_ids once it was applied
    qint64 uploadId = 0; // in the upload history
    QDateTime verifiedAt; // UTC
    QHash<QByteArray, quint64> entries; // install ID (UTF-8) -> entry hash
};
