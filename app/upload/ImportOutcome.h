// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QObject>

// How a command or an import ended, and the one table from a failed API call to it: the
// wizard, the session and every CLI command (list, view, create, delete, status, import,
// run) read a failure through forError(), so the same failure is the same outcome, the same
// advice and (ExitCode.h) the same exit code wherever it happens.
class ImportOutcome
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ImportOutcome)
public:
    enum class Stop {
        None, // not started or under way
        Completed, // every request acknowledged (or nothing was needed)
        InputRejected, // nothing to send (no valid ID, file unreadable or changed)
        KeysRefused, // 401/403: Batch did not accept the keys; running again cannot help
        Refused, // the API refused a request (another 4xx): nothing more is sent
        Invalid, // refused before sending (a bad name, key or insecure server address)
        Unreachable, // network, timeouts, 5xx after retries, or "come back later"
        Partial, // some requests acknowledged: the audience is partial until resumed
        LockHeld, // another upload into the same audience is under way
        Cancelled, // the user stopped it
    };
    Q_ENUM(Stop)

    // What a failed call means. `acknowledged`: part of an upload was acknowledged before it
    // (a failure then leaves the audience partial, whatever the failure).
    static Stop forError(const ApiError &error, bool acknowledged = false);
    // What to do next, in one sentence, where something can be done; empty otherwise.
    // `command`: the CLI's words (run the same command again), else the app's (Resume).
    static QString advice(Stop stop, bool command);
    static bool isFailure(Stop stop) { return stop != Stop::None && stop != Stop::Completed; }
};
