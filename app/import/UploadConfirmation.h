// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "UploadMode.h"

#include <QtGlobal>

// When the wizard asks for a tick before uploading: only where something can be lost.
// Replacing, syncing or removing IDs of an existing audience that holds any, any change
// on a Live profile, and a change in several apps at once (whose audiences are not looked
// at beforehand) need it; creating an audience, filling an empty one, or adding IDs on a
// Dev profile do not.
struct UploadConfirmation
{
    UploadMode mode = UploadMode::Replace;
    bool exists = false;
    qint64 currentIds = -1; // as Batch said; -1: not known
    bool live = false;
    bool severalApps = false;

    bool needed() const
    {
        if (live || severalApps)
            return true;
        if (!exists || mode == UploadMode::Add)
            return false;
        return currentIds != 0; // unknown counts as holding IDs
    }
};
