// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CsvFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Guesses a CSV file's encoding from its first bytes, the way Excel files need it, and
// refuses what is not text at all:
// - a BOM decides (UTF-8, UTF-16 LE/BE);
// - a known binary signature (ZIP, hence .xlsx; PNG; PDF; ...) means "not a text file";
// - zero bytes in every other position, with text between them, is UTF-16 without BOM;
// - more NUL bytes than line breaks, or many control bytes, means "not a text file";
// - otherwise the evidence decides between UTF-8 and Windows-1252: UTF-8 unless the
//   sample has more bytes that are invalid in UTF-8 than valid multi-byte characters
//   (so a UTF-8 file with a few stray bytes stays UTF-8, and its bad rows are reported,
//   while accented Windows-1252 text, which is never valid UTF-8, is read as such).
class EncodingDetector
{
    Q_DECLARE_TR_FUNCTIONS(EncodingDetector)

public:
    struct Result
    {
        CsvEncoding encoding = CsvEncoding::Utf8;
        int bomLength = 0;
        QString notText; // not empty: what the bytes look like instead ("a PNG image")
    };
    struct Utf8Evidence
    {
        qsizetype multiByte = 0; // valid characters of 2 to 4 bytes
        qsizetype invalid = 0; // bytes that are no part of a valid character
    };

    static Result detect(const QByteArray &sample, bool sampleIsWholeFile);
    static int bomLength(const QByteArray &sample, CsvEncoding encoding);
    // What a sample that is not text looks like, or an empty string for text. `utf16` skips
    // the NUL byte rules (UTF-16 text is full of zero bytes).
    static QString binaryKind(const QByteArray &sample, bool utf16);
    // UTF-16 LE or BE recognised without BOM from its zero bytes; Auto when not.
    static CsvEncoding utf16WithoutBom(const QByteArray &sample);
    // A sequence cut by the end of a partial sample does not count as invalid.
    static Utf8Evidence utf8Evidence(const QByteArray &bytes, bool allowTruncatedEnd);
    static bool isValidUtf8(const QByteArray &bytes, bool allowTruncatedEnd)
    {
        return utf8Evidence(bytes, allowTruncatedEnd).invalid == 0;
    }
};
