// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "UploadRecord.h"
#include "import/ColumnMapping.h"
#include "import/ImportJob.h"

// The upload record of a checked file: what the CLI and the wizard write to the history
// before sending, identified by the file's SHA-256 and the mapping so it can be resumed.
class UploadRecordBuilder
{
public:
    static UploadRecord build(const ImportJob::Result &result, const QString &csvPath,
                              const QString &audience, const ColumnMapping &mapping,
                              const QString &profileId, const QString &profileName);
    static QString sha256Of(const QString &path); // streamed, never the whole file in memory
};
