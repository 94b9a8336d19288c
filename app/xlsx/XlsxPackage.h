// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <vector>

class QuaZip;

// What a workbook says before its cells: the sheets (names, in order, and their parts),
// the date system, the shared strings (rich text runs joined) and which cell styles show
// a date. Read from [Content_Types].xml, the workbook, its relationships, sharedStrings.xml
// and styles.xml. The shared strings are held whole (Excel's own limit); the sheets are
// not read here: XlsxReader streams them.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)
public:
    struct Sheet
    {
        QString name;
        QString part; // path in the ZIP: xl/worksheets/sheet1.xml
    };

    // False with `error` set when this is not a readable workbook.
    bool read(QuaZip &zip, QString *error);

    QList<Sheet> sheets;
    bool date1904 = false;
    QStringList sharedStrings;
    std::vector<bool> dateStyles; // by cell style index (the s attribute of a cell)

    QStringList sheetNames() const;
    bool isDateStyle(int style) const
    {
        return style >= 0 && size_t(style) < dateStyles.size() && dateStyles[size_t(style)];
    }

    // A part's full text (the small ones: types, workbook, rels); empty when missing.
    static QByteArray readPart(QuaZip &zip, const QString &part, bool *found = nullptr);

private:
    bool readSharedStrings(QuaZip &zip, const QString &part, QString *error);
    void readStyles(QuaZip &zip, const QString &part);
};
