#pragma once

#include "import/ImportJob.h"

#include <QStringList>

class CliSession;
class QCommandLineParser;
struct UploadRecord;

// import NAME --csv FILE ...: checks the whole file, then writes the requests (--dry-run)
// or sends them, recording each in the upload history so an interrupted upload resumes
// where it stopped when the same command is run again.
class ImportCommand
{
public:
    ImportCommand(CliSession &session, const QCommandLineParser &parser);
    int run(const QStringList &args);

private:
    int report(const ImportJob::Result &result, bool willSend);
    int dryRun(const ImportJob::Result &result, const QString &audience, const QString &dir);
    int upload(const ImportJob::Result &result, const QString &audience,
               const ColumnMapping &mapping, const QString &csvPath);
    int ensureAudience(const QString &audience);
    int send(UploadRecord record);

    CliSession &m_session;
    const QCommandLineParser &m_parser;
};
