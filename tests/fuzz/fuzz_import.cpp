// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: raw bytes through the CSV reader (encoding and delimiter detection
// included) and the row validation with every attribute type. Run by scripts/fuzz.
// What does not depend on the input is made once; what does (the reader, the mapping, the
// validator) is made per input, so that each run depends on its input alone.
#include "csv/CsvReader.h"
#include "import/ColumnMapping.h"
#include "import/RowValidator.h"

#include <QBuffer>

namespace {

// A file that comes in pieces of `step` bytes: the reader then meets what a large file
// gives it past its first read (a character, a CRLF or a quoted field cut between two
// reads) with inputs of a few hundred bytes.
class PieceBuffer : public QBuffer
{
public:
    PieceBuffer(QByteArray *bytes, qint64 step)
        : QBuffer(bytes)
        , m_step(step)
    { }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        return QBuffer::readData(data, m_step > 0 ? std::min(maxSize, m_step) : maxSize);
    }

private:
    qint64 m_step;
};

const QStringList &fallbackHeader()
{
    static const QStringList header
        = {QStringLiteral("id"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
           QStringLiteral("d"),  QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")};
    return header;
}

// "a0", "a1"...: made once each, as many as the widest header so far asked for.
const QString &attributeName(qsizetype i)
{
    static QStringList names;
    while (names.size() <= i)
        names.append(QStringLiteral("a%1").arg(names.size()));
    return names.at(i);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const AttributeType types[]
        = {AttributeType::Int,  AttributeType::Float, AttributeType::Bool,
           AttributeType::Date, AttributeType::Url,   AttributeType::String};
    static const ColumnMapping::TagColumn tagColumn {QStringLiteral("1"), QStringLiteral("|")};

    // Switches decided by the input's size, so that the bytes stay the file's.
    QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 step = size % 5 == 4 ? qint64(1 + (size / 5) % 64) : 0; // 0: whole reads
    PieceBuffer buffer(&bytes, step);
    CsvReader reader;
    if (!reader.open(&buffer))
        return 0;
    CsvFormat requested;
    requested.hasHeader = size % 2 == 0; // both ways
    reader.detect(requested);
    const QStringList header = reader.header().isEmpty() ? fallbackHeader() : reader.header();
    ColumnMapping mapping = ColumnMapping::defaultFor(header);
    for (qsizetype i = 0; i < mapping.attributes.size(); ++i) {
        mapping.attributes[i].type = types[i % 6];
        mapping.attributes[i].name = attributeName(i);
    }
    mapping.tagColumns.append(tagColumn);
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
