// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// What the API tells about one custom audience (List and View responses).
enum class IndexingState { Unknown, InProgress, Applied, Replaced };

struct AudienceInfo
{
    QString name;
    QString type;
    QString description;
    qint64 idCount = 0; // nb_ids
    QDateTime created; // UTC
    QDateTime updated; // UTC
    IndexingState indexingState = IndexingState::Unknown; // View only

    friend bool operator==(const AudienceInfo &a, const AudienceInfo &b)
    {
        return a.name == b.name && a.type == b.type && a.description == b.description
            && a.idCount == b.idCount && a.created == b.created && a.updated == b.updated
            && a.indexingState == b.indexingState;
    }
};

QString indexingStateName(IndexingState state); // "APPLIED", ...
IndexingState indexingStateFromName(const QString &name);

Q_DECLARE_METATYPE(AudienceInfo)
