#include "ImportJob.h"

#include "RejectsWriter.h"
#include "RowValidator.h"
#include "csv/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryFile>
#include <algorithm>
#include <cstring>
#include <vector>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportJob", text);
}

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

// Valid entries, [length][bytes] each, in a temporary file written in 4 MiB blocks.
// (Measured: keeping a million rows' entries in memory instead was slower, 3.0 s against
// 1.9 s, because the growing buffer is copied; the page cache does this better.)
class Spool
{
public:
    explicit Spool(const QString &dir)
        : m_file(QDir(dir).filePath(QStringLiteral("spool-XXXXXX")))
    { }
    bool append(const char *data, qsizetype size)
    {
        m_memory.append(data, size);
        if (m_memory.size() < memoryLimit)
            return true;
        if (!m_file.isOpen() && !m_file.open())
            return false;
        const bool ok = m_file.write(m_memory) == m_memory.size();
        m_memory.truncate(0);
        return ok;
    }
    QString errorString() const { return m_file.errorString(); }
    bool startReading()
    {
        if (!m_file.isOpen())
            return true; // everything is in m_memory
        if (m_file.write(m_memory) != m_memory.size() || !m_file.flush())
            return false;
        m_memory.truncate(0);
        return m_file.seek(0);
    }
    // Makes `bytes` bytes readable at data(); false at the end.
    bool need(qsizetype bytes)
    {
        if (m_memory.size() - m_at >= bytes)
            return true;
        if (!m_file.isOpen())
            return false;
        m_memory.remove(0, m_at);
        m_at = 0;
        while (m_memory.size() < bytes) {
            const QByteArray more = m_file.read(std::max<qint64>(8 << 20, bytes));
            if (more.isEmpty())
                return false;
            m_memory.append(more);
        }
        return true;
    }
    const char *take(qsizetype bytes)
    {
        const char *p = m_memory.constData() + m_at;
        m_at += bytes;
        return p;
    }

private:
    static constexpr qsizetype memoryLimit = 4 << 20;
    QTemporaryFile m_file;
    QByteArray m_memory;
    qsizetype m_at = 0;
};

// Cuts the spooled entries into request bodies, skipping superseded ones.
bool writeChunks(Spool &spool, const std::vector<bool> &superseded,
                 const ImportJob::Settings &settings, ImportJob::Result &result,
                 const std::atomic<bool> *cancel, const ImportJob::Progress &progress)
{
    QByteArray body;
    qint64 inChunk = 0;
    qint64 written = 0;
    auto flush = [&]() {
        if (inChunk == 0)
            return true;
        body.append("]}");
        ImportJob::Chunk chunk;
        chunk.sequence = int(result.chunks.size()) + 1;
        chunk.replace = chunk.sequence == 1;
        chunk.ids = inChunk;
        chunk.path = QDir(settings.outputDir)
                         .filePath(QStringLiteral("payload-%1.json")
                                       .arg(chunk.sequence, 4, 10, QLatin1Char('0')));
        QSaveFile file(chunk.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit()) {
            result.error = tr("Cannot write %1: %2").arg(chunk.path, file.errorString());
            return false;
        }
        result.chunks.append(chunk);
        body.truncate(0);
        inChunk = 0;
        return true;
    };
    const qint64 total = qint64(superseded.size());
    body.reserve(4 << 20);
    for (qint64 i = 0; i < total; ++i) {
        quint32 length = 0;
        if (!spool.need(sizeof length)) {
            result.error = tr("The temporary file could not be read back.");
            return false;
        }
        std::memcpy(&length, spool.take(sizeof length), sizeof length);
        if (!spool.need(length)) {
            result.error = tr("The temporary file could not be read back.");
            return false;
        }
        const char *entry = spool.take(length);
        if (superseded[size_t(i)])
            continue;
        if (inChunk == 0)
            body.append("{\"ids\":[");
        else
            body.append(',');
        if (result.chunks.isEmpty()) {
            body.append(entry, length);
        } else {
            body.append("{\"action\":\"add\",");
            body.append(entry + 1, length - 1);
        }
        ++written;
        if (++inChunk == settings.chunkSize) {
            if (!flush())
                return false;
            if (progress)
                progress(ImportJob::Phase::Writing, written, result.uniqueIds);
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return false;
            }
        }
    }
    return flush();
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
    return format;
}

ImportJob::Result ImportJob::run(const Settings &settings, const std::atomic<bool> *cancel,
                                 const Progress &progress)
{
    Result result;
    CsvReader reader;
    if (!reader.open(settings.csvPath)) {
        result.error = reader.errorString();
        return result;
    }
    result.format = reader.detect(settings.format);
    if (!QDir().mkpath(settings.outputDir)) {
        result.error = tr("Cannot create the folder %1.").arg(settings.outputDir);
        return result;
    }
    Spool spool(settings.outputDir);
    RejectsWriter rejects;
    std::unique_ptr<RowValidator> validator;
    std::vector<IdKey> keys;
    QList<RowProblem> rowProblems;
    QByteArray entry;
    QByteArray spoolBuffer;
    CsvRecord record;
    constexpr size_t seed1 = 0x9E3779B97F4A7C15ull, seed2 = 0xC2B2AE3D27D4EB4Full;

    while (reader.next(record)) {
        if (!validator) {
            result.header = result.format.hasHeader ? reader.header()
                                                    : syntheticHeader(reader.expectedFieldCount());
            validator = std::make_unique<RowValidator>(settings.mapping, result.header);
            if (!validator->setupErrors().isEmpty()) {
                result.error = validator->setupErrors().join(QLatin1Char('\n'));
                return result;
            }
            if (!settings.rejectsPath.isEmpty()
                && !rejects.open(settings.rejectsPath, result.header, &result.error))
                return result;
        }
        ++result.rowsRead;
        rowProblems.clear();
        QStringView id;
        const qsizetype before = entry.size();
        if (validator->validate(record, entry, &id, rowProblems)) {
            const quint32 length = quint32(entry.size() - before);
            spoolBuffer.append(reinterpret_cast<const char *>(&length), sizeof length);
            spoolBuffer.append(entry.constData() + before, length);
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
        if (spoolBuffer.size() > (1 << 20)) {
            if (!spool.append(spoolBuffer.constData(), spoolBuffer.size())) {
                result.error = tr("Cannot write the temporary file: %1").arg(spool.errorString());
                return result;
            }
            spoolBuffer.truncate(0);
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
        RowValidator empty(settings.mapping, result.header);
        if (!empty.setupErrors().isEmpty() && !result.header.isEmpty()) {
            result.error = empty.setupErrors().join(QLatin1Char('\n'));
            return result;
        }
    }
    if (!spool.append(spoolBuffer.constData(), spoolBuffer.size()) || !spool.startReading()) {
        result.error = tr("Cannot write the temporary file: %1").arg(spool.errorString());
        return result;
    }
    spoolBuffer = QByteArray();
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
    if (!writeChunks(spool, superseded, settings, result, cancel, progress))
        return result;
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
    const QJsonObject plan {{QStringLiteral("audience"), audience},
                            {QStringLiteral("requests"), requests},
                            {QStringLiteral("rows_read"), result.rowsRead},
                            {QStringLiteral("valid"), result.uniqueIds},
                            {QStringLiteral("valid_rows"), result.validRows},
                            {QStringLiteral("rejected"), result.rejectedRows},
                            {QStringLiteral("duplicates"), result.duplicateIds},
                            {QStringLiteral("superseded_rows"), result.supersededRows}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(plan).toJson()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
