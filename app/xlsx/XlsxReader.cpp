// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "XlsxReader.h"

#include "FileKind.h"
#include "XlsxCellText.h"
#include "XlsxPackage.h"

#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {
constexpr int maxColumns = 16384; // XFD, Excel's last column
}

struct XlsxReader::Private
{
    QString path;
    FileKind::Kind kind = FileKind::Other;
    QuaZip zip;
    XlsxPackage package;
    bool packageRead = false;
    std::unique_ptr<QuaZipFile> file;
    std::unique_ptr<QXmlStreamReader> xml;
    QString error;
    bool refused = false;
    bool started = false;
    CsvFormat format;
    int sheetIndex = -1;
    QStringList header;
    int expected = 0;
    qint64 index = 0;
    qint64 lastRow = 0; // the row number of the last row read
    qint64 total = -1;
    QStringList cells; // the current record's fields point into these

    bool start();
    bool readRow(CsvIssue *issue);
    QString readCell(int column, qint64 row, CsvIssue *issue);
    QString inlineText();
    void refuse(const QString &why)
    {
        refused = true;
        error = why;
        header.clear();
        expected = 0;
    }
};

XlsxReader::XlsxReader()
    : d(std::make_unique<Private>())
{ }

XlsxReader::~XlsxReader() = default;

bool XlsxReader::open(const QString &path)
{
    d->path = path;
    d->kind = FileKind::detect(path);
    // An old .xls or a protected workbook opens, to be refused at detect() with its reason,
    // as a CSV reader refuses a file that is not text.
    if (d->kind != FileKind::Xlsx)
        return true;
    d->zip.setZipName(path);
    if (!d->zip.open(QuaZip::mdUnzip)) {
        d->error = tr("Cannot open %1 as an Excel workbook.").arg(path);
        return false;
    }
    return true;
}

QString XlsxReader::errorString() const
{
    return d->error;
}

CsvFormat XlsxReader::detect(const CsvFormat &requested)
{
    d->format = requested;
    d->format.encoding = CsvEncoding::Utf8; // what the XML is in; nothing to choose
    d->format.delimiter = QChar();
    d->format.hasBom = false;
    d->refused = false;
    d->error.clear();
    if (d->kind != FileKind::Xlsx) {
        d->refuse(FileKind::refusal(d->kind));
        return d->format;
    }
    if (!d->packageRead) {
        QString why;
        if (!d->package.read(d->zip, &why)) {
            d->refuse(why);
            return d->format;
        }
        d->packageRead = true;
    }
    const QStringList names = d->package.sheetNames();
    d->sheetIndex = requested.sheet.isEmpty() ? 0 : int(names.indexOf(requested.sheet));
    if (d->sheetIndex < 0) {
        d->refuse(tr("The workbook has no sheet named “%1”. Its sheets: %2.")
                      .arg(requested.sheet, names.join(QStringLiteral(", "))));
        return d->format;
    }
    d->format.sheet = names.at(d->sheetIndex);
    if (!d->start())
        d->refuse(d->error);
    return d->format;
}

bool XlsxReader::Private::start()
{
    xml.reset();
    file.reset();
    header.clear();
    expected = 0;
    index = 0;
    lastRow = 0;
    started = true;
    const XlsxPackage::Sheet &sheet = package.sheets.at(sheetIndex);
    if (!zip.setCurrentFile(sheet.part, QuaZip::csInsensitive)) {
        error = tr("The sheet “%1” is missing from the workbook (%2).").arg(sheet.name, sheet.part);
        return false;
    }
    file = std::make_unique<QuaZipFile>(&zip);
    if (!file->open(QIODevice::ReadOnly)) {
        error = tr("The sheet “%1” cannot be read.").arg(sheet.name);
        return false;
    }
    total = file->usize();
    xml = std::make_unique<QXmlStreamReader>(file.get());
    if (format.hasHeader) {
        CsvIssue issue;
        if (readRow(&issue)) {
            header = cells;
            expected = int(header.size());
        }
    }
    return true;
}

// The next row with a value: its cells in `cells` (gaps filled, trailing empty ones
// dropped). False at the end of the sheet. The first problem is set in `issue`.
bool XlsxReader::Private::readRow(CsvIssue *issue)
{
    while (!xml->atEnd()) {
        if (xml->readNext() != QXmlStreamReader::StartElement || xml->name() != u"row")
            continue;
        bool ok = false;
        const qint64 r = xml->attributes().value(QLatin1String("r")).toLongLong(&ok);
        lastRow = ok && r > 0 ? r : lastRow + 1;
        cells.clear();
        *issue = {};
        int column = 0;
        while (xml->readNextStartElement()) { // the row's cells, to </row>
            if (xml->name() != u"c") {
                xml->skipCurrentElement();
                continue;
            }
            int col = 0;
            qint64 unused = 0;
            XlsxCellText::parseReference(xml->attributes().value(QLatin1String("r")), &col,
                                         &unused);
            column = col > 0 ? col : column + 1;
            if (column > maxColumns) {
                xml->skipCurrentElement();
                continue;
            }
            CsvIssue cellIssue;
            const QString value = readCell(column, lastRow, &cellIssue);
            if (!cellIssue.reason.isEmpty() && issue->reason.isEmpty())
                *issue = cellIssue;
            if (!value.isEmpty()) {
                while (cells.size() < column - 1)
                    cells.append(QString());
                if (cells.size() < column)
                    cells.append(value);
                else
                    cells[column - 1] = value;
            }
        }
        if (!cells.isEmpty() || !issue->reason.isEmpty())
            return true;
        // A row of empty cells (formatting only): skipped, as CSV skips a blank line.
    }
    if (xml->hasError()) {
        error = tr("The sheet “%1” cannot be read: %2.")
                    .arg(package.sheets.at(sheetIndex).name, xml->errorString());
    }
    return false;
}

