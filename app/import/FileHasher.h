// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <atomic>
#include <thread>

// A file's SHA-256, computed on a thread of its own from construction, so that it costs
// no wall time next to the import reading the same file (or, without `thread`, by
// result()). An empty path hashes nothing. Destroyed before result(), it stops at its next
// megabyte.
class FileHasher
{
public:
    explicit FileHasher(const QString &path, bool thread = true);
    ~FileHasher();
    FileHasher(const FileHasher &) = delete;
    FileHasher &operator=(const FileHasher &) = delete;

    QString result(); // hex; waits for the end of the file

private:
    void hash();

    QString m_path;
    std::atomic<bool> m_stop {false};
    QString m_hex;
    std::thread m_thread;
};
