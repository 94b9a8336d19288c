// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SyncBaseline.h"
#include <QCoreApplication>

#include <optional>

struct EntryDigests;

// Sync baselines in a SQLite file of their own beside the upload history
// (sync-baselines.sqlite), keyed by (base URL, app API key, audience). One instance per
// thread, like UploadHistory. 1M IDs take about 60 MB and a second or two to save.
class SyncBaselineStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncBaselineStore)
public:
    explicit SyncBaselineStore(const QString &path);
    ~SyncBaselineStore();
    SyncBaselineStore(const SyncBaselineStore &) = delete;
    SyncBaselineStore &operator=(const SyncBaselineStore &) = delete;

    static QString pathBeside(const QString &historyPath);
    bool isOpen() const;
    QString errorString() const { return m_error; }

    std::optional<SyncBaseline> load(const QString &key) const; // with its entries
    bool save(const SyncBaseline &header, const EntryDigests &entries); // replaces the key's
    bool remove(const QString &key); // at once: its IDs go with the key's next save

private:
    QString m_connection;
    mutable QString m_error;
};
