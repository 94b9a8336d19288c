// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportJob.h"
#include "history/SyncBaseline.h"
#include <QCoreApplication>

// The differences between a checked file and a baseline, as Update bodies only: new IDs and
// IDs whose entry changed are added (Batch replaces an existing ID's attributes and tags),
// IDs of the baseline no longer in the file are removed, unchanged IDs are not sent. Adds
// come first, in file order, then removes in ID order, so that the same file and baseline
// always give the same bodies (resume compares their SHA-256). Reads the check's bodies
// (written for a Replace), one at a time.
class SyncPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlanner)
public:
    struct Plan
    {
        bool ok = false;
        QString error;
        qint64 added = 0;
        qint64 updated = 0;
        qint64 removed = 0;
        qint64 unchanged = 0;
        QList<ImportJob::Chunk> chunks;
        qint64 bytes = 0; // of every body
    };
    // The bodies go to outputDir (created), named payload-NNNN.json.
    static Plan run(const ImportJob::Result &check, const SyncBaseline &baseline,
                    const QString &outputDir, bool hashBodies, int chunkSize = 10000);
};
