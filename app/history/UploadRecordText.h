// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "UploadRecord.h"
#include <QCoreApplication>

#include <QString>

// An upload in words for the History window's details and for support: the file and its
// fingerprint, the profile, the counts, and every request with its outcome and indexing
// token. Plain text, one fact a line, so it can be copied into a ticket as it is.
class UploadRecordText
{
    Q_DECLARE_TR_FUNCTIONS(UploadRecordText)
public:
    static QString details(const UploadRecord &upload);
    // mode: the upload's (uploadModeKey()), which says what its Updates do.
    static QString requestLine(const UploadRequestRecord &request,
                               const QString &mode = QStringLiteral("replace"));
};
