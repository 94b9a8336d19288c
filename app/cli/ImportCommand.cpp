#include "ImportCommand.h"

#include "ApiCommands.h"
#include "CliSession.h"
#include "ImportOptions.h"
#include "api/ApiValidation.h"
#include "history/UploadHistory.h"
#include "history/UploadRecordBuilder.h"
#include "upload/UploadRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

QString n(qint64 value)
{
    return QLocale::c().toString(value);
}
} // namespace

ImportCommand::ImportCommand(CliSession &session, const QCommandLineParser &parser)
    : m_session(session)
    , m_parser(parser)
{ }

int ImportCommand::run(const QStringList &args)
{
    CliOutput &out = m_session.out();
    if (args.size() != 1) {
        out.error(tr("import needs exactly one audience name (see --help)"));
        return ExitUsage;
    }
    const QString audience = args.first();
    if (!ApiValidation::isValidAudienceName(audience)) {
        out.error(
            tr("invalid audience name: %1").arg(ApiValidation::audienceNameProblem(audience)));
        return ExitUsage;
    }
    const QString csvPath = m_parser.value(QStringLiteral("csv"));
    if (csvPath.isEmpty()) {
        out.error(tr("import needs --csv FILE"));
        return ExitUsage;
    }
    const bool dry = m_parser.isSet(QStringLiteral("dry-run"));
    if (dry && !m_parser.isSet(QStringLiteral("out"))) {
        out.error(tr("--dry-run needs --out DIR"));
        return ExitUsage;
    }
    if (!QFileInfo(csvPath).isReadable()) {
        out.error(tr("cannot read %1").arg(csvPath));
        return ExitInputRejected;
    }
    QString why;
    const auto mapping = ImportOptions::mapping(m_parser, csvPath, &why);
    if (!mapping) {
        out.error(why);
        return ExitUsage;
    }

    ImportJob::Settings settings;
    settings.csvPath = csvPath;
    settings.mapping = *mapping;
    settings.format = ImportJob::formatFor(*mapping);
    settings.outputDir = dry ? m_parser.value(QStringLiteral("out"))
                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/uploads/")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    settings.rejectsPath = m_parser.isSet(QStringLiteral("rejects"))
        ? m_parser.value(QStringLiteral("rejects"))
        : dry ? QDir(settings.outputDir).filePath(QStringLiteral("rejects.csv"))
              : QString();
    std::atomic<bool> cancel {false};
    QObject::connect(&m_session, &CliSession::interruptRequested, [&cancel] { cancel = true; });
    const ImportJob::Result result = ImportJob::run(
        settings, &cancel, [this](ImportJob::Phase phase, qint64 done, qint64 total) {
            QCoreApplication::processEvents(); // lets Ctrl+C reach the cancel flag
            m_session.out().progress(
                phase == ImportJob::Phase::Reading ? tr("Checking") : tr("Preparing"), done, total);
        });
    out.endProgress();
    if (result.cancelled)
        return ExitInterrupted;
    if (!result.ok) {
        out.error(result.error);
        return result.header.isEmpty() && result.rowsRead == 0 ? ExitInputRejected : ExitUsage;
    }
    const int code = report(result, !dry);
    if (dry) {
        const int written = dryRun(result, audience, settings.outputDir);
        return code != ExitOk ? code : written;
    }
    if (code != ExitOk)
        return code;
    return upload(result, audience, *mapping, csvPath);
}

