#pragma once

#include "import/ColumnMapping.h"

#include <QCommandLineParser>
#include <optional>

// Builds the effective mapping from --mapping, --id-column, --attr, --tags-column, --tag,
// --encoding, --delimiter, --no-header and --decimal-comma.
class ImportOptions
{
public:
    // Null with `error` set on a usage problem.
    static std::optional<ColumnMapping> mapping(const QCommandLineParser &parser,
                                                const QString &csvPath, QString *error);
    // COL[:TYPE[:FORMAT]][=NAME]
    static std::optional<ColumnMapping::Attribute> parseAttribute(const QString &spec,
                                                                  QString *error);
    // COL[:SEP]
    static ColumnMapping::TagColumn parseTagColumn(const QString &spec);
};
