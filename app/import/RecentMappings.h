// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ColumnMapping.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class QSettings;

// The mapping last used for each audience of each profile, so the import wizard can offer
// it again: automatically when the audience is known up front, from a list otherwise.
// Each profile's entries are one JSON value in QSettings (audience names differ by case
// only, which registry keys would not keep apart); the oldest go beyond `maxPerProfile`.
class RecentMappings
{
public:
    struct Entry
    {
        QString audience;
        QDateTime usedAt; // UTC
        ColumnMapping mapping;
    };

    static constexpr int maxPerProfile = 50;

    explicit RecentMappings(QSettings *settings);

    std::optional<ColumnMapping> lastFor(const QString &profileId, const QString &audience) const;
    void remember(const QString &profileId, const QString &audience, const ColumnMapping &mapping,
                  const QDateTime &when = QDateTime::currentDateTimeUtc());
    // The profile's entries that fit a file with this header, newest first.
    QList<Entry> fitting(const QString &profileId, const QStringList &header) const;
    QList<Entry> entries(const QString &profileId) const; // newest first

    // Whether every column the mapping reads (ID, included attributes, tag columns) is in
    // the header; a mapping saved for another file layout would reject every row.
    static bool fits(const ColumnMapping &mapping, const QStringList &header);

private:
    void store(const QString &profileId, const QList<Entry> &entries);
    static QString key(const QString &profileId);

    QSettings *m_settings;
};