int ImportCommand::report(const ImportJob::Result &r, bool willSend)
{
    CliOutput &out = m_session.out();
    out.message(
        tr("%1 rows read: %2 valid, %3 rejected; %4 IDs repeated (the last row of each kept, "
           "%5 earlier rows superseded) → %6 IDs in %7 request(s).")
            .arg(n(r.rowsRead), n(r.validRows), n(r.rejectedRows), n(r.duplicateIds),
                 n(r.supersededRows), n(r.uniqueIds))
            .arg(r.chunks.size()));
    int shown = 0;
    for (const RowProblem &p : r.problems) {
        if (shown++ == 20)
            break;
        const QString where = p.column > 0
            ? tr("line %1, column %2%3")
                  .arg(p.line)
                  .arg(p.column)
                  .arg(p.columnName.isEmpty() ? QString()
                                              : QStringLiteral(" (%1)").arg(p.columnName))
            : tr("line %1").arg(p.line);
        out.message(QStringLiteral("  %1%2: %3")
                        .arg(p.warning ? tr("warning, ") : QString(), where, p.reason));
    }
    if (r.problemCount > shown && shown > 20)
        out.message(tr("  … and %1 more (all of them are in the rejects file: --rejects FILE)")
                        .arg(n(r.problemCount - 20)));
    if (r.rejectedRows > 0 && !m_parser.isSet(QStringLiteral("skip-invalid"))) {
        out.error(tr("%1 row(s) are invalid%2. Fix them, or add --skip-invalid to upload the %3 "
                     "valid IDs only.")
                      .arg(n(r.rejectedRows), willSend ? tr(": nothing was sent") : QString(),
                           n(r.uniqueIds)));
        return ExitInputRejected;
    }
    return ExitOk;
}

int ImportCommand::dryRun(const ImportJob::Result &result, const QString &audience,
                          const QString &dir)
{
    QString error;
    const QString planPath = QDir(dir).filePath(QStringLiteral("plan.json"));
    if (!ImportJob::writePlan(result, audience, planPath, &error)) {
        m_session.out().error(tr("cannot write %1: %2").arg(planPath, error));
        return ExitInputRejected;
    }
    if (m_session.out().json()) {
        QJsonArray files;
        for (const auto &c : result.chunks)
            files.append(c.path);
        m_session.out().resultJson(
            QJsonObject {{QStringLiteral("plan"), planPath}, {QStringLiteral("payloads"), files}});
    } else {
        m_session.out().result(
            tr("Dry run: nothing was sent. %1 request body(ies) and plan.json written to %2.")
                .arg(result.chunks.size())
                .arg(dir));
    }
    return ExitOk;
}

int ImportCommand::ensureAudience(const QString &audience)
{
    ApiReply *view = m_session.client().view(audience);
    m_session.wait(view);
    view->deleteLater();
    if (view->isOk())
        return ExitOk;
    if (view->error().httpStatus != 404)
        return m_session.fail(view->error());
    if (!m_parser.isSet(QStringLiteral("create"))) {
        m_session.out().error(
            tr("the audience %1 does not exist: add --create to create it").arg(audience));
        return ExitApiRefused;
    }
    ApiReply *create = m_session.client().create(audience, {});
    m_session.wait(create);
    create->deleteLater();
    if (!create->isOk())
        return m_session.fail(create->error());
    m_session.out().message(tr("Created audience %1.").arg(audience));
    return ExitOk;
}

int ImportCommand::upload(const ImportJob::Result &result, const QString &audience,
                          const ColumnMapping &mapping, const QString &csvPath)
{
    CliOutput &out = m_session.out();
    if (result.uniqueIds == 0) {
        out.error(
            tr("no valid ID to send: a Replace with no IDs would empty %1, so nothing was sent")
                .arg(audience));
        return ExitInputRejected;
    }
    if (const int code = ensureAudience(audience); code != ExitOk)
        return code;

    // Recorded under the saved profile when there is one, so the desktop app's History
    // (and a later run of either) resumes it; else under the key and host.
    const BatchClient::Config &config = m_session.client().config();
    const bool saved = !m_session.profileId().isEmpty();
    UploadRecord record = UploadRecordBuilder::build(
        result, csvPath, audience, mapping,
        saved ? m_session.profileId()
              : QStringLiteral("cli:%1@%2").arg(config.apiKey, config.baseUrl.host()),
        saved ? m_session.profileName() : QStringLiteral("audience-desk-cli"));

    UploadHistory history;
    if (auto resumable = history.findResumable(record.profileId, audience, record.fileSha256,
                                               record.mappingJson)) {
        if (resumable->firstUnacknowledged() > 0) {
            out.message(tr("Resuming the interrupted upload #%1: %2 of %3 requests were already "
                           "acknowledged.")
                            .arg(resumable->id)
                            .arg(resumable->firstUnacknowledged())
                            .arg(resumable->requests.size()));
            for (const ImportJob::Chunk &c : result.chunks)
                QFile::remove(c.path); // the earlier upload's bodies are the ones to resume
            return send(*resumable);
        }
    }
    if (history.create(record) == 0)
        out.message(
            tr("warning: the upload history could not be written (%1): it cannot be resumed")
                .arg(history.errorString()));
    return send(record);
}

