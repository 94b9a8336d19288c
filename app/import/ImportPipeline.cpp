// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportPipeline.h"

#include "EntryDigests.h"
#include "csv/RecordSource.h"

#include <QHash>
#include <algorithm>

namespace {
// A block is closed at blockRows rows or this much text, whichever first; and the reader
// waits while the blocks not yet taken hold more than maxAliveChars (one huge record alone
// always passes). Some 8 blocks of the bench's rows: enough to keep both cores busy.
constexpr qsizetype maxBlockChars = 1 << 20;
constexpr qsizetype maxAliveChars = 8 << 20;
constexpr qint64 maxAliveBlocks = 8;
constexpr size_t seed1 = 0x9E3779B97F4A7C15ull, seed2 = 0xC2B2AE3D27D4EB4Full;

// An ID as UTF-8, without a QByteArray of its own when it is ASCII (nearly always): a
// toUtf8() per row was a million allocations for a wizard's check of 1M rows.
void appendUtf8(QByteArray &out, QStringView id)
{
    for (QChar c : id) {
        if (c.unicode() >= 0x80) {
            out.append(id.toUtf8());
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + id.size());
    char *p = out.data() + at;
    for (QChar c : id)
        *p++ = char(c.unicode());
}
} // namespace

ImportPipeline::ImportPipeline(RecordSource &source, const Options &options)
    : m_source(source)
    , m_options(options)
{
    m_options.blockRows = std::max(1, m_options.blockRows);
    m_options.checkers = std::max(1, m_options.checkers);
    m_todo.resize(size_t(m_options.checkers));
    if (m_options.threads)
        m_reader = std::thread([this] { readLoop(); });
}

ImportPipeline::~ImportPipeline()
{
    stop();
}

void ImportPipeline::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
    if (m_reader.joinable())
        m_reader.join();
    for (std::thread &t : m_checkers) {
        if (t.joinable())
            t.join();
    }
}

bool ImportPipeline::push(std::unique_ptr<RecordBlock> block)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] {
        const qint64 alive = m_pushed - m_taken;
        return m_stopped || alive == 0 || (alive < maxAliveBlocks && m_aliveChars < maxAliveChars);
    });
    if (m_stopped)
        return false;
    block->sequence = m_pushed++;
    m_aliveChars += block->text.size();
    m_todo[size_t(block->sequence % m_options.checkers)].push_back(std::move(block));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

std::unique_ptr<RecordBlock> ImportPipeline::readBlock()
{
    if (m_sourceDone)
        return {};
    std::unique_ptr<RecordBlock> block;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            block = std::move(m_free.back());
            m_free.pop_back();
        }
    }
    if (!block)
        block = std::make_unique<RecordBlock>();
    block->rows.reserve(size_t(m_options.blockRows));
    block->text.reserve(m_reserve);
    CsvRecord &record = m_record;
    while (m_source.next(record)) {
        if (!m_sawRecord) {
            m_sawRecord = true;
            const std::lock_guard lock(m_mutex);
            m_start
                = {true, m_source.header(), m_source.expectedFieldCount(), record.fields.size()};
            m_started = true;
            m_changed.notify_all();
        }
        block->append(record, m_source.bytesRead());
        if (qsizetype(block->rows.size()) >= m_options.blockRows
            || block->text.size() >= maxBlockChars) {
            m_reserve = std::min(block->text.size() + 64, maxBlockChars + 64);
            return block;
        }
    }
    m_sourceDone = true;
    if (!block->rows.empty())
        return block;
    const std::lock_guard lock(m_mutex);
    m_started = true; // a source without records starts at its end
    m_changed.notify_all();
    return {};
}

void ImportPipeline::readLoop()
{
    // A stop is seen at the next block's end (push): a few milliseconds of reading.
    while (std::unique_ptr<RecordBlock> block = readBlock()) {
        if (!push(std::move(block)))
            return;
    }
    const std::lock_guard lock(m_mutex);
    m_readDone = true;
    m_changed.notify_all();
}

ImportPipeline::Start ImportPipeline::waitForStart()
{
    if (!m_options.threads) {
        m_pending = readBlock();
        return m_start;
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_started || m_stopped; });
    return m_start;
}

