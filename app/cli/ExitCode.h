// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// audience-desk-cli's exit codes (README, "Command line").
enum ExitCode : int {
    ExitOk = 0,
    ExitApiRefused = 1, // the API answered with an error
    ExitUsage = 2, // bad command line
    ExitInputRejected = 3, // rows invalid (without --skip-invalid), unreadable file
    ExitNetwork = 4, // network failure after retries
    ExitPartialUpload = 5, // upload interrupted part-way: the audience is partial
    ExitLocked = 6, // another upload into the same audience is under way
    ExitInterrupted = 130, // Ctrl+C
};
