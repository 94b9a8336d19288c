// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadPlanText.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <climits>

QString UploadPlanText::describe(const QString &audience, qint64 currentIds, qint64 newIds,
                                 int requests)
{
    const QLocale locale;
    const QString ids
        = QCoreApplication::translate("UploadPlanText", "%1 IDs").arg(locale.toString(newIds));
    const QString inRequests
        = QCoreApplication::translate("UploadPlanText", "in %Ln requests", nullptr, requests);
    if (currentIds < 0)
        return QCoreApplication::translate("UploadPlanText", "Fills the new audience %1 with %2 %3")
            .arg(audience, ids, inRequests);
    return QCoreApplication::translate("UploadPlanText", "Replaces all %1 IDs of %2 with %3 %4")
        .arg(locale.toString(currentIds), audience, ids, inRequests);
}

namespace {
int clamped(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}
} // namespace

QString UploadPlanText::describeUpdate(UploadMode mode, const QString &audience, qint64 ids,
                                       int requests)
{
    const QString requestsText
        = QCoreApplication::translate("UploadPlanText", "%Ln requests", nullptr, requests);
    if (mode == UploadMode::Remove)
        return QCoreApplication::translate("UploadPlanText",
                                           "Removes %Ln IDs from %1 (%2); its other IDs stay",
                                           nullptr, clamped(ids))
            .arg(audience, requestsText);
    return QCoreApplication::translate("UploadPlanText",
                                       "Adds or updates %Ln IDs in %1 (%2); its other IDs stay",
                                       nullptr, clamped(ids))
        .arg(audience, requestsText);
}

QString UploadPlanText::describeSync(const QString &audience, qint64 added, qint64 updated,
                                     qint64 removed, qint64 unchanged, int requests)
{
    const QLocale locale;
    if (requests == 0)
        return QCoreApplication::translate("UploadPlanText",
                                           "%1 already holds the file's %Ln IDs: nothing to send",
                                           nullptr, clamped(unchanged))
            .arg(audience);
    return QCoreApplication::translate("UploadPlanText",
                                       "Adds %Ln IDs, updates %1, removes %2 in %3 (%4); %5 "
                                       "unchanged",
                                       nullptr, clamped(added))
        .arg(locale.toString(updated), locale.toString(removed), audience,
             QCoreApplication::translate("UploadPlanText", "%Ln requests", nullptr, requests),
             locale.toString(unchanged));
}
