// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportJob.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct UploadRecord;
class UploadHistory;

// Where an import's request bodies live: one folder per import, unique (mkdtemp through
// QTemporaryDir, so two imports started in the same millisecond never share one), mode
// 0700, bodies 0600 (they hold install IDs and customer attributes). Bodies are kept only
// while an upload can be resumed.
class UploadWorkDir
{
    Q_DECLARE_TR_FUNCTIONS(UploadWorkDir)
public:
    static QString root(); // <AppDataLocation>/uploads
    // A new empty folder under root(); empty with *error set when it cannot be made.
    static QString create(QString *error, const QString &root = UploadWorkDir::root());
    static void restrictFiles(const QString &dir); // every file in it: owner read/write only
    static void removeDir(const QString &dir); // recursively; nothing outside root() or dir
    static void removeBodies(const UploadRecord &record); // and their folders when empty
    // Resumable uploads started more than `days` ago are abandoned and their bodies deleted;
    // so are pasted IDs' files (PastedTable) older than that which no resumable upload reads.
    static int purgeExpired(UploadHistory &history, int days);

    // Whether a body still to send is missing (a resume must prepare them again first).
    static bool bodiesMissing(const UploadRecord &record);
    // Puts each missing body still to send back from `fresh` (this run's check) when it is
    // the same request byte for byte (the SHA-256 recorded); moved into place, never deleted,
    // and recorded in `history`. False when one cannot be found that way.
    static bool adoptBodies(UploadRecord &record, const QList<ImportJob::Chunk> &fresh,
                            UploadHistory &history);
};
