// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportPlan.h"

#include <QCoreApplication>

class CliSession;
class ImportSession;
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
    // `checked`: the file checked once for every app (each re-hashes it before sending).
    int run(const ImportPlan &plan, ImportSession &checked, bool wait);

private:
    CliSession &m_session;
    const QCommandLineParser &m_parser;
};