void ImportPipeline::startChecking(std::vector<std::unique_ptr<RowValidator>> validators)
{
    m_validators = std::move(validators);
    if (!m_options.threads)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_checking = true;
    }
    for (size_t slot = 0; slot < m_validators.size(); ++slot)
        m_checkers.emplace_back([this, slot] { checkLoop(slot); });
}

void ImportPipeline::checkLoop(size_t slot)
{
    for (;;) {
        std::unique_ptr<RecordBlock> block;
        {
            std::unique_lock lock(m_mutex);
            std::deque<std::unique_ptr<RecordBlock>> &todo = m_todo[slot];
            m_changed.wait(lock, [&] { return m_stopped || !todo.empty() || m_readDone; });
            if (m_stopped || todo.empty())
                return; // stopped, or every block of this checker's is checked
            block = std::move(todo.front());
            todo.pop_front();
        }
        check(*block, *m_validators[slot], m_options.collectIds);
        {
            const std::lock_guard lock(m_mutex);
            m_done.emplace(block->sequence, std::move(block));
        }
        m_changed.notify_all();
    }
}

std::unique_ptr<RecordBlock> ImportPipeline::next()
{
    if (!m_options.threads) { // all on the caller's thread, block after block
        std::unique_ptr<RecordBlock> block = m_pending ? std::move(m_pending) : readBlock();
        if (block) {
            block->sequence = m_pushed++;
            check(*block, *m_validators.front(), m_options.collectIds);
        }
        return block;
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] {
        return m_stopped || m_done.count(m_taken) || (m_readDone && m_taken == m_pushed);
    });
    const auto it = m_done.find(m_taken);
    if (m_stopped || it == m_done.end())
        return {};
    std::unique_ptr<RecordBlock> block = std::move(it->second);
    m_done.erase(it);
    ++m_taken;
    m_aliveChars -= block->text.size();
    lock.unlock();
    m_changed.notify_all();
    return block;
}

void ImportPipeline::recycle(std::unique_ptr<RecordBlock> block)
{
    block->clear();
    const std::lock_guard lock(m_mutex);
    if (m_free.size() < size_t(maxAliveBlocks))
        m_free.push_back(std::move(block));
}

void ImportPipeline::check(RecordBlock &block, RowValidator &validator, bool collectIds)
{
    CsvRecord record;
    QStringView id;
    // Entries are about twice the text's size in UTF-8: one allocation, not a dozen.
    block.entries.reserve(block.text.size() * 2 + 1024);
    for (size_t i = 0; i < block.rows.size(); ++i) {
        RecordBlock::Row &row = block.rows[i];
        block.fill(i, record);
        if (validator.validate(record, block.entries, &id, block.problems)) {
            row.valid = true;
            row.h1 = quint64(qHash(id, seed1));
            row.h2 = quint64(qHash(id, seed2));
            if (collectIds) // the digests below, four at a time
                appendUtf8(block.ids, id);
            if (record.hasWarning)
                block.problems.append(
                    {record.warning.line, record.warning.column, {}, record.warning.reason, true});
        }
        row.entryEnd = block.entries.size();
        row.idEnd = block.ids.size();
        row.problemsEnd = block.problems.size();
    }
    if (collectIds)
        digest(block);
}

void ImportPipeline::digest(RecordBlock &block)
{
    const char *data[4];
    qsizetype size[4];
    RecordBlock::Row *rows[4];
    int n = 0;
    qsizetype entryAt = 0;
    for (RecordBlock::Row &row : block.rows) {
        if (row.valid) {
            data[n] = block.entries.constData() + entryAt;
            size[n] = row.entryEnd - entryAt;
            rows[n++] = &row;
        }
        entryAt = row.entryEnd;
        if (n == 4) {
            quint64 out[4];
            EntryDigests::hash4(data, size, out);
            for (int k = 0; k < 4; ++k)
                rows[k]->digest = out[k];
            n = 0;
        }
    }
    for (int k = 0; k < n; ++k)
        rows[k]->digest = EntryDigests::hash(data[k], size[k]);
}
