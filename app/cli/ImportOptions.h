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
    // Null with `error` set on a usage problem. Without --attr or --mapping, the file is
    // mapped as the wizard decides it (ImportDraft: the ID column by name, types, date
    // formats, decimal comma and tag columns from the rows), --id-column, --tags-column and
    // --decimal-comma over that; with --all-strings, every column is a string attribute
    // (linear in the columns; `cancel`, null: Ctrl+C, see CliSession, stops that part-way,
    // leaving the attributes incomplete).
    static std::optional<ColumnMapping> mapping(const QCommandLineParser &parser,
                                                const QString &csvPath, QString *error,
                                                const std::atomic<bool> *cancel = nullptr);
    // COL[:TYPE[:FORMAT]][=NAME]
    static std::optional<ColumnMapping::Attribute> parseAttribute(const QString &spec,
                                                                  QString *error);
    // COL[:SEP]
    static ColumnMapping::TagColumn parseTagColumn(const QString &spec);
    // The wizard's decision for the file (ImportDraft), with what `given` sets over it (the
    // ID column, tag columns, constant tags; its read fields went into the detection). Null
    // when the draft cannot read the file.
    static std::optional<ColumnMapping> decide(const ColumnMapping &given, const QString &csvPath,
                                               bool headerChosen, bool decimalComma);
};
