// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChunkWriter.h"

#include "BodyEntries.h"
#include "BodyFile.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <cstring>
#include <optional>
#include <utility>

namespace {
constexpr qsizetype idsPrefixSize = qsizetype(sizeof BodyEntries::idsPrefix) - 1;
} // namespace

ChunkWriter::ChunkWriter(const QString &dir, int chunkSize, bool hashBodies, Layout layout)
    : m_dir(dir)
    , m_chunkSize(chunkSize)
    , m_hashBodies(hashBodies)
    , m_layout(layout)
{
    for (BodyBuffer &b : m_buffers)
        b.reserve(3 << 20); // 10,000 entries of the bench's rows: 2.1 MB
    m_writer.setMaxThreadCount(1);
}

ChunkWriter::~ChunkWriter()
{
    waitForWrite();
}

bool ChunkWriter::waitForWrite()
{
    if (!m_write.isValid())
        return true;
    const Written written = m_write.result();
    m_write = {};
    if (!written.error.isEmpty()) {
        m_error = written.error;
        return false;
    }
    m_chunks.last().sha256 = written.sha256; // bodies are written in order, one at a time
    return true;
}

QString ChunkWriter::pathFor(int sequence, const QString &suffix) const
{
    return QDir(m_dir).filePath(
        QStringLiteral("payload-%1.json").arg(sequence, 4, 10, QLatin1Char('0')) + suffix);
}

bool ChunkWriter::add(const char *entry, qsizetype size, Action action)
{
    m_sizes.push_back(quint32(size));
    m_aside.push_back(false);
    m_removes = action == Action::Remove;
    // One resize and plain copies: three QByteArray::append calls an entry showed in
    // profiles of the thread that commits the rows.
    const char *prefix = m_inChunk == 0 ? BodyEntries::idsPrefix : ",";
    const qsizetype prefixSize = m_inChunk == 0 ? idsPrefixSize : 1;
    const bool plain = m_chunks.isEmpty() && m_layout == Layout::ReplaceFirst;
    const char *actionText
        = action == Action::Remove ? BodyEntries::removePrefix : BodyEntries::addPrefix;
    const qsizetype actionSize = plain ? 0 : qsizetype(std::strlen(actionText));
    char *p = filling().grow(prefixSize + actionSize + size - (plain ? 0 : 1));
    std::memcpy(p, prefix, size_t(prefixSize));
    p += prefixSize;
    if (plain) {
        std::memcpy(p, entry, size_t(size));
    } else {
        std::memcpy(p, actionText, size_t(actionSize));
        std::memcpy(p + actionSize, entry + 1, size_t(size - 1));
    }
    if (++m_inChunk == m_chunkSize)
        return flush();
    return true;
}

bool ChunkWriter::flush()
{
    if (m_inChunk == 0)
        return true;
    filling().append("]}", 2);
    Chunk chunk;
    chunk.sequence = int(m_chunks.size()) + 1;
    chunk.ids = m_inChunk;
    chunk.bytes = filling().size();
    chunk.path = pathFor(chunk.sequence, m_suffix);
    if (!waitForWrite()) // the previous body: one in flight at a time
        return false;
    // The other buffer's write is over: it fills next while this one is written.
    const BodyBuffer *buffer = &filling();
    m_write = QtConcurrent::run(&m_writer, [path = chunk.path, buffer, hash = m_hashBodies] {
        const QString error = BodyFile::write(path, buffer->view());
        if (!error.isEmpty())
            return Written {error, {}};
        return Written {{}, hash ? Sha256::hex(buffer->view()) : QString()};
    });
    m_filling ^= 1;
    filling().clear();
    m_chunks.append(chunk);
    m_inChunk = 0;
    return true;
}

bool ChunkWriter::finish()
{
    return flush() && waitForWrite();
}

void ChunkWriter::setAside(const char *entry, qsizetype size, Action action)
{
    m_aside.push_back(true);
    m_removes = action == Action::Remove;
    m_asideData.append(entry, size);
    m_asideSizes.push_back(quint32(size));
}

bool ChunkWriter::rewriteWithout(const std::vector<bool> &superseded)
{
    if (!waitForWrite()) // every body is read back from disk
        return false;
    const QList<Chunk> old = m_chunks;
    const std::vector<quint32> sizes = std::move(m_sizes);
    const std::vector<bool> aside = std::move(m_aside);
    const QByteArray asideData = std::exchange(m_asideData, QByteArray());
    const std::vector<quint32> asideSizes = std::move(m_asideSizes);
    m_chunks.clear();
    m_sizes.clear();
    m_aside.clear();
    m_asideSizes.clear();
    filling().clear();
    m_inChunk = 0;
    m_suffix = QStringLiteral(".new");
    const Action action = m_removes ? Action::Remove : Action::Add;

    // The bodies written are read one at a time, their entries in order.
    qsizetype chunk = -1;
    qint64 left = 0;
    QByteArray body;
    std::optional<BodyEntries> entries;
    size_t written = 0, setAside = 0;
    qsizetype asideAt = 0;
    QByteArray plain;
    for (size_t entry = 0; entry < aside.size(); ++entry) {
        if (aside[entry]) {
            const qsizetype size = qsizetype(asideSizes[setAside++]);
            if (!superseded[entry] && !add(asideData.constData() + asideAt, size, action))
                return false;
            asideAt += size;
            continue;
        }
        if (left == 0) {
            if (chunk >= 0)
                QFile::remove(old[chunk].path); // its entries are in the new bodies
            QFile file(old[++chunk].path);
            if (!file.open(QIODevice::ReadOnly)) {
                m_error = file.errorString();
                return false;
            }
            body = file.readAll();
            left = old[chunk].ids;
            entries.emplace(body, old[chunk].sequence == 1 && m_layout == Layout::ReplaceFirst,
                            m_removes);
        }
        --left;
        QByteArrayView rest;
        // A body of another size than the one written: its entries would be read out of it.
        if (body.size() != old[chunk].bytes || !entries->next(qsizetype(sizes[written++]), &rest)) {
            m_error = QCoreApplication::translate(
                          "ChunkWriter",
                          "%1 changed while the requests were prepared: check the file again.")
                          .arg(old[chunk].path);
            return false;
        }
        if (!superseded[entry]) {
            plain = "{";
            plain.append(rest);
            if (!add(plain.constData(), plain.size(), action))
                return false;
        }
    }
    if (chunk >= 0)
        QFile::remove(old[chunk].path);
    if (!flush() || !waitForWrite())
        return false;
    m_suffix.clear();
    for (Chunk &c : m_chunks) {
        const QString final = pathFor(c.sequence);
        if (!QFile::rename(c.path, final)) {
            m_error = QCoreApplication::translate("ChunkWriter", "Cannot rename %1").arg(c.path);
            return false;
        }
        c.path = final;
    }
    return true;
}
