// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportJob.h"

#include "ChunkWriter.h"
#include "RejectsWriter.h"
#include "RowValidator.h"
#include "csv/RecordSource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>
#include <vector>

namespace {

struct IdKey
{
    quint64 h1;
    quint64 h2;
    qint64 entry; // index among valid rows
};

QStringList syntheticHeader(int count)
{
    QStringList header;
    for (int i = 1; i <= count; ++i)
        header << QStringLiteral("column_%1").arg(i);
    return header;
}

} // namespace

CsvFormat ImportJob::formatFor(const ColumnMapping &mapping)
{
    CsvFormat format;
    format.encoding = csvEncodingFromName(mapping.encoding);
    const QString d = mapping.delimiter.trimmed().toLower();
    if (d == u"tab" || d == u"\\t" || d == u"\t")
        format.delimiter = QLatin1Char('\t');
    else if (d.size() == 1)
        format.delimiter = d.at(0);
    format.hasHeader = mapping.hasHeader;
    format.sheet = mapping.sheet;
    return format;
}

ColumnMapping ImportJob::mappingFor(const ColumnMapping &mapping, UploadMode mode)
{
    ColumnMapping m = mapping;
    if (mode == UploadMode::Remove) {
        m.attributes.clear();
        m.tagColumns.clear();
        m.constantTags.clear();
    }
    return m;
}

ImportJob::Result ImportJob::run(const Settings &settings, const std::atomic<bool> *cancel,
                                 const Progress &progress)
{
    Result result;
    result.mode = settings.mode;
    const ColumnMapping mapping = mappingFor(settings.mapping, settings.mode);
    auto entries = std::make_shared<EntryDigests>();
    const std::unique_ptr<RecordSource> source = RecordSource::forFile(settings.csvPath);
    RecordSource &reader = *source;
    if (!reader.open(settings.csvPath)) {
        result.error = reader.errorString();
        return result;
    }
    result.format = reader.detect(settings.format);
    result.sheet = reader.sheet();
    if (!QDir().mkpath(settings.outputDir)) {
        result.error = tr("Cannot create the folder %1.").arg(settings.outputDir);
        return result;
    }
    const bool updatesOnly
        = settings.mode == UploadMode::Add || settings.mode == UploadMode::Remove;
    const auto action = settings.mode == UploadMode::Remove ? ChunkWriter::Action::Remove
                                                            : ChunkWriter::Action::Add;
    ChunkWriter writer(settings.outputDir, settings.chunkSize, settings.hashFile,
                       updatesOnly ? ChunkWriter::Layout::Update
                                   : ChunkWriter::Layout::ReplaceFirst);
    RejectsWriter rejects;
    std::unique_ptr<RowValidator> validator;
    std::vector<IdKey> keys;
    QList<RowProblem> rowProblems;
    QByteArray entry;
    CsvRecord record;
    qint64 nextProgress = 0;
    constexpr size_t seed1 = 0x9E3779B97F4A7C15ull, seed2 = 0xC2B2AE3D27D4EB4Full;

    while (reader.next(record)) {
        if (!validator) {
            // Without a header the first row says how many columns (a refused huge one does
            // not: then what was kept of it).
            result.header = result.format.hasHeader
                ? reader.header()
                : syntheticHeader(reader.expectedFieldCount() > 0 ? reader.expectedFieldCount()
                                                                  : int(record.fields.size()));
            validator = std::make_unique<RowValidator>(mapping, result.header);
            if (!validator->setupErrors().isEmpty()) {
                result.error = validator->setupErrors().join(QLatin1Char('\n'));
                return result;
            }
            rejects.setSheet(result.sheet);
            if (!settings.rejectsPath.isEmpty()
                && !rejects.open(settings.rejectsPath, result.header, &result.error))
                return result;
        }
        ++result.rowsRead;
        rowProblems.clear();
        QStringView id;
        const qsizetype before = entry.size();
        if (validator->validate(record, entry, &id, rowProblems)) {
            if (!writer.add(entry.constData() + before, entry.size() - before, action)) {
                result.error = writer.errorString();
                return result;
            }
            if (settings.collectEntries)
                entries->append(
                    id.toUtf8(),
                    EntryDigests::hash(entry.constData() + before, entry.size() - before),
                    quint32(entry.size() - before));
            entry.truncate(0); // keeps the capacity: no allocation per row
            keys.push_back(
                {quint64(qHash(id, seed1)), quint64(qHash(id, seed2)), result.validRows});
            ++result.validRows;
            if (record.hasWarning) {
                ++result.warnings;
                rowProblems.append(
                    {record.warning.line, record.warning.column, {}, record.warning.reason, true});
            }
        } else {
            ++result.rejectedRows;
            if (!settings.rejectsPath.isEmpty())
                rejects.write(record.line, rowProblems, record.toStringList());
        }
        result.problemCount += rowProblems.size();
        for (const RowProblem &p : std::as_const(rowProblems)) {
            if (result.problems.size() < settings.maxProblemsKept)
                result.problems.append(p);
        }
        if (reader.bytesRead() >= nextProgress) {
            nextProgress = reader.bytesRead() + (1 << 20);
            if (progress)
                progress(Phase::Reading, reader.bytesRead(), reader.totalBytes());
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return result;
            }
        }
    }
    if (!reader.errorString().isEmpty() && result.rowsRead == 0 && !validator) {
        result.error = reader.errorString();
        return result;
    }
    if (!validator) { // an empty file, or a header alone
        result.header = reader.header();
        RowValidator empty(mapping, result.header);
        if (!empty.setupErrors().isEmpty() && !result.header.isEmpty()) {
            result.error = empty.setupErrors().join(QLatin1Char('\n'));
            return result;
        }
    }
    if (validator) {
        // Said first, so that a report showing the first problems shows them too.
        const QList<RowProblem> padded = validator->leadingZeroWarnings();
        result.problems = padded + result.problems;
        result.problemCount += padded.size();
        result.warnings += padded.size();
    }
    if (!writer.finish()) {
        result.error = writer.errorString();
        return result;
    }
    if (!rejects.close(&result.error))
        return result;
    if (progress)
        progress(Phase::Reading, reader.totalBytes(), reader.totalBytes());

    // Duplicates: sort by hash then position; within a group, all but the last are superseded.
    std::sort(keys.begin(), keys.end(), [](const IdKey &a, const IdKey &b) {
        return a.h1 != b.h1 ? a.h1 < b.h1 : a.h2 != b.h2 ? a.h2 < b.h2 : a.entry < b.entry;
    });
    std::vector<bool> superseded(keys.size(), false);
    for (size_t i = 0; i < keys.size();) {
        size_t j = i + 1;
        while (j < keys.size() && keys[j].h1 == keys[i].h1 && keys[j].h2 == keys[i].h2)
            ++j;
        if (j - i > 1) {
            ++result.duplicateIds;
            for (size_t k = i; k + 1 < j; ++k)
                superseded[size_t(keys[k].entry)] = true;
            result.supersededRows += qint64(j - i - 1);
        }
        i = j;
    }
    std::vector<IdKey>().swap(keys);
    result.uniqueIds = result.validRows - result.supersededRows;
    // Most files have no repeated ID: the bodies written while reading are final.
    if (result.supersededRows > 0) {
        if (progress)
            progress(Phase::Writing, 0, result.uniqueIds);
        if (!writer.rewriteWithout(superseded)) {
            result.error = writer.errorString();
            return result;
        }
        if (settings.collectEntries) {
            auto kept = std::make_shared<EntryDigests>();
            for (size_t i = 0; i < superseded.size(); ++i) {
                if (superseded[i])
                    continue;
                kept->append(entries->id(qsizetype(i)), entries->hashes[i], entries->sizes[i]);
            }
            entries = kept;
        }
    }
    if (settings.collectEntries)
        result.entries = entries;
    if (settings.hashFile) {
        // Here, in the worker, rather than later on the GUI thread: 85 MB take ~0.2 s.
        QFile file(settings.csvPath);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        result.fileSha256 = QString::fromLatin1(hash.result().toHex());
    }
    for (const ChunkWriter::Chunk &c : writer.chunks())
        result.chunks.append(
            {c.sequence, c.sequence == 1 && !updatesOnly, c.ids, c.path, c.sha256});
    if (progress)
        progress(Phase::Writing, result.uniqueIds, result.uniqueIds);
    result.ok = true;
    return result;
}

