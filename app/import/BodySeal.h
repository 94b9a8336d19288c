// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "EntryDigests.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <vector>

// What an upload needs of a checked file beyond its rows, taken once the check is over from
// the bodies on disk: each body's SHA-256 (resume checks bodies against it), the file's
// SHA-256 (the history's key), and each entry's ID and digest (a sync's comparison, a
// Replace's baseline). Taken while the rows were read, these cost the wizard's check of 1M
// rows a third more CPU than the CLI's dry run (0.21 s on 0.44), on the two cores the check
// needs; after it, they are ready while the user names the audience.
// The digests are those ImportPipeline gives: each entry read back from its body (its size
// known from ChunkWriter), without its action, and its ID unescaped from the entry's JSON.
class BodySeal
{
public:
    struct Body
    {
        QString path;
        bool plain = false; // the Replace body: entries without an action
        qint64 ids = 0;
        qint64 bytes = -1; // as written (-1: not known)
    };
    struct Input
    {
        QString csvPath; // empty: no file hash
        QList<Body> bodies;
        bool hashBodies = true;
        bool removes = false; // the bodies' action is remove (else add)
        std::shared_ptr<const std::vector<quint32>> entrySizes; // null: no digests
    };
    struct Output
    {
        QString error; // empty on success
        bool cancelled = false;
        QString fileSha256;
        QStringList bodySha256; // by body
        std::shared_ptr<EntryDigests> entries;
    };

    static Output run(const Input &input, const std::atomic<bool> *cancel);
};
