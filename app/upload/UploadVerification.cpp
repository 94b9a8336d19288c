// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadVerification.h"

#include <QLocale>

QString UploadVerification::sentence() const
{
    const QLocale l;
    switch (status) {
    case Status::NotStarted:
        return {};
    case Status::Waiting:
        return tr("Waiting for Batch to apply the upload to %1…").arg(audience);
    case Status::Applied:
        if (mode == UploadMode::Add || mode == UploadMode::Remove) {
            // Nothing to compare with: say what Batch reports, and what it reported before.
            const QString sent = mode == UploadMode::Add
                ? tr("%1 IDs were sent to add or update").arg(l.toString(sentIds))
                : tr("%1 IDs were sent to remove").arg(l.toString(sentIds));
            if (idsBefore < 0)
                return tr("Batch reports %1 IDs in %2; %3.")
                    .arg(l.toString(serverIds), audience, sent);
            return tr("Batch reports %1 IDs in %2, against %3 before this upload; %4.")
                .arg(l.toString(serverIds), audience, l.toString(idsBefore), sent);
        }
        if (mode == UploadMode::Sync) {
            if (serverIds == expected())
                return tr("Batch reports %1 IDs in %2, as the file holds.")
                    .arg(l.toString(serverIds), audience);
            return tr("Batch reports %1 IDs in %2; the file holds %3.")
                .arg(l.toString(serverIds), audience, l.toString(expected()));
        }
        if (serverIds == sentIds)
            return tr("Batch reports %1 IDs in %2, as sent.").arg(l.toString(serverIds), audience);
        if (serverIds < sentIds)
            return tr("Batch reports %1 IDs in %2; %3 were sent.")
                .arg(l.toString(serverIds), audience, l.toString(sentIds));
        return tr("Batch reports %1 IDs in %2; %3 were sent (it also holds IDs this file does "
                  "not have: someone added them since).")
            .arg(l.toString(serverIds), audience, l.toString(sentIds));
    case Status::Replaced:
        return tr("Batch says %1 was replaced by a newer upload since: it no longer holds this "
                  "file's IDs as sent.")
            .arg(audience);
    case Status::NotConfirmed:
        return tr("Batch has not confirmed that %1 is applied yet (%2): check it later; "
                  "campaigns sent before then may miss some of the %3 IDs sent.")
            .arg(audience, problem, l.toString(sentIds));
    }
    return {};
}
