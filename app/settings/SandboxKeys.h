// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The credentials the sandbox (app/sandbox, a separate library) accepts. In the core so that
// the sandbox profile (ProfileSession) can be filled in without the core including the
// sandbox's server; FakeBatchServer checks requests against the same two values.
namespace SandboxKeys {
inline const QString apiKey = QStringLiteral("SANDBOX_API_KEY");
inline const QString restKey = QStringLiteral("sandbox-rest-key");
} // namespace SandboxKeys
