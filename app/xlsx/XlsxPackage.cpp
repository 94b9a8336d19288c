// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "XlsxPackage.h"

#include "XlsxCellText.h"

#include <QHash>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {

// A relationship target, relative to the folder of the part that names it, as a ZIP path.
QString resolvePart(const QString &base, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = base.split(QLatin1Char('/'));
    parts.removeLast(); // the file name
    for (const QString &p : target.split(QLatin1Char('/'))) {
        if (p == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (p != u"." && !p.isEmpty()) {
            parts << p;
        }
    }
    return parts.join(QLatin1Char('/'));
}

QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1)
        + QStringLiteral(".rels");
}

} // namespace

QByteArray XlsxPackage::readPart(QuaZip &zip, const QString &part, bool *found)
{
    if (found)
        *found = false;
    if (!zip.setCurrentFile(part, QuaZip::csInsensitive))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (found)
        *found = true;
    return file.readAll();
}

QStringList XlsxPackage::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : sheets)
        names << s.name;
    return names;
}

bool XlsxPackage::read(QuaZip &zip, QString *error)
{
    // The workbook's part: from the content types, xl/workbook.xml when it does not say.
    QString workbook = QStringLiteral("xl/workbook.xml");
    QXmlStreamReader types(readPart(zip, QStringLiteral("[Content_Types].xml")));
    while (!types.atEnd()) {
        if (types.readNext() != QXmlStreamReader::StartElement || types.name() != u"Override")
            continue;
        const auto type = types.attributes().value(QLatin1String("ContentType"));
        if ((type.contains(u"spreadsheetml") || type.contains(u"ms-excel.sheet"))
            && type.contains(u".main+xml"))
            workbook = types.attributes().value(QLatin1String("PartName")).toString().mid(1);
    }
    bool found = false;
    const QByteArray workbookXml = readPart(zip, workbook, &found);
    if (!found) {
        *error = tr("This Excel file has no workbook part (%1): is it damaged?").arg(workbook);
        return false;
    }
    QHash<QString, QString> targets; // relationship ID → part
    QString sharedStringsPart, stylesPart;
    QXmlStreamReader rels(readPart(zip, relsOf(workbook)));
    while (!rels.atEnd()) {
        if (rels.readNext() != QXmlStreamReader::StartElement || rels.name() != u"Relationship")
            continue;
        const auto a = rels.attributes();
        const QString part = resolvePart(workbook, a.value(QLatin1String("Target")).toString());
        if (a.value(QLatin1String("Type")).endsWith(u"/worksheet")) // not chart sheets
            targets.insert(a.value(QLatin1String("Id")).toString(), part);
        if (a.value(QLatin1String("Type")).endsWith(u"/sharedStrings"))
            sharedStringsPart = part;
        else if (a.value(QLatin1String("Type")).endsWith(u"/styles"))
            stylesPart = part;
    }
    QXmlStreamReader xml(workbookXml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const auto v = a.value(QLatin1String("date1904"));
            date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            // r:id, whatever the prefix is called.
            QString id;
            for (const QXmlStreamAttribute &attr : a) {
                if (attr.name() == u"id" && attr.namespaceUri().contains(u"relationships"))
                    id = attr.value().toString();
            }
            const QString part = targets.value(id);
            if (!part.isEmpty()) // chart and dialog sheets have no cells to read: left out
                sheets.append({a.value(QLatin1String("name")).toString(), part});
        }
    }
    if (xml.hasError()) {
        *error = tr("The workbook cannot be read: %1.").arg(xml.errorString());
        return false;
    }
    if (sheets.isEmpty()) {
        *error = tr("This workbook has no sheet.");
        return false;
    }
    if (!sharedStringsPart.isEmpty() && !readSharedStrings(zip, sharedStringsPart, error))
        return false;
    if (!stylesPart.isEmpty())
        readStyles(zip, stylesPart);
    return true;
}

bool XlsxPackage::readSharedStrings(QuaZip &zip, const QString &part, QString *error)
{
    if (!zip.setCurrentFile(part, QuaZip::csInsensitive))
        return true; // named but absent: cells that use it are told as they come
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    QXmlStreamReader xml(&file); // streamed: the table may be large, its XML larger
    QString current;
    int phonetic = 0; // inside <rPh>: reading hints, not the text
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"si")
                current.clear();
            else if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && !phonetic)
                current += xml.readElementText();
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"si")
                sharedStrings.append(XlsxCellText::unescape(current));
            else if (xml.name() == u"rPh")
                --phonetic;
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        *error
            = tr("The shared strings of this workbook cannot be read: %1.").arg(xml.errorString());
        return false;
    }
    return true;
}

void XlsxPackage::readStyles(QuaZip &zip, const QString &part)
{
    QXmlStreamReader xml(readPart(zip, part));
    QHash<int, QString> codes; // custom number formats
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"numFmt") {
            codes.insert(a.value(QLatin1String("numFmtId")).toInt(),
                         a.value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            dateStyles.push_back(XlsxCellText::isDateFormat(id, codes.value(id)));
        }
    }
}
