// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportJob.h"
#include "import/ImportPlan.h"
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
    // import NAME --file FILE ...: the plan the options describe (--save-plan writes it),
    // then run.
    int run(const QStringList &args);
    // run FILE: a saved plan, as the wizard runs it (followed until Batch has applied it).
    int runPlan(const ImportPlan &plan);
    // Prints an upload's notes, lock wait, requests and retries as they happen.
    static void present(ImportSession &import, CliOutput &out);

private:
    // The apps named on the command line (--sandbox, --profile, --api-key), for a saved plan.
    QList<ImportPlan::Target> targetsFromOptions() const;
    int checkSource(const ImportPlan &plan);
    int execute(const ImportPlan &plan, bool wait);
    int report(const ImportJob::Result &result, bool willSend, bool skipInvalid);
    // Writes plan.json beside the bodies; a sync's are first planned against the baseline.
    int dryRun(ImportJob::Result &result, const ImportPlan &plan, const QString &dir);
    bool planSyncDryRun(ImportJob::Result &result, const QString &audience, const QString &dir);
    int send(ImportSession &import, bool wait);

    CliSession &m_session;
    const QCommandLineParser &m_parser;
};
