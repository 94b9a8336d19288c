// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppIdentity.h"

#include <QCoreApplication>

void AppIdentity::apply()
{
    // Kept as they were in 0.1 so existing settings (~/.config/AudienceDesk/audience-desk.conf),
    // history and upload folders are found after an update.
    QCoreApplication::setOrganizationName(QStringLiteral("AudienceDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("audience-desk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("audience-desk.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AD_VERSION));
}
