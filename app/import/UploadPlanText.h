// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "UploadMode.h"

#include <QString>

// The plan in words for the confirmation, for each mode: "Replaces all 12,480 IDs of vip_fr
// with 24,950 IDs in 3 requests".
class UploadPlanText
{
public:
    // currentIds < 0: unknown (a new audience, or not loaded).
    static QString describe(const QString &audience, qint64 currentIds, qint64 newIds,
                            int requests);
    // Add or Remove: "Adds or updates 2,000 IDs in vip_fr (1 request); its other IDs stay".
    static QString describeUpdate(UploadMode mode, const QString &audience, qint64 ids,
                                  int requests);
    // "Adds 3,210 IDs, updates 120, removes 45 in vip_fr (1 request); 980,001 unchanged".
    static QString describeSync(const QString &audience, qint64 added, qint64 updated,
                                qint64 removed, qint64 unchanged, int requests);
};
