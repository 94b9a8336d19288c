// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <optional>

// What an upload does to the audience. Replace: a PUT of the first 10,000 IDs then Update
// adds (the audience holds exactly the file). Add / Remove: Update requests only, every ID
// of the file added (attributes and tags as mapped) or removed; the audience keeps its other
// IDs. Sync: the audience ends holding exactly the file, through Update requests carrying
// only the differences from the last verified upload from this computer (the baseline).
enum class UploadMode { Replace, Add, Remove, Sync };

QString uploadModeKey(UploadMode mode); // "replace", "add", "remove", "sync"
std::optional<UploadMode> uploadModeFromKey(const QString &key);
