// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

// Cells copied from a spreadsheet (LibreOffice, Excel, Google Sheets: the clipboard's
// text) made into a file that the import reads like any other.
//
// Why a file at all: everything after the File page (the whole-file check, the request
// bodies, the upload history, resuming an upload after a restart) keys on a file and its
// SHA-256, and reads it again when bodies must be prepared again. A pasted column written
// once as a file goes through exactly the same code, and an interrupted upload of it can
// be resumed like any other. The file stays (see removeExpired()) as long as an upload of
// it can still be resumed.
//
// The text: one record a line (\n, \r\n or \r), cells separated by tabs, a cell quoted
// ("…", "" for a quote) when it holds a tab, a line end or a quote, as Excel does; blank
// lines dropped. A single column gets the header "install_id" (what the ID column is
// recognised by, ColumnMapping::defaultIdColumn) unless its first line is already a
// header; several columns keep their first line as the header (the Format page can say
// otherwise). Values are written as they were copied: IDs stay text, leading zeros kept.
class PastedTable
{
    Q_DECLARE_TR_FUNCTIONS(PastedTable)
public:
    struct Saved
    {
        QString path; // empty when error is set
        QString error;
        qint64 rows = 0; // records under the header
        int columns = 0;
        QStringList header; // as written
        bool headerAdded = false; // a single column without a header: "install_id" added
        bool ok() const { return error.isEmpty(); }
    };

    static QString folder(); // <AppLocalDataLocation>/pasted
    static QString idHeader() { return QStringLiteral("install_id"); }
    // "pasted-2026-11-23-170512.tsv"
    static QString fileNameFor(const QDateTime &when);
    // Whether `path` is a file written by save() (in `folder`): shown as pasted, not by path.
    static bool isPasted(const QString &path, const QString &folder = PastedTable::folder());

    // Writes `text` as a UTF-8, tab-separated file in `folder` (owner-only: it holds install
    // IDs). Linear in the text, holds one record at a time besides the text: run it off the
    // GUI thread.
    static Saved save(QStringView text, const QString &folder = PastedTable::folder(),
                      const QDateTime &when = QDateTime::currentDateTime());

    // The records of `text` (at most `limit`, all when negative), blank lines dropped.
    static QList<QStringList> records(QStringView text, qsizetype limit = -1);
    // Whether the first value of a single column is its header rather than an ID: a name
    // the ID column is recognised by, or a label unlike the values under it (which all
    // look alike: digits only, or hex digits and dashes; or without spaces).
    static bool startsWithHeader(const QStringList &column);

    // Deletes the files in `folder` last written before `cutoff`, except those in `keep` (the
    // files of uploads that can still be resumed). Returns how many were deleted.
    static int removeExpired(const QDateTime &cutoff, const QSet<QString> &keep,
                             const QString &folder = PastedTable::folder());
};
