// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ColumnMapping.h"
#include "EntryDigests.h"
#include "RowProblem.h"
#include "UploadMode.h"
#include "csv/CsvFormat.h"
#include <QCoreApplication>

#include <QList>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

// The whole file, start to end, off the GUI thread: read and validate every row, resolve
// duplicate IDs (the last occurrence wins, at its position), and cut the valid entries
// into request bodies of at most chunkSize IDs: for a Replace (and a sync, which may fall
// back to one) payload-0001.json is the Replace body, the following ones Update "add"
// bodies; for Add and Remove every body is an Update with that action (Remove sends the
// IDs alone, whatever the mapping says of attributes and tags). Memory stays bounded: valid entries
// are serialised once to a spool file, and duplicates are found through 128-bit hashes of the IDs
// (24 bytes per row), so 10 million rows fit well under 1.5 GB.
// From a few megabytes on, the file is read, checked and committed on threads of their own
// (ImportPipeline: both cores of a small machine); whatever the size, the results are those
// of one row after another, and progress and cancel are called from the calling thread.
class ChunkWriter;

class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
public:
    enum class Phase { Reading, Writing };
    struct Settings
    {
        QString csvPath; // or an Excel workbook (.xlsx): told by its content
        CsvFormat format; // Auto fields are detected
        ColumnMapping mapping; // format fields of the mapping are not used here
        QString outputDir; // where payload files go (created)
        QString rejectsPath; // empty: no rejects file
        int chunkSize = 10000;
        int maxProblemsKept = 100000; // all are counted and written; this many are kept
        // For an upload (not a dry run): the file's SHA-256 and each body's, which the upload
        // history keys resume on.
        bool hashFile = false;
        UploadMode mode = UploadMode::Replace;
        // Keep each entry's ID and hash (EntryDigests): what a sync compares and a baseline
        // stores. Costs about 50 bytes per ID.
        bool collectEntries = false;
        // Rows per block read, checked and written by the threads of an import (0: 4,096).
        // Tests make it small so that records, duplicates and problems cross blocks.
        int blockRows = 0;
        // Read the IDs first (IdCensus) so that rows a later row supersedes are not written;
        // false writes every valid row and re-cuts the bodies at the end (the same bytes).
        bool census = true;
        // Entries set aside in memory at most (-1: a quarter of the file, 32 to 256 MB); past
        // it, rows are written and the bodies re-cut at the end. Tests make it small.
        qint64 asideBudget = -1;
        // The hashes (and the entries, but for a sync, whose preview wants them at once)
        // taken after the rows are checked, from the bodies on disk (BodySeal): run() calls
        // `rowsChecked` with the counts, problems and bodies first.
        bool sealAfterCheck = false;
    };
    struct Chunk
    {
        int sequence = 0;
        bool replace = false;
        qint64 ids = 0;
        QString path;
        QString sha256; // hex, of the body
    };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error; // unreadable file, bad mapping, disk full...
        QStringList header;
        CsvFormat format;
        QString sheet; // an Excel workbook's sheet read; empty for a CSV file
        qint64 rowsRead = 0;
        qint64 validRows = 0;
        qint64 rejectedRows = 0;
        qint64 uniqueIds = 0;
        qint64 duplicateIds = 0; // IDs that occur more than once among valid rows
        qint64 supersededRows = 0; // valid rows replaced by a later row with the same ID
        // The bodies were written a second time at the end, without the superseded rows
        // (no census, or one that guessed wrong): the same bytes, slower.
        bool recut = false;
        qint64 warnings = 0;
        qint64 problemCount = 0;
        // A summary warning per column whose zero-padded numbers lose their zeros, then the
        // first maxProblemsKept problems in file order.
        QList<RowProblem> problems;
        QList<Chunk> chunks;
        QString fileSha256; // when Settings::hashFile
        UploadMode mode = UploadMode::Replace;
        std::shared_ptr<const EntryDigests> entries; // when Settings::collectEntries
        // A sync's differences once planned (chunks are then its Update bodies); -1 before.
        qint64 added = -1;
        qint64 updated = -1;
        qint64 removed = -1;
        qint64 unchanged = -1;
    };
    using Progress = std::function<void(Phase phase, qint64 done, qint64 total)>;
    using RowsChecked = std::function<void(const Result &rows)>;

    static Result run(const Settings &settings, const std::atomic<bool> *cancel = nullptr,
                      const Progress &progress = {}, const RowsChecked &rowsChecked = {});
    // plan.json: audience, mode, each request's method and ID count, and the counts.
    static bool writePlan(const Result &result, const QString &audience, const QString &path,
                          QString *error);
    static CsvFormat formatFor(const ColumnMapping &mapping);
    // The mapping a mode uses: Remove keeps the ID column alone.
    static ColumnMapping mappingFor(const ColumnMapping &mapping, UploadMode mode);

private:
    // The hashes and entries taken from the bodies once the rows are checked.
    static void seal(Result &result, const Settings &settings, const ChunkWriter &writer,
                     bool entries, const std::atomic<bool> *cancel);
};
