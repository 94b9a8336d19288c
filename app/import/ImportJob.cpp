// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportJob.h"

#include "BodySeal.h"
#include "ChunkWriter.h"
#include "DuplicateIndex.h"
#include "FileHasher.h"
#include "IdCensus.h"
#include "ImportPipeline.h"
#include "RejectsWriter.h"
#include "RowValidator.h"
#include "csv/RecordSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>
#include <thread>
#include <vector>

namespace {

// Rows to expect from the first block's size, so that the duplicate keys (24 bytes a row)
// are allocated once: growing by doubling held 1.5 times the keys at each step (384 MB at
// 10M rows). Pages reserved and never written are not resident: an overestimate is free.
size_t estimatedRows(const RecordBlock &first, qint64 totalBytes, const CsvFormat &format,
                     bool workbook)
{
    if (totalBytes <= 0 || first.rows.empty() || workbook)
        return first.rows.size();
    const bool utf16
        = format.encoding == CsvEncoding::Utf16LE || format.encoding == CsvEncoding::Utf16BE;
    // A delimiter or line end per field; UTF-8 text takes at least a byte per character.
    const double bytesPerRow = double(first.text.size() + qsizetype(first.spans.size()))
        * (utf16 ? 2 : 1) / double(first.rows.size());
    return size_t(double(totalBytes) / std::max(1.0, bytesPerRow) * 1.1) + 16;
}

// The census's input when the file is one it reads: a CSV (not a workbook) in UTF-8 or
// Windows-1252, with an ASCII delimiter, big enough to be read on several threads.
bool censusInput(const QString &path, const CsvFormat &format, bool workbook, bool threads,
                 int idColumn, IdCensus::Input *input)
{
    const QChar delimiter = format.delimiter;
    if (workbook || !threads || idColumn < 0 || delimiter.isNull() || delimiter.unicode() >= 0x80
        || (format.encoding != CsvEncoding::Utf8 && format.encoding != CsvEncoding::Windows1252))
        return false;
    input->path = path;
    input->dataStart = format.hasBom && format.encoding == CsvEncoding::Utf8 ? 3 : 0;
    input->delimiter = char(delimiter.unicode());
    input->hasHeader = format.hasHeader;
    input->idColumn = idColumn;
    return true;
}

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
                                 const Progress &progress, const RowsChecked &rowsChecked)
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
    // What is taken while the rows are read, and what after (sealAfterCheck).
    const bool deferEntries = settings.collectEntries && settings.mode != UploadMode::Sync;
    const bool sealLater = settings.sealAfterCheck && (settings.hashFile || deferEntries);
    const bool hashWhileReading = settings.hashFile && !sealLater;
    const bool entriesWhileReading = settings.collectEntries && !(sealLater && deferEntries);
    ChunkWriter writer(settings.outputDir, settings.chunkSize, hashWhileReading,
                       updatesOnly ? ChunkWriter::Layout::Update
                                   : ChunkWriter::Layout::ReplaceFirst);
    RejectsWriter rejects;
    DuplicateIndex keys;
    QList<RowProblem> rowProblems;
    CsvRecord record;
    qint64 nextProgress = 0;
    const qint64 totalBytes = reader.totalBytes();
    ImportPipeline::Options options;
    if (settings.blockRows > 0)
        options.blockRows = settings.blockRows;
    options.collectIds = entriesWhileReading;
    // Threads pay from a few megabytes on: a smaller file is read and checked in a few
    // tens of milliseconds on this thread, less than waking four others would cost.
    constexpr qint64 threadsFrom = 4 << 20;
    options.threads = settings.blockRows > 0 || totalBytes < 0 || totalBytes >= threadsFrom;
    if (!options.threads)
        options.checkers = 1;
    // The file's SHA-256 on a thread of its own while the rows are read (it took ~0.2 s of
    // the wizard's check of 1M rows at the end, with one core idle).
    FileHasher hasher(hashWhileReading ? settings.csvPath : QString(), options.threads);

    // Records whose ID a later record repeats (IdCensus): set aside rather than written, up to
    // this much of them in memory (2 % of repeated IDs is 4 MB of entries for 1M rows).
    std::vector<bool> later;
    const qint64 asideBudget = settings.asideBudget >= 0
        ? settings.asideBudget
        : qBound(qint64(32) << 20, totalBytes / 4, qint64(256) << 20);

    ImportPipeline pipeline(reader, options);
    const ImportPipeline::Start start = pipeline.waitForStart();
    const bool validator = start.any;
    if (start.any) {
        // Without a header the first row says how many columns (a refused huge one does
        // not: then what was kept of it).
        result.header = result.format.hasHeader
            ? start.header
            : syntheticHeader(start.expected > 0 ? start.expected : int(start.firstFieldCount));
        std::vector<std::unique_ptr<RowValidator>> validators;
        for (int i = 0; i < options.checkers; ++i)
            validators.push_back(std::make_unique<RowValidator>(mapping, result.header));
        if (!validators.front()->setupErrors().isEmpty()) {
            result.error = validators.front()->setupErrors().join(QLatin1Char('\n'));
            return result;
        }
        IdCensus::Input census;
        if (settings.census
            && censusInput(settings.csvPath, result.format, !result.sheet.isEmpty(),
                           options.threads, validators.front()->idIndex(), &census))
            later = IdCensus::laterRepeats(census, cancel);
        rejects.setSheet(result.sheet);
        if (!settings.rejectsPath.isEmpty()
            && !rejects.open(settings.rejectsPath, result.header, &result.error))
            return result;
        pipeline.startChecking(std::move(validators));
    }
    while (std::unique_ptr<RecordBlock> block = start.any ? pipeline.next() : nullptr) {
        if (block->sequence == 0)
            keys.reserve(estimatedRows(*block, totalBytes, result.format, !result.sheet.isEmpty()));
        qsizetype entryAt = 0, idAt = 0, problemAt = 0;
        for (size_t i = 0; i < block->rows.size(); ++i) {
            const RecordBlock::Row &row = block->rows[i];
            ++result.rowsRead;
            if (row.valid) {
                const qsizetype size = row.entryEnd - entryAt;
                const char *entry = block->entries.constData() + entryAt;
                if (size_t(row.index) < later.size() && later[size_t(row.index)]
                    && writer.asideBytes() < asideBudget) {
                    writer.setAside(entry, size, action);
                } else if (!writer.add(entry, size, action)) {
                    result.error = writer.errorString();
                    return result;
                }
                if (entriesWhileReading)
                    entries->append(QByteArrayView(block->ids).sliced(idAt, row.idEnd - idAt),
                                    row.digest, quint32(size));
                keys.add(row.h1, row.h2, result.validRows);
                ++result.validRows;
                if (row.warning >= 0)
                    ++result.warnings;
            } else {
                ++result.rejectedRows;
                if (!settings.rejectsPath.isEmpty()) {
                    block->fill(i, record);
                    rowProblems = block->problems.mid(problemAt, row.problemsEnd - problemAt);
                    rejects.write(record.line, rowProblems, record.toStringList());
                }
            }
            entryAt = row.entryEnd;
            idAt = row.idEnd;
            result.problemCount += row.problemsEnd - problemAt;
            for (; problemAt < row.problemsEnd; ++problemAt) {
                if (result.problems.size() < settings.maxProblemsKept)
                    result.problems.append(block->problems.at(problemAt));
            }
            if (row.bytesRead >= nextProgress) {
                nextProgress = row.bytesRead + (1 << 20);
                if (progress)
                    progress(Phase::Reading, row.bytesRead, totalBytes);
                if (cancel && cancel->load()) {
                    result.cancelled = true;
                    return result;
                }
            }
        }
        pipeline.recycle(std::move(block));
    }
    pipeline.stop(); // the reader's thread is over: the source is ours again
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
        RowValidator &first = *pipeline.validators().front();
        for (size_t i = 1; i < pipeline.validators().size(); ++i)
            first.mergeLeadingZeros(*pipeline.validators()[i]);
        const QList<RowProblem> padded = first.leadingZeroWarnings();
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
        progress(Phase::Reading, totalBytes, totalBytes);

    std::vector<bool> superseded(size_t(result.validRows), false);
    keys.resolve(superseded, &result.duplicateIds, &result.supersededRows);
    result.uniqueIds = result.validRows - result.supersededRows;
    // Most files have no repeated ID, and the census foresaw the rows superseded in most
    // others: the bodies written while reading are final.
    if (!writer.isFinal(superseded)) {
        if (progress)
            progress(Phase::Writing, 0, result.uniqueIds);
        if (!writer.rewriteWithout(superseded)) {
            result.error = writer.errorString();
            return result;
        }
        result.recut = true;
    }
    if (result.supersededRows > 0 && entriesWhileReading) {
        auto kept = std::make_shared<EntryDigests>();
        for (size_t i = 0; i < superseded.size(); ++i) {
            if (!superseded[i])
                kept->append(entries->id(qsizetype(i)), entries->hashes[i], entries->sizes[i]);
        }
        entries = kept;
    }
    if (entriesWhileReading)
        result.entries = entries;
    if (hashWhileReading)
        result.fileSha256 = hasher.result();
    for (const ChunkWriter::Chunk &c : writer.chunks())
        result.chunks.append(
            {c.sequence, c.sequence == 1 && !updatesOnly, c.ids, c.path, c.sha256});
    if (progress)
        progress(Phase::Writing, result.uniqueIds, result.uniqueIds);
    result.ok = true;
    if (!sealLater)
        return result;
    if (rowsChecked)
        rowsChecked(result);
    seal(result, settings, writer, !entriesWhileReading && settings.collectEntries, cancel);
    return result;
}

void ImportJob::seal(Result &result, const Settings &settings, const ChunkWriter &writer,
                     bool entries, const std::atomic<bool> *cancel)
{
    BodySeal::Input input;
    input.csvPath = settings.hashFile ? settings.csvPath : QString();
    for (qsizetype i = 0; i < result.chunks.size(); ++i) {
        const Chunk &c = result.chunks.at(i);
        input.bodies.append({c.path, c.replace, c.ids, writer.chunks().at(i).bytes});
    }
    input.hashBodies = settings.hashFile;
    input.removes = settings.mode == UploadMode::Remove;
    if (entries)
        input.entrySizes = std::make_shared<const std::vector<quint32>>(writer.sizes());
    const BodySeal::Output out = BodySeal::run(input, cancel);
    if (out.cancelled || !out.error.isEmpty()) {
        result.ok = false;
        result.cancelled = out.cancelled;
        result.error = out.error;
        return;
    }
    result.fileSha256 = out.fileSha256;
    for (qsizetype i = 0; i < out.bodySha256.size(); ++i)
        result.chunks[i].sha256 = out.bodySha256.at(i);
    if (entries)
        result.entries = out.entries;
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
