// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudienceInfo.h"

QString indexingStateName(IndexingState state)
{
    switch (state) {
    case IndexingState::InProgress:
        return QStringLiteral("IN_PROGRESS");
    case IndexingState::Applied:
        return QStringLiteral("APPLIED");
    case IndexingState::Replaced:
        return QStringLiteral("REPLACED");
    case IndexingState::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

IndexingState indexingStateFromName(const QString &name)
{
    if (name == u"IN_PROGRESS")
        return IndexingState::InProgress;
    if (name == u"APPLIED")
        return IndexingState::Applied;
    if (name == u"REPLACED")
        return IndexingState::Replaced;
    return IndexingState::Unknown;
}
