// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportOutcome.h"

ImportOutcome::Stop ImportOutcome::forError(const ApiError &error, bool acknowledged)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return Stop::Cancelled;
    if (acknowledged)
        return Stop::Partial;
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::BadResponse:
        return Stop::Unreachable;
    case ApiError::Kind::Http:
        if (error.httpStatus == 401 || error.httpStatus == 403)
            return Stop::KeysRefused;
        return error.retryable ? Stop::Unreachable : Stop::Refused;
    case ApiError::Kind::InvalidRequest:
        return Stop::Invalid;
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::None:
        break;
    }
    return Stop::Refused;
}

QString ImportOutcome::advice(Stop stop, bool command)
{
    switch (stop) {
    case Stop::KeysRefused:
        return command ? tr("Check the keys: the profile's (--profile), or --api-key and "
                            "--rest-key-file: with the same keys, the same command fails the same "
                            "way.")
                       : tr("Check the keys in File → Profiles and Keys.");
    case Stop::Unreachable:
        return command ? tr("Run the same command again once Batch can be reached.")
                       : tr("Try again once Batch can be reached.");
    case Stop::Partial:
        return command ? tr("Run the same command again to resume: acknowledged requests are not "
                            "sent again.")
                       : tr("Resume it to send the rest: acknowledged requests are not sent "
                            "again.");
    case Stop::LockHeld:
        return command ? tr("Add --wait-lock to wait for it instead.") : QString();
    case Stop::None:
    case Stop::Completed:
    case Stop::InputRejected:
    case Stop::Refused:
    case Stop::Invalid:
    case Stop::Cancelled:
        break;
    }
    return {};
}
