// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The names the desktop app and the CLI share: QSettings and QStandardPaths derive their
// folders from them (so the CLI's --profile finds the app's profiles), and the desktop file,
// icon and AppStream id all use the one reverse-DNS id (packaging/ installs files of that name).
namespace AppIdentity {

// io.github.<organisation>.<App>: the project lives at github.com/audience-desk, and
// reverse-DNS ids replace a hyphen with an underscore (freedesktop's naming rules).
inline constexpr char Id[] = "io.github.audience_desk.AudienceDesk";

// Sets organisation, application name, domain and version on the running QCoreApplication.
// The display name (translated) and the desktop file name are the GUI's to set.
void apply();

} // namespace AppIdentity
