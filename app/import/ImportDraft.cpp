// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportDraft.h"

#include "RowValidator.h"
#include "TypeGuesser.h"
#include "csv/EncodingDetector.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <climits>

namespace {

// A value's shape with runs collapsed: hex digits are x, other letters a, the rest kept.
// An install ID (a UUID, a number) has the shape of the IDs below it; a column name rarely
// does ("install_id" is "axa_ax", "4f1c…-…" is "x-x-x-x-x").
QString shapeOf(QStringView value)
{
    QString shape;
    for (const QChar c : value.trimmed()) {
        const char16_t u = c.unicode();
        const bool hex
            = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        const QChar s = hex ? QChar(u'x') : c.isLetter() ? QChar(u'a') : c;
        if (shape.isEmpty() || shape.back() != s)
            shape.append(s);
    }
    return shape;
}

// Every cell of the first line has the shape most values of its column have.
bool looksLikeData(const QStringList &header, const QList<QStringList> &rows)
{
    if (header.isEmpty() || rows.isEmpty())
        return false;
    for (int column = 0; column < header.size(); ++column) {
        if (header.at(column).trimmed().isEmpty())
            return false;
        const QString shape = shapeOf(header.at(column));
        int values = 0, same = 0;
        for (const QStringList &row : rows) {
            if (column >= row.size() || row.at(column).trimmed().isEmpty())
                continue;
            ++values;
            same += shapeOf(row.at(column)) == shape ? 1 : 0;
        }
        if (values == 0 || same * 2 < values)
            return false;
    }
    return true;
}

QString delimiterName(QChar d)
{
    switch (d.unicode()) {
    case u',':
        return ImportDraft::tr("commas");
    case u';':
        return ImportDraft::tr("semicolons");
    case u'\t':
        return ImportDraft::tr("tabs");
    case u'|':
        return ImportDraft::tr("pipes");
    default:
        return ImportDraft::tr("“%1”", "an unusual delimiter, quoted").arg(d);
    }
}

// Another delimiter splits the first line and every row shown the same number of times.
QChar rivalDelimiter(const CsvPreview &p)
{
    if (p.rows.size() < 2)
        return {};
    for (const QChar c : {u',', u';', u'\t', u'|'}) {
        if (c == p.format.delimiter)
            continue;
        const qsizetype n = p.header.join(p.format.delimiter).count(c);
        if (n < 1)
            continue;
        bool same = true;
        for (const QStringList &row : p.rows)
            same = same && row.join(p.format.delimiter).count(c) == n;
        if (same)
            return c;
    }
    return {};
}

// A d/M/y or M/d/y column where no value says which comes first (no field above 12).
bool ambiguousDates(const QList<QStringList> &rows, int column, const QString &format)
{
    if (!format.startsWith(u'd') && !format.startsWith(u'M'))
        return false;
    static const QRegularExpression fields(QStringLiteral("^\\s*(\\d{1,2})\\D(\\d{1,2})\\D"));
    bool seen = false;
    for (const QStringList &row : rows) {
        const auto m = fields.match(row.value(column));
        if (!m.hasMatch())
            continue;
        seen = true;
        if (m.capturedView(1).toInt() > 12 || m.capturedView(2).toInt() > 12)
            return false;
    }
    return seen;
}

QString firstLine(const QStringList &header)
{
    QString line = header.join(QStringLiteral(", "));
    if (line.size() > 60)
        line = line.left(59) + QChar(0x2026);
    return line;
}

} // namespace

ImportDraft ImportDraft::inspect(const QString &path, const CsvFormat &requested, bool headerChosen,
                                 int maxRows)
{
    ImportDraft d;
    d.path = path;
    d.preview = CsvPreview::read(path, requested, maxRows);
    const CsvPreview &p = d.preview;
    if (!p.ok) {
        d.blocking = p.error;
        return d;
    }
    if (p.fileSize == 0) {
        d.blocking = tr("The file is empty.");
        return d;
    }
    const bool named = ColumnMapping::findIdColumn(p.header) >= 0;
    if (p.rows.isEmpty()) {
        if (!p.format.hasHeader || p.header.isEmpty() || named) {
            d.blocking = p.header.isEmpty() || !p.format.hasHeader
                ? tr("The file holds no rows.")
                : tr("The file holds column names (%1) but no rows.").arg(firstLine(p.header));
            return d;
        }
        d.note = tr("The file has one line, “%1”, read as column names: there is nothing to "
                    "send.")
                     .arg(firstLine(p.header));
        d.formatDoubts.append(
            {Step::Format,
             tr("The file's only line, “%1”, is read as column names. If it is an "
                "install ID, untick “First row holds the column names”.")
                 .arg(firstLine(p.header))});
    }
    const bool csv = p.sheets.isEmpty();
    if (csv && requested.encoding == CsvEncoding::Auto && !p.format.hasBom
        && (p.format.encoding == CsvEncoding::Utf8
            || p.format.encoding == CsvEncoding::Windows1252)) {
        QFile file(path);
        const QByteArray sample
            = file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
        const auto evidence = EncodingDetector::utf8Evidence(sample, sample.size() == 64 * 1024);
        if (evidence.invalid > 0 && evidence.multiByte > 0)
            d.formatDoubts.append(
                {Step::Format,
                 tr("The file mixes UTF-8 characters with bytes that are not UTF-8; it is read "
                    "as %1. Check the accented letters in the preview.")
                     .arg(csvEncodingName(p.format.encoding))});
    }
    if (csv && requested.delimiter.isNull()) {
        const QChar rival = rivalDelimiter(p);
        if (!rival.isNull())
            d.formatDoubts.append(
                {Step::Format,
                 tr("The lines could be split on %1 as well as on %2: check "
                    "the delimiter.")
                     .arg(delimiterName(p.format.delimiter), delimiterName(rival))});
    }
    if (!headerChosen && p.format.hasHeader && !named && looksLikeData(p.header, p.rows))
        d.formatDoubts.append({Step::Format,
                               tr("The first line, “%1”, looks like a row of data rather than "
                                  "column names: check “First row holds the column names”.")
                                   .arg(firstLine(p.header))});
    return d;
}

