// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QStringView>

// Appends JSON text to a UTF-8 buffer. Written by hand because building a QJsonObject per
// row and serialising it costs several times the whole import of a million rows; the
// output is checked against QJsonDocument in the tests.
class JsonText
{
public:
    static void appendString(QByteArray &out, QStringView text); // quoted, RFC 8259 escapes
    static void appendInt(QByteArray &out, qint64 value);
    static void appendDouble(QByteArray &out, double value); // shortest round-trip form
};
