// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FileKind.h"

#include <QFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {

bool hasSpreadsheetPart(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(QStringLiteral("[Content_Types].xml")))
        return false;
    QuaZipFile types(&zip);
    if (!types.open(QIODevice::ReadOnly))
        return false;
    const QByteArray xml = types.read(1 << 20);
    return xml.contains("spreadsheetml.sheet.main") || xml.contains("spreadsheetml.template.main")
        || xml.contains("ms-excel.sheet.macroEnabled.main");
}

// An OLE compound file: the directory's names say whether it wraps an encrypted workbook
// (EncryptionInfo + EncryptedPackage) or is an old binary document. The directory is
// searched in the first 4 MB, where it is in any file Office writes.
bool isEncryptedPackage(QFile &file)
{
    file.seek(0);
    const QByteArray head = file.read(4 << 20);
    const QString name = QStringLiteral("EncryptedPackage");
    QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    return head.contains(utf16);
}

} // namespace

FileKind::Kind FileKind::detect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Other;
    const QByteArray magic = file.read(8);
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return isEncryptedPackage(file) ? Encrypted : Xls;
    if (magic.startsWith("PK\x03\x04")) {
        file.close();
        return hasSpreadsheetPart(path) ? Xlsx : Other;
    }
    return Other;
}

QString FileKind::refusal(Kind kind)
{
    switch (kind) {
    case Xls:
        return tr("This is an Excel 97-2003 workbook (.xls), which cannot be read directly. "
                  "Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) "
                  "or as CSV.");
    case Encrypted:
        return tr("This workbook is protected by a password, so its cells cannot be read. "
                  "Open it, and save a copy without the password as .xlsx or as CSV.");
    case Other:
    case Xlsx:
        break;
    }
    return {};
}
