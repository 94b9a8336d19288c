// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ColumnMapping.h"
#include "CsvPreview.h"
#include "ImportJob.h"

#include <QCoreApplication>

// What was decided before the Target page, one line per page, as its summary shows it:
// "UTF-8, comma, header row" · "6 attributes, tags from tags" · "500 rows checked,
// 0 rejected, 3 repeated IDs".
class ImportSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummaryText)
public:
    static QString format(const CsvPreview &preview);
    static QString mapping(const ColumnMapping &mapping);
    // Every decision of the mapping, for the CLI: "IDs from install_id; attributes: age
    // (int), signup (date, dd/MM/yyyy), name (string); tags from tags (|); decimal comma".
    static QString mappingDetail(const ColumnMapping &mapping);
    static QString check(const ImportJob::Result &result);
};
