// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SyncPlanner.h"

#include "BodyEntries.h"
#include "ChunkWriter.h"
#include "JsonText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

SyncPlanner::Plan SyncPlanner::run(const ImportJob::Result &check, const SyncBaseline &baseline,
                                   const QString &outputDir, bool hashBodies, int chunkSize)
{
    Plan plan;
    if (!check.ok || !check.entries || check.mode == UploadMode::Add
        || check.mode == UploadMode::Remove) {
        plan.error = tr("The file was not checked for a sync.");
        return plan;
    }
    if (!QDir().mkpath(outputDir)) {
        plan.error = tr("Cannot create the folder %1.").arg(outputDir);
        return plan;
    }
    const EntryDigests &entries = *check.entries;
    QHash<QByteArray, quint64> remaining = baseline.entries;
    ChunkWriter writer(outputDir, chunkSize, hashBodies, ChunkWriter::Layout::Update);
    qsizetype entry = 0;
    for (const ImportJob::Chunk &c : check.chunks) {
        QFile file(c.path);
        if (!file.open(QIODevice::ReadOnly)) {
            plan.error = tr("Cannot read %1: %2").arg(c.path, file.errorString());
            return plan;
        }
        const QByteArray body = file.readAll();
        BodyEntries written(body, c.replace, false);
        QByteArray plain;
        for (qint64 k = 0; k < c.ids; ++k, ++entry) {
            QByteArrayView rest;
            if (!written.next(qsizetype(entries.sizes[size_t(entry)]), &rest)) {
                plan.error
                    = tr("%1 changed after it was checked: check the file again.").arg(c.path);
                return plan;
            }
            const QByteArray id
                = QByteArray::fromRawData(entries.id(entry).data(), entries.id(entry).size());
            const auto it = remaining.constFind(id);
            const bool known = it != remaining.cend();
            if (known && *it == entries.hashes[size_t(entry)]) {
                ++plan.unchanged;
            } else {
                ++(known ? plan.updated : plan.added);
                plain = "{";
                plain.append(rest);
                if (!writer.add(plain.constData(), plain.size())) {
                    plan.error = writer.errorString();
                    return plan;
                }
            }
            if (known)
                remaining.erase(it);
        }
    }
    QByteArrayList gone = remaining.keys();
    std::sort(gone.begin(), gone.end());
    QByteArray removeEntry;
    for (const QByteArray &id : std::as_const(gone)) {
        removeEntry = "{\"id\":";
        JsonText::appendString(removeEntry, QString::fromUtf8(id));
        removeEntry.append('}');
        if (!writer.add(removeEntry.constData(), removeEntry.size(), ChunkWriter::Action::Remove)) {
            plan.error = writer.errorString();
            return plan;
        }
    }
    plan.removed = gone.size();
    if (!writer.finish()) {
        plan.error = writer.errorString();
        return plan;
    }
    for (const ChunkWriter::Chunk &c : writer.chunks()) {
        plan.chunks.append({c.sequence, false, c.ids, c.path, c.sha256});
        plan.bytes += QFileInfo(c.path).size();
    }
    plan.ok = true;
    return plan;
}
