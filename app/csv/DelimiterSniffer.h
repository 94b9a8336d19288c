// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QChar>
#include <QStringView>

// Picks the delimiter among , ; tab | from the first records of decoded text: the one
// whose count per record (outside quotes) is the same on the most records, then the most
// frequent. Excel writes ; where the decimal separator is a comma.
class DelimiterSniffer
{
public:
    static QChar sniff(QStringView sample, int maxRecords = 20);
};
