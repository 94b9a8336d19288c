// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "BodyBuffer.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>
#include <QThreadPool>
#include <vector>

// Writes payload entries straight into request bodies of at most chunkSize IDs. With the
// ReplaceFirst layout payload-0001.json is the Replace body and the next ones Update bodies
// with "action":"add"; with the Update layout every body is an Update, each entry with the
// action it is given (add or remove).
// Entry sizes are kept (4 bytes each) so that, when duplicates turn out to supersede
// earlier rows, the bodies can be re-cut without the superseded entries (and with the ones
// set aside that turn out not to be).
// A full body is written (and hashed) on a thread of its own while the next one fills (one
// write in flight): writing ~2 MB bodies took a fifth of an import's time on the reading
// thread. Bodies hold customer data: they are made readable by their owner only.
class ChunkWriter
{
public:
    struct Chunk
    {
        int sequence = 0;
        qint64 ids = 0;
        qint64 bytes = 0;
        QString path;
        QString sha256; // hex, of the body as written: resume checks bodies against it
    };

    enum class Layout { ReplaceFirst, Update };
    enum class Action { Add, Remove };

    ChunkWriter(const QString &dir, int chunkSize, bool hashBodies = true,
                Layout layout = Layout::ReplaceFirst);
    ~ChunkWriter();
    ChunkWriter(const ChunkWriter &) = delete;
    ChunkWriter &operator=(const ChunkWriter &) = delete;

    // An entry {"id":...} without action. Removes are only written by the sync planner,
    // whose bodies are never re-cut.
    bool add(const char *entry, qsizetype size, Action action = Action::Add);
    // An entry that a later row most likely supersedes (IdCensus): kept out of the bodies,
    // and in memory in case the check of the later rows says otherwise. It still counts as
    // an entry (its number is the next one).
    void setAside(const char *entry, qsizetype size, Action action = Action::Add);
    qsizetype asideBytes() const { return m_asideData.size(); }
    bool finish(); // writes the last body
    // Whether the bodies written are final: the entries set aside are exactly those flagged.
    bool isFinal(const std::vector<bool> &superseded) const { return m_aside == superseded; }
    // Re-cuts every body, with the entries set aside, without the entries flagged (by entry
    // number).
    bool rewriteWithout(const std::vector<bool> &superseded);

    const QList<Chunk> &chunks() const { return m_chunks; }
    // Each entry's size in the bodies, without its action, in order.
    const std::vector<quint32> &sizes() const { return m_sizes; }
    QString errorString() const { return m_error; }

private:
    bool flush();
    bool waitForWrite(); // the body in flight is on disk; false (and m_error) if not
    QString pathFor(int sequence, const QString &suffix = {}) const;

    QString m_dir;
    int m_chunkSize;
    // A dry run needs no hash: hashing the 205 MB of bodies of 1M rows took the dry run
    // from 1.0-2.2 s to 2.4-3.0 s.
    bool m_hashBodies;
    Layout m_layout;
    bool m_removes = false; // re-cutting assumes every entry has the same action
    BodyBuffer &filling() { return m_buffers[m_filling]; }
    BodyBuffer m_buffers[2]; // one fills while the other is written
    int m_filling = 0;
    qint64 m_inChunk = 0;
    QList<Chunk> m_chunks;
    std::vector<quint32> m_sizes; // of the entries in the bodies
    std::vector<bool> m_aside; // by entry number: set aside rather than written
    QByteArray m_asideData;
    std::vector<quint32> m_asideSizes;
    QString m_error;
    QString m_suffix; // ".new" while re-cutting, so no body is replaced before it is read
    QThreadPool m_writer; // one thread: bodies reach the disk in order
    struct Written
    {
        QString error;
        QString sha256;
    };
    QFuture<Written> m_write; // the body in flight
};
