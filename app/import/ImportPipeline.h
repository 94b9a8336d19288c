// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RecordBlock.h"
#include "RowValidator.h"

#include <QStringList>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class RecordSource;

// The two cores of the machine on one import: a thread reads the source into blocks of
// records, `checkers` threads check blocks and write their entries (one RowValidator each,
// the blocks dealt in turn), and the caller takes the checked blocks back in file order
// (next()), so that counting, duplicates, problems and bodies stay as a serial read makes
// them. At most a few blocks are alive at a time: memory does not grow with the file.
// Hand-written on std::thread rather than QtConcurrent or a QThreadPool: the import itself
// (ImportJob::run) already runs on a pool thread, FileCheck's own two-thread pool, and
// waits for these threads until the file is read; taken from that pool they would starve
// it (or deadlock it), and taken from the application's pool (AppContext::pool) they would
// hold its threads for the whole import and stall the GUI's previews. Threads of its own
// live exactly as long as one import; and one mutex for all the states keeps the ordering
// argument in one place.
// Measured: 1M rows, 8 columns, 1.37 s serial (one core busy, the other idle).
class ImportPipeline
{
public:
    struct Start
    {
        bool any = false; // false: the source had no record at all
        QStringList header; // the source's, once its first record was read
        int expected = 0; // its expectedFieldCount() then
        qsizetype firstFieldCount = 0;
    };
    struct Options
    {
        int blockRows = 4096;
        int checkers = 2;
        bool collectIds = false; // fill RecordBlock::ids and digests
        // False: no thread at all, each block read and checked in next() by the caller (a
        // small file: its import takes less than starting threads and handing blocks
        // over; the results are the same).
        bool threads = true;
    };

    ImportPipeline(RecordSource &source, const Options &options);
    ~ImportPipeline(); // stops and waits for every thread
    ImportPipeline(const ImportPipeline &) = delete;
    ImportPipeline &operator=(const ImportPipeline &) = delete;

    // Blocks until the first record is read, or the source's end.
    Start waitForStart();
    // Checking begins with these (Options::checkers of them, built from Start; without
    // threads, the first alone is used).
    void startChecking(std::vector<std::unique_ptr<RowValidator>> validators);
    // The next checked block in file order; null at the end. The source may be used again
    // once this returned null (its reading thread is over).
    std::unique_ptr<RecordBlock> next();
    // A block next() gave, done with: its memory is filled again by the reader. Fresh
    // blocks came back from the kernel page by page (some 50,000 page faults for 1M rows).
    void recycle(std::unique_ptr<RecordBlock> block);
    // Stops every thread (idempotent). The validators stay readable.
    void stop();
    const std::vector<std::unique_ptr<RowValidator>> &validators() const { return m_validators; }

    static void check(RecordBlock &block, RowValidator &validator, bool collectIds);
    static void digest(RecordBlock &block); // each valid row's EntryDigests::hash

private:
    std::unique_ptr<RecordBlock> readBlock(); // null at the source's end
    void readLoop();
    void checkLoop(size_t slot);
    bool push(std::unique_ptr<RecordBlock> block); // false when stopped

    RecordSource &m_source;
    Options m_options;
    // Used by one thread at a time: the reader's, or the caller's without threads.
    CsvRecord m_record;
    qsizetype m_reserve = 0;
    bool m_sawRecord = false;
    bool m_sourceDone = false;
    std::unique_ptr<RecordBlock> m_pending; // without threads: read by waitForStart()

    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_stopped = false;
    bool m_started = false; // Start is known
    bool m_readDone = false;
    bool m_checking = false;
    Start m_start;
    qint64 m_pushed = 0; // blocks read
    qint64 m_taken = 0; // blocks handed to next()
    qsizetype m_aliveChars = 0; // text of the blocks read and not yet taken
    // Read, not yet checked: block n goes to checker n % checkers. Blocks are alike in size,
    // so a fixed share costs little balance, and each validator sees rows of its own in a
    // way tests can repeat.
    std::vector<std::deque<std::unique_ptr<RecordBlock>>> m_todo;
    std::map<qint64, std::unique_ptr<RecordBlock>> m_done; // checked, by sequence
    std::vector<std::unique_ptr<RecordBlock>> m_free; // recycled, for the reader
    std::vector<std::unique_ptr<RowValidator>> m_validators;
    std::thread m_reader;
    std::vector<std::thread> m_checkers;
};
