// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: raw bytes through the CSV reader (encoding and delimiter detection
// included) and the row validation with every attribute type. Run by scripts/fuzz.
#include "csv/CsvReader.h"
#include "import/ColumnMapping.h"
#include "import/RowValidator.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    CsvReader reader;
    if (!reader.open(&buffer))
        return 0;
    CsvFormat requested;
    requested.hasHeader = size % 2 == 0; // both ways, decided by the input
    reader.detect(requested);
    QStringList header = reader.header();
    if (header.isEmpty())
        header
            = {QStringLiteral("id"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
               QStringLiteral("d"),  QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")};
    ColumnMapping mapping = ColumnMapping::defaultFor(header);
    const AttributeType types[]
        = {AttributeType::Int,  AttributeType::Float, AttributeType::Bool,
           AttributeType::Date, AttributeType::Url,   AttributeType::String};
    for (qsizetype i = 0; i < mapping.attributes.size(); ++i) {
        mapping.attributes[i].type = types[i % 6];
        mapping.attributes[i].name = QStringLiteral("a%1").arg(i);
    }
    mapping.tagColumns.append({QStringLiteral("1"), QStringLiteral("|")});
    mapping.decimalComma = size % 3 == 0;
    RowValidator validator(mapping, header);
    CsvRecord record;
    QByteArray entry;
    QList<RowProblem> problems;
    int records = 0;
    while (reader.next(record) && records++ < 100000) {
        QStringView id;
        entry.truncate(0);
        problems.clear();
        validator.validate(record, entry, &id, problems);
    }
    return 0;
}
