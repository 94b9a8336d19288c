// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadMode.h"

QString uploadModeKey(UploadMode mode)
{
    switch (mode) {
    case UploadMode::Replace:
        return QStringLiteral("replace");
    case UploadMode::Add:
        return QStringLiteral("add");
    case UploadMode::Remove:
        return QStringLiteral("remove");
    case UploadMode::Sync:
        return QStringLiteral("sync");
    }
    return {};
}

std::optional<UploadMode> uploadModeFromKey(const QString &key)
{
    for (UploadMode m :
         {UploadMode::Replace, UploadMode::Add, UploadMode::Remove, UploadMode::Sync}) {
        if (key.compare(uploadModeKey(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}
