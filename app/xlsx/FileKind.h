// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

// What a file is, from its content (never its name): an Excel workbook (a ZIP package whose
// [Content_Types].xml has a SpreadsheetML part), an old binary .xls, a password-protected
// workbook (an OLE file holding an EncryptedPackage), or anything else (read as CSV).
class FileKind
{
    Q_DECLARE_TR_FUNCTIONS(FileKind)
public:
    enum Kind { Other, Xlsx, Xls, Encrypted };
    static Kind detect(const QString &path);
    static bool isWorkbook(const QString &path) { return detect(path) != Other; }
    // Why the file cannot be read (Xls, Encrypted), for people; empty otherwise.
    static QString refusal(Kind kind);
};