int ImportCommand::send(UploadRecord record)
{
    CliOutput &out = m_session.out();
    UploadHistory history;
    UploadRunner runner(&m_session.client(), &history);
    QObject::connect(
        &runner, &UploadRunner::requestStarted,
        [&](int index, int total, const QString &method, qint64 ids) {
            out.progress(
                tr("Request %1/%2 (%3, %4 IDs)").arg(index + 1).arg(total).arg(method, n(ids)),
                index, total);
        });
    QObject::connect(&runner, &UploadRunner::requestRetrying,
                     [&](int index, int attempt, int delayMs, const ApiError &cause) {
                         out.message(tr("Request %1 failed (%2); attempt %3 in %4 ms.")
                                         .arg(index + 1)
                                         .arg(cause.detail)
                                         .arg(attempt)
                                         .arg(delayMs));
                     });
    QObject::connect(&m_session, &CliSession::interruptRequested, &runner, &UploadRunner::cancel);
    UploadRecord::State state = UploadRecord::State::Running;
    QString message;
    QEventLoop loop;
    QObject::connect(&runner, &UploadRunner::finished,
                     [&](UploadRecord::State s, const QString &m) {
                         state = s;
                         message = m;
                         loop.quit();
                     });
    runner.start(record);
    if (runner.isRunning())
        loop.exec();
    out.endProgress();
    const QStringList tokens = runner.indexingTokens();
    if (state != UploadRecord::State::Completed) {
        out.error(message);
        if (state == UploadRecord::State::Partial)
            out.error(tr(
                "Run the same command again to resume: acknowledged requests are not sent again."));
        if (m_session.interrupted())
            return ExitInterrupted;
        if (state == UploadRecord::State::Partial)
            return ExitPartialUpload;
        const auto &last = runner.upload().requests;
        const bool network
            = std::any_of(last.cbegin(), last.cend(), [](const UploadRequestRecord &r) {
                  return r.status == UploadRequestRecord::Status::Failed && r.httpStatus == 0;
              });
        return network ? ExitNetwork : ExitApiRefused;
    }
    if (m_parser.isSet(QStringLiteral("wait"))) {
        out.message(tr("Waiting for Batch to apply the upload…"));
        for (const QString &token : tokens) { // every request's token: APPLIED (or REPLACED)
            if (const int code = ApiCommands::waitForIndexing(m_session, record.audience, token);
                code != ExitOk)
                return code;
        }
    }
    if (out.json()) {
        out.resultJson(
            QJsonObject {{QStringLiteral("audience"), record.audience},
                         {QStringLiteral("ids"), record.validIds},
                         {QStringLiteral("indexing_tokens"), QJsonArray::fromStringList(tokens)},
                         {QStringLiteral("applied"), m_parser.isSet(QStringLiteral("wait"))}});
    } else {
        out.result(message);
        out.result(tr("Indexing tokens: %1").arg(tokens.join(QStringLiteral(", "))));
        if (!m_parser.isSet(QStringLiteral("wait")))
            out.result(tr("Check with: audience-desk-cli status %1 --token %2")
                           .arg(record.audience, tokens.value(tokens.size() - 1)));
    }
    return ExitOk;
}
