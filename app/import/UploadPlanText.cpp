// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadPlanText.h"

#include <QCoreApplication>
#include <QLocale>

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
