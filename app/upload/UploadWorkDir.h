// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
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
    // Resumable uploads started more than `days` ago are abandoned and their bodies deleted.
    static int purgeExpired(UploadHistory &history, int days);
};
