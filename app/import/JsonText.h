// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QStringView>
#include <cstring>

// Appends JSON text to a UTF-8 buffer. Written by hand because building a QJsonObject per
// row and serialising it costs several times the whole import of a million rows; the
// output is checked against QJsonDocument in the tests.
class JsonText
{
public:
    static void appendString(QByteArray &out, QStringView text); // quoted, RFC 8259 escapes
    static void appendInt(QByteArray &out, qint64 value);
    static void appendDouble(QByteArray &out, double value); // shortest round-trip form

    // Appends bytes with a resize and a copy. QByteArray::append goes through insert(),
    // whose generality (aliasing, room at the front) took 9 % of an import's CPU at some
    // fifteen small appends a row.
    static void appendBytes(QByteArray &out, const char *bytes, qsizetype size)
    {
        const qsizetype at = out.size();
        out.resize(at + size);
        std::memcpy(out.data() + at, bytes, size_t(size));
    }
    template<qsizetype N> static void appendLiteral(QByteArray &out, const char (&literal)[N])
    {
        appendBytes(out, literal, N - 1);
    }
};
