// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ColumnMapping.h"
#include <QCoreApplication>

#include <QCommandLineParser>
#include <atomic>
#include <optional>

// Builds the effective mapping from --mapping, --id-column, --attr, --tags-column, --tag,
// --encoding, --delimiter, --sheet, --no-header and --decimal-comma.
class ImportOptions
{
    Q_DECLARE_TR_FUNCTIONS(ImportOptions)
public:
    // Null with `error` set on a usage problem. Without --attr or --mapping, every column
    // is mapped (linear in the columns); `cancel` (null: Ctrl+C, see CliSession) stops
    // that part-way, leaving the attributes incomplete.
    static std::optional<ColumnMapping> mapping(const QCommandLineParser &parser,
                                                const QString &csvPath, QString *error,
                                                const std::atomic<bool> *cancel = nullptr);
    // COL[:TYPE[:FORMAT]][=NAME]
    static std::optional<ColumnMapping::Attribute> parseAttribute(const QString &spec,
                                                                  QString *error);
    // COL[:SEP]
    static ColumnMapping::TagColumn parseTagColumn(const QString &spec);
};
