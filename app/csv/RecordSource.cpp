// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RecordSource.h"

#include "CsvReader.h"
#include "xlsx/FileKind.h"
#include "xlsx/XlsxReader.h"

RecordSource::~RecordSource() = default;

std::unique_ptr<RecordSource> RecordSource::forFile(const QString &path)
{
    if (FileKind::detect(path) != FileKind::Other)
        return std::make_unique<XlsxReader>();
    return std::make_unique<CsvReader>();
}