// One <c> element, read to its end, as text.
QString XlsxReader::Private::readCell(int column, qint64 row, CsvIssue *issue)
{
    const QXmlStreamAttributes a = xml->attributes(); // a copy: its views outlive the reads
    const QStringView type = a.value(QLatin1String("t"));
    const int style
        = a.value(QLatin1String("s")).isEmpty() ? -1 : a.value(QLatin1String("s")).toInt();
    QString stored, inlined;
    while (xml->readNextStartElement()) {
        if (xml->name() == u"v")
            stored = xml->readElementText();
        else if (xml->name() == u"is")
            inlined = inlineText();
        else
            xml->skipCurrentElement(); // <f>, the formula: its result is in <v>
    }
    if (type == u"inlineStr")
        return XlsxCellText::unescape(inlined);
    if (stored.isEmpty())
        return {};
    auto where
        = [&]() -> QString { return XlsxCellText::columnLetters(column) + QString::number(row); };
    if (type == u"s") {
        bool ok = false;
        const int i = stored.toInt(&ok);
        if (ok && i >= 0 && i < package.sharedStrings.size())
            return package.sharedStrings.at(i);
        *issue = {row, column,
                  tr("cell %1 refers to shared string %2, which the workbook does not have")
                      .arg(where(), stored)};
        return {};
    }
    if (type == u"str" || type == u"d")
        return XlsxCellText::unescape(stored);
    if (type == u"b")
        return stored == u"1" || stored == u"true" ? QStringLiteral("true")
                                                   : QStringLiteral("false");
    if (type == u"e") {
        *issue = {row, column, tr("cell %1 holds the error %2").arg(where(), stored)};
        return stored;
    }
    return package.isDateStyle(style) ? XlsxCellText::date(stored, package.date1904)
                                      : XlsxCellText::number(stored);
}

// <is>: plain <t>, or rich text runs <r><t>, their texts joined; phonetic hints left out.
QString XlsxReader::Private::inlineText()
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml->atEnd()) {
        const auto token = xml->readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml->name() == u"rPh")
                xml->skipCurrentElement();
            else if (xml->name() == u"t")
                text += xml->readElementText();
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text;
}

bool XlsxReader::isRefused() const
{
    return d->refused;
}

QStringList XlsxReader::header() const
{
    return d->header;
}

int XlsxReader::expectedFieldCount() const
{
    return d->expected;
}

bool XlsxReader::next(CsvRecord &record)
{
    if (!d->started && !d->refused)
        detect(d->format);
    if (d->refused || !d->xml)
        return false;
    CsvIssue issue;
    if (!d->readRow(&issue))
        return false;
    const qint64 row = d->lastRow;
    record.fields.clear(); // keeps its capacity: no allocation per row
    record.hasWarning = false;
    record.warning = {};
    record.line = row;
    record.index = d->index++;
    if (d->expected == 0)
        d->expected = int(d->cells.size());
    if (issue.reason.isEmpty() && d->cells.size() > d->expected) {
        int column = d->expected + 1; // the first value past the header's columns
        while (d->cells.at(column - 1).isEmpty())
            ++column;
        issue = {row, column,
                 tr("a value in column %1, right of the last column of the header (%2)")
                     .arg(XlsxCellText::columnLetters(column),
                          XlsxCellText::columnLetters(d->expected))};
    }
    while (d->cells.size() < d->expected)
        d->cells.append(QString());
    record.hasIssue = !issue.reason.isEmpty();
    record.issue = issue;
    record.fields.reserve(d->cells.size());
    for (const QString &cell : std::as_const(d->cells))
        record.fields.append(QStringView(cell));
    return true;
}

qint64 XlsxReader::bytesRead() const
{
    return d->file ? d->file->pos() : 0;
}

qint64 XlsxReader::totalBytes() const
{
    return d->total;
}

void XlsxReader::rewind()
{
    if (!d->refused && d->sheetIndex >= 0 && !d->start())
        d->refuse(d->error);
}

QStringList XlsxReader::sheets() const
{
    return d->package.sheetNames();
}

QString XlsxReader::sheet() const
{
    return d->sheetIndex >= 0 ? d->package.sheets.at(d->sheetIndex).name : QString();
}