bool ImportJob::writePlan(const Result &result, const QString &audience, const QString &path,
                          QString *error)
{
    QJsonArray requests;
    for (const Chunk &c : result.chunks)
        requests.append(QJsonObject {
            {QStringLiteral("sequence"), c.sequence},
            {QStringLiteral("method"), c.replace ? QStringLiteral("PUT") : QStringLiteral("PATCH")},
            {QStringLiteral("operation"),
             c.replace ? QStringLiteral("replace") : QStringLiteral("update")},
            {QStringLiteral("ids"), c.ids},
            {QStringLiteral("file"), QFileInfo(c.path).fileName()}});
    QJsonObject plan {{QStringLiteral("audience"), audience},
                      {QStringLiteral("mode"), uploadModeKey(result.mode)},
                      {QStringLiteral("requests"), requests},
                      {QStringLiteral("rows_read"), result.rowsRead},
                      {QStringLiteral("valid"), result.uniqueIds},
                      {QStringLiteral("valid_rows"), result.validRows},
                      {QStringLiteral("rejected"), result.rejectedRows},
                      {QStringLiteral("duplicates"), result.duplicateIds},
                      {QStringLiteral("superseded_rows"), result.supersededRows}};
    if (result.added >= 0) {
        plan.insert(QStringLiteral("added"), result.added);
        plan.insert(QStringLiteral("updated"), result.updated);
        plan.insert(QStringLiteral("removed"), result.removed);
        plan.insert(QStringLiteral("unchanged"), result.unchanged);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(plan).toJson()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
