// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportJob.h"
#include "upload/ImportSession.h"
#include <QCoreApplication>

#include <QStringList>

class CliOutput;
class CliSession;
class QCommandLineParser;

// import NAME --csv FILE ...: presents an ImportSession (which owns the journey: check,
// lock, resume, upload, verification) on the terminal, and maps how it stopped to the
// README's exit codes.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    ImportCommand(CliSession &session, const QCommandLineParser &parser);
    int run(const QStringList &args);
    // Prints an upload's notes, lock wait, requests and retries as they happen.
    static void present(ImportSession &import, CliOutput &out);

private:
    int report(const ImportJob::Result &result, bool willSend);
    // Writes plan.json beside the bodies; a sync's are first planned against the baseline.
    int dryRun(ImportJob::Result &result, const QString &audience, const QString &dir);
    bool planSyncDryRun(ImportJob::Result &result, const QString &audience, const QString &dir);
    int send(ImportSession &import);

    CliSession &m_session;
    const QCommandLineParser &m_parser;
};
