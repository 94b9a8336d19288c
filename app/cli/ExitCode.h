// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "upload/ImportOutcome.h"

// audience-desk-cli's exit codes (README, "Command line").
enum ExitCode : int {
    ExitOk = 0,
    ExitApiRefused = 1, // the API answered with an error (the keys, or the request)
    ExitUsage = 2, // bad command line, plan file, or a request refused before sending
    ExitInputRejected = 3, // rows invalid (without --skip-invalid), unreadable file
    ExitNetwork = 4, // could not get through: network, timeouts, 5xx after retries
    ExitPartialUpload = 5, // upload interrupted part-way: the audience is partial
    ExitLocked = 6, // another upload into the same audience is under way
    ExitInterrupted = 130, // Ctrl+C
};

// The one table from how a command ended to its exit code (ImportOutcome::forError() reads
// a failed call): every command goes through it.
inline int exitCodeFor(ImportOutcome::Stop stop)
{
    using Stop = ImportOutcome::Stop;
    switch (stop) {
    case Stop::None:
    case Stop::Completed:
        return ExitOk;
    case Stop::InputRejected:
        return ExitInputRejected;
    case Stop::KeysRefused:
    case Stop::Refused:
        return ExitApiRefused;
    case Stop::Invalid:
        return ExitUsage;
    case Stop::Unreachable:
        return ExitNetwork;
    case Stop::Partial:
        return ExitPartialUpload;
    case Stop::LockHeld:
        return ExitLocked;
    case Stop::Cancelled:
        return ExitInterrupted;
    }
    return ExitApiRefused;
}
