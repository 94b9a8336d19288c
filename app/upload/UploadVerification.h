// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/UploadMode.h"

#include <QCoreApplication>
#include <QString>

// What Batch said about an upload once it was sent: whether the last request is APPLIED,
// and the audience's count then, against the number of distinct IDs sent. Only these
// numbers are ever reported as what the audience holds.
struct UploadVerification
{
    Q_DECLARE_TR_FUNCTIONS(UploadVerification)
public:
    enum class Status {
        NotStarted,
        Waiting, // polling View with the last indexing token
        Applied, // serverIds is Batch's nb_ids
        Replaced, // a newer upload replaced the audience since
        NotConfirmed, // Batch did not say APPLIED in time, or could not be asked
    };
    Status status = Status::NotStarted;
    QString audience;
    qint64 serverIds = -1;
    qint64 sentIds = 0;
    QString problem; // why it is not confirmed (NotConfirmed)
    UploadMode mode = UploadMode::Replace;
    // What the audience must hold once applied (Replace, Sync: the file's distinct IDs); -1
    // for Add and Remove, whose result depends on what the audience held.
    qint64 expectedIds = -1;
    qint64 idsBefore = -1; // Batch's count before an Add or Remove (-1: not known)

    qint64 expected() const { return expectedIds >= 0 ? expectedIds : sentIds; }
    // Add and Remove: applied is all Batch can confirm; otherwise its count as expected.
    bool matches() const
    {
        if (mode == UploadMode::Add || mode == UploadMode::Remove)
            return status == Status::Applied;
        return status == Status::Applied && serverIds == expected();
    }
    QString sentence() const; // for people, in the log, the Result page and the CLI
};