void ImportDraft::decideMapping(const std::optional<ColumnMapping> &recent)
{
    const QStringList &header = preview.header;
    fromRecent = recent.has_value();
    // Laid out as the Mapping page shows it, so that going through that page or not sends
    // the same bytes.
    mapping = (recent ? *recent : TypeGuesser::suggest(header, preview.rows)).laidOutFor(header);
    applyFormat(mapping, preview);
    mappingDoubts.clear();
    if (fromRecent)
        return; // the user's own choices for this audience
    if (header.size() > 1 && ColumnMapping::findIdColumn(header) < 0)
        mappingDoubts.append({Step::Mapping,
                              tr("No column is named like an install ID (install_id, id): the "
                                 "first one, “%1”, is used unless you choose another.")
                                  .arg(header.value(0))});
    QSet<QString> tagged; // sent, as tags
    for (const ColumnMapping::TagColumn &t : std::as_const(mapping.tagColumns))
        tagged.insert(t.column);
    int left = 0;
    for (const ColumnMapping::Attribute &a : std::as_const(mapping.attributes))
        left += a.included || tagged.contains(a.column) ? 0 : 1;
    if (left > 0)
        mappingDoubts.append(
            {Step::Mapping,
             tr("%n columns are not sent: Batch takes %1 attributes. Choose which to send.",
                nullptr, left)
                 .arg(ColumnMapping::maxAttributes)});
    const ColumnIndex columns(header);
    for (const ColumnMapping::Attribute &a : std::as_const(mapping.attributes)) {
        const int column = columns.resolve(a.column);
        if (a.included && a.type == AttributeType::Date
            && ambiguousDates(preview.rows, column, a.dateFormat))
            mappingDoubts.append(
                {Step::Mapping,
                 tr("The dates in “%1” (such as %2) could be day first or month first: check "
                    "the column's date format.")
                     .arg(a.column, TypeGuesser::samples(preview.rows, column, 1).value(0))});
    }
    const RowValidator validator(mapping, header);
    for (const QString &error : validator.setupErrors())
        mappingDoubts.append({Step::Mapping, error});
}

QList<ImportDraft::Doubt> ImportDraft::checkDoubts(const ImportJob::Result &r)
{
    auto count = [](qint64 n) { return int(std::min<qint64>(n, INT_MAX)); };
    if (r.cancelled)
        return {{Step::Validation, tr("The check of every row was cancelled.")}};
    if (!r.ok)
        return {{Step::Validation, tr("The file could not be checked: %1").arg(r.error)}};
    QList<Doubt> doubts;
    if (r.rejectedRows > 0)
        doubts.append({Step::Validation,
                       tr("%n rows are rejected: each is listed with its line, column and "
                          "reason.",
                          nullptr, count(r.rejectedRows))});
    if (r.warnings > 0)
        doubts.append({Step::Validation,
                       tr("%n warnings to read before sending.", nullptr, count(r.warnings))});
    if (r.uniqueIds == 0 && r.rejectedRows == 0)
        doubts.append({Step::Validation, tr("The file holds no install ID to send.")});
    return doubts;
}

void ImportDraft::applyFormat(ColumnMapping &m, const CsvPreview &preview)
{
    const CsvFormat &f = preview.format;
    if (preview.sheets.isEmpty()) {
        m.encoding = csvEncodingName(f.encoding);
        m.delimiter = f.delimiter == u'\t' ? QStringLiteral("tab") : QString(f.delimiter);
        m.sheet.clear();
    } else { // a workbook: no encoding or delimiter to read it with
        m.encoding = m.delimiter = QStringLiteral("auto");
        m.sheet = f.sheet;
    }
    m.hasHeader = f.hasHeader;
}

QStringList ImportDraft::reasons(Step step) const
{
    QStringList out;
    for (const Doubt &d : doubts()) {
        if (d.step == step)
            out << d.reason;
    }
    return out;
}
