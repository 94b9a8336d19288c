// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DelimiterSniffer.h"

#include <QList>
#include <QMap>
#include <array>

QChar DelimiterSniffer::sniff(QStringView sample, int maxRecords)
{
    constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    QList<std::array<int, 4>> counts;
    std::array<int, 4> current {};
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < maxRecords; ++i) {
        const char16_t c = sample[i].unicode();
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (any)
                counts.append(current);
            current = {};
            any = false;
            if (c == u'\r' && i + 1 < sample.size() && sample[i + 1] == u'\n')
                ++i;
            continue;
        } else if (!inQuotes) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c == candidates[k])
                    ++current[k];
            }
        }
        any = true;
    }
    // A last record without line end counts only when the sample holds the whole file:
    // the caller passes complete records, so include it.
    if (any && counts.size() < maxRecords)
        counts.append(current);

    int best = 0;
    int bestConsistent = -1;
    int bestCount = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        QMap<int, int> frequency; // count per record -> number of records
        for (const auto &record : std::as_const(counts))
            ++frequency[record[k]];
        int mode = 0, modeRecords = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.key() > 0 && it.value() > modeRecords)
                mode = it.key(), modeRecords = it.value();
        }
        if (mode == 0)
            continue;
        if (modeRecords > bestConsistent || (modeRecords == bestConsistent && mode > bestCount)) {
            best = int(k);
            bestConsistent = modeRecords;
            bestCount = mode;
        }
    }
    return QChar(candidates[size_t(bestConsistent < 0 ? 0 : best)]);
}
