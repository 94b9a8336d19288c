// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ColumnMapping.h"
#include "import/UploadMode.h"

#include <QCoreApplication>

class CliSession;
class QCommandLineParser;

// import NAME --csv FILE with several --profile or --api-key: the checked file goes to each
// app in turn (ImportFanOut), each with its own lock, journal, resume and verification; a
// table at the end says what Batch confirmed per app, and the exit code is the worst of
// the apps'.
class FanOutCommand
{
    Q_DECLARE_TR_FUNCTIONS(FanOutCommand)
public:
    FanOutCommand(CliSession &session, const QCommandLineParser &parser);
    int run(const QString &audience, const QString &csvPath, const ColumnMapping &mapping,
            UploadMode mode, int timeoutSeconds);

private:
    CliSession &m_session;
    const QCommandLineParser &m_parser;
};
