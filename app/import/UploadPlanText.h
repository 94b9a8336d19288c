// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The plan in words for the confirmation: "Replaces all 12,480 IDs of vip_fr with 24,950
// IDs in 3 requests".
class UploadPlanText
{
public:
    // currentIds < 0: unknown (a new audience, or not loaded).
    static QString describe(const QString &audience, qint64 currentIds, qint64 newIds,
                            int requests);
};
