// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FakeBatchServer.h"

#include <QList>

// Deterministic, realistic sample audiences for the sandbox: the same names, dates and
// counts on every run, so screenshots and tests are stable.
class SampleAudiences
{
public:
    struct Sample
    {
        FakeBatchServer::Audience audience;
        qint64 idCount = 0; // not materialised: the sandbox reports it as nb_ids
    };
    static QList<Sample> make(int count, const QDateTime &newest);
};
