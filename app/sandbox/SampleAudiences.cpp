// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SampleAudiences.h"

#include <array>

namespace {
constexpr std::array segments = {"vip",   "cart_abandoners", "newsletter-optin", "winback",
                                 "loyal", "first_purchase",  "churn_risk",       "beta_testers",
                                 "promo", "inactive_30d",    "high_value",       "app_reviewers"};
constexpr std::array markets = {"fr", "de", "uk", "us", "es", "it", "nl", "be", "ch", "ca", "br"};
constexpr std::array descriptions = {"Customers with three or more orders in the last quarter",
                                     "Added to cart but did not check out within 48 hours",
                                     "Opted in to the weekly newsletter",
                                     "No session in the last 60 days, targeted for win-back",
                                     "Members of the loyalty programme",
                                     "Made their first purchase this month",
                                     "Predicted to churn by the CRM model",
                                     "Signed up for early access features",
                                     "",
                                     "Installed but inactive for 30 days",
                                     "Top 5% by lifetime value",
                                     "Left a store review"};
} // namespace

QList<SampleAudiences::Sample> SampleAudiences::make(int count, const QDateTime &newest)
{
    QList<Sample> samples;
    samples.reserve(count);
    for (int i = 0; i < count; ++i) {
        const size_t segment = size_t(i) % segments.size();
        const size_t market = (size_t(i) / segments.size()) % markets.size();
        const int round = i / int(segments.size() * markets.size());
        Sample s;
        s.audience.name = QStringLiteral("%1_%2").arg(QLatin1String(segments[segment]),
                                                      QLatin1String(markets[market]));
        if (round > 0)
            s.audience.name += QStringLiteral("_%1").arg(round + 1);
        s.audience.description = QString::fromUtf8(descriptions[segment]);
        s.audience.type = i % 23 == 7 ? QStringLiteral("custom_ids")
            : i % 31 == 11            ? QStringLiteral("advertising_ids")
                                      : QStringLiteral("install_ids");
        // Spread over about two years, newest first, every timestamp distinct.
        s.audience.created = newest.addSecs(-qint64(i) * 5 * 86400 - (i * 3917) % 86400);
        s.audience.updated = s.audience.created.addSecs((i * 7919) % (20 * 86400));
        if (s.audience.updated > newest)
            s.audience.updated = newest;
        s.idCount = (qint64(i) * 7919 * 7919) % 250000 + (i % 5 == 0 ? 1000 : 37);
        samples.append(s);
    }
    return samples;
}
