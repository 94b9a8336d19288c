// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportCommand.h"

#include "ApiCommands.h"
#include "CliSession.h"
#include "FanOutCommand.h"
#include "ImportOptions.h"
#include "api/ApiValidation.h"
#include "history/SyncBaselineStore.h"
#include "history/UploadHistory.h"
#include "history/UploadRecordBuilder.h"
#include "import/ImportSummaryText.h"
#include "import/ProblemLocation.h"
#include "import/SyncPlanner.h"
#include "import/UploadPlanText.h"
#include "settings/AppSettings.h"
#include "settings/ProfileSession.h"
#include "upload/UploadLock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <algorithm>
#include <climits>

namespace {

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
    ImportPlan plan;
    plan.audience = args.first();
    plan.file = m_parser.value(QStringLiteral("csv"));
    if (plan.file.isEmpty()) {
        out.error(
            tr("import needs --file FILE (a CSV file or an Excel workbook; --csv is the same)"));
        return ExitUsage;
    }
    plan.file = QFileInfo(plan.file).absoluteFilePath(); // a saved plan runs from anywhere
    const auto mode = uploadModeFromKey(m_parser.isSet(QStringLiteral("mode"))
                                            ? m_parser.value(QStringLiteral("mode"))
                                            : QStringLiteral("replace"));
    if (!mode) {
        out.error(tr("--mode takes replace, add, remove or sync"));
        return ExitUsage;
    }
    plan.mode = *mode;
    if (m_parser.isSet(QStringLiteral("no-fallback")) && *mode != UploadMode::Sync) {
        out.error(tr("--no-fallback goes with --mode sync"));
        return ExitUsage;
    }
    plan.syncFallback = !m_parser.isSet(QStringLiteral("no-fallback"));
    if (m_parser.isSet(QStringLiteral("request-timeout"))) {
        bool ok = false;
        plan.requestTimeoutSeconds = m_parser.value(QStringLiteral("request-timeout")).toInt(&ok);
        if (!ok || plan.requestTimeoutSeconds < 1
            || plan.requestTimeoutSeconds > ImportPlan::maxRequestTimeoutSeconds) {
            out.error(tr("--request-timeout takes a number of seconds from 1 to 3600"));
            return ExitUsage;
        }
    }
    plan.skipInvalid = m_parser.isSet(QStringLiteral("skip-invalid"));
    plan.createIfMissing = m_parser.isSet(QStringLiteral("create"));
    plan.targets = targetsFromOptions();
    if (const int code = checkSource(plan); code != ExitOk)
        return code;
    QString why;
    const auto mapping = ImportOptions::mapping(m_parser, plan.file, &why);
    if (m_session.interrupted()) // Ctrl+C while mapping a very wide file
        return ExitInterrupted;
    if (!mapping) {
        out.error(why);
        return ExitUsage;
    }
    plan.mapping = *mapping;
    if (m_parser.isSet(QStringLiteral("save-plan"))) {
        const QString path = m_parser.value(QStringLiteral("save-plan"));
        if (!plan.save(path, &why)) {
            out.error(tr("cannot write the plan %1: %2").arg(path, why));
            return ExitUsage;
        }
        out.message(tr("Plan saved to %1: run it again with audience-desk-cli run %1").arg(path));
    }
    return execute(plan, m_parser.isSet(QStringLiteral("wait")));
}

int ImportCommand::runPlan(const ImportPlan &plan)
{
    CliOutput &out = m_session.out();
    if (plan.file.isEmpty()) {
        out.error(tr("the plan names no file to import (“source.file”)"));
        return ExitUsage;
    }
    if (plan.audience.isEmpty()) {
        out.error(tr("the plan names no audience (“audience”)"));
        return ExitUsage;
    }
    if (const int code = checkSource(plan); code != ExitOk)
        return code;
    // As the wizard does: the upload is followed until Batch has applied it.
    return execute(plan, true);
}

QList<ImportPlan::Target> ImportCommand::targetsFromOptions() const
{
    QList<ImportPlan::Target> targets;
    if (m_parser.isSet(QStringLiteral("sandbox")))
        targets.append({ProfileSession::sandboxId, {}, {}});
    const QStringList keys = m_parser.values(QStringLiteral("api-key"));
    for (const QString &name : m_parser.values(QStringLiteral("profile"))) {
        if (keys.isEmpty()) // one --profile with --api-key: that key is the app
            targets.append({name, {}, {}});
    }
    const QUrl base = m_parser.isSet(QStringLiteral("base-url"))
        ? QUrl(m_parser.value(QStringLiteral("base-url")))
        : QUrl();
    for (const QString &key : keys)
        targets.append({{}, key, base});
    return targets;
}

int ImportCommand::checkSource(const ImportPlan &plan)
{
    CliOutput &out = m_session.out();
    if (!ApiValidation::isValidAudienceName(plan.audience)) {
        out.error(
            tr("invalid audience name: %1").arg(ApiValidation::audienceNameProblem(plan.audience)));
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("dry-run")) && !m_parser.isSet(QStringLiteral("out"))) {
        out.error(tr("--dry-run needs --out DIR"));
        return ExitUsage;
    }
    const QFileInfo info(plan.file);
    if (info.isDir()) {
        out.error(tr("%1 is a folder, not a CSV file").arg(plan.file));
        return ExitInputRejected;
    }
    if (!info.isReadable()) {
        out.error(tr("cannot read %1").arg(plan.file));
        return ExitInputRejected;
    }
    return ExitOk;
}

int ImportCommand::execute(const ImportPlan &plan, bool wait)
{
    CliOutput &out = m_session.out();
    const bool dry = m_parser.isSet(QStringLiteral("dry-run"));
    out.message(tr("Mapping: %1").arg(ImportSummaryText::mappingDetail(plan.mapping)));
    ImportSession import(&m_session.network());
    {
        QSettings settings; // the desktop app's, where the retention is set
        import.setPurgeDays(AppSettings(&settings).uploadRetentionDays());
    }
    import.setFile(plan.file);
    import.setMapping(plan.mapping);
    import.setMode(plan.mode);
    import.setSyncFallback(plan.syncFallback);
    if (dry)
        import.setOutputDir(m_parser.value(QStringLiteral("out")));
    if (m_parser.isSet(QStringLiteral("rejects")))
        import.setRejectsPath(m_parser.value(QStringLiteral("rejects")));
    QObject::connect(&m_session, &CliSession::interruptRequested, &import, &ImportSession::cancel);
    QObject::connect(&import, &ImportSession::checkProgress, &import, [&out](int permille) {
        out.progress(permille < 500 ? tr("Checking") : tr("Preparing"), permille, 1000);
    });
    {
        QEventLoop loop;
        QObject::connect(&import, &ImportSession::checked, &loop, &QEventLoop::quit);
        import.check();
        loop.exec();
    }
    out.endProgress();
    ImportJob::Result result = import.checkResult();
    if (result.cancelled || m_session.interrupted())
        return ExitInterrupted;
    if (!result.ok) {
        out.error(result.error);
        return result.header.isEmpty() && result.rowsRead == 0 ? ExitInputRejected : ExitUsage;
    }
    const int code = report(result, !dry, plan.skipInvalid);
    if (dry) {
        const int written = dryRun(result, plan, import.workDir());
        return code != ExitOk ? code : written;
    }
    if (code != ExitOk)
        return code;
    if (plan.mode == UploadMode::Add || plan.mode == UploadMode::Remove)
        out.message(UploadPlanText::describeUpdate(plan.mode, plan.audience, result.uniqueIds,
                                                   int(result.chunks.size())));
    if (m_session.targets().size() > 1)
        return FanOutCommand(m_session, m_parser).run(plan, import, wait);

    ImportSession::Target target;
    target.config = m_session.client().config();
    target.config.deadlineMs = plan.requestTimeoutSeconds * 1000;
    target.profileId = m_session.profileId();
    target.profileName = m_session.profileName();
    target.audience = plan.audience;
    target.createIfMissing = plan.createIfMissing;
    import.setTarget(target);
    import.setLockWait(m_parser.isSet(QStringLiteral("wait-lock")));
    return send(import, wait);
}

int ImportCommand::report(const ImportJob::Result &r, bool willSend, bool skipInvalid)
{
    CliOutput &out = m_session.out();
    // %n, not %Ln: the CLI's counts stay plain digits, whatever the language.
    out.message(
        tr("%1 rows read: %2 valid, %3 rejected; %4 IDs repeated (the last row of each kept, "
           "%5 earlier rows superseded) → %6 IDs in %7.")
            .arg(n(r.rowsRead), n(r.validRows), n(r.rejectedRows), n(r.duplicateIds),
                 n(r.supersededRows), n(r.uniqueIds),
                 tr("%n requests", nullptr, int(r.chunks.size()))));
    int shown = 0;
    for (const RowProblem &p : r.problems) {
        if (shown++ == 20)
            break;
        const QString where = ProblemLocation::text(p, r.sheet);
        out.message(QStringLiteral("  %1%2: %3")
                        .arg(p.warning ? tr("warning, ") : QString(), where, p.reason));
    }
    if (r.problemCount > shown && shown > 20)
        out.message(tr("  … and %1 more (--rejects FILE writes every rejected row)")
                        .arg(n(r.problemCount - 20)));
    if (r.rejectedRows > 0 && !skipInvalid) {
        const QString sent = willSend ? tr(": nothing was sent") : QString();
        out.error(tr("%n rows are invalid%1. Fix them, or add --skip-invalid to upload the %2 "
                     "valid IDs only.",
                     nullptr, int(std::min<qint64>(r.rejectedRows, INT_MAX)))
                      .arg(sent, n(r.uniqueIds)));
        return ExitInputRejected;
    }
    return ExitOk;
}

bool ImportCommand::planSyncDryRun(ImportJob::Result &result, const QString &audience,
                                   const QString &dir)
{
    CliOutput &out = m_session.out();
    const ApiConfig config = m_session.client().config();
    SyncBaselineStore store(SyncBaselineStore::pathBeside(UploadHistory::defaultPath()));
    const auto baseline = store.load(UploadLock::keyFor(config.baseUrl, config.apiKey, audience));
    if (!baseline) {
        out.message(tr("No verified upload to %1 from this computer: a sync would replace it "
                       "whole (these bodies), or stop with --no-fallback.")
                        .arg(audience));
        return true;
    }
    const QString syncDir = QDir(dir).filePath(QStringLiteral("sync"));
    const SyncPlanner::Plan plan = SyncPlanner::run(result, *baseline, syncDir, false);
    if (!plan.ok) {
        out.error(plan.error);
        return false;
    }
    // The folder holds the bodies a sync would send, and only those.
    for (const ImportJob::Chunk &c : std::as_const(result.chunks))
        QFile::remove(c.path);
    result.chunks.clear();
    for (ImportJob::Chunk c : plan.chunks) {
        const QString to = QDir(dir).filePath(QFileInfo(c.path).fileName());
        if (!QFile::rename(c.path, to)) {
            out.error(tr("cannot move %1 to %2").arg(c.path, to));
            return false;
        }
        c.path = to;
        result.chunks.append(c);
    }
    QDir(syncDir).removeRecursively();
    result.added = plan.added;
    result.updated = plan.updated;
    result.removed = plan.removed;
    result.unchanged = plan.unchanged;
    out.message(UploadPlanText::describeSync(audience, plan.added, plan.updated, plan.removed,
                                             plan.unchanged, int(plan.chunks.size())));
    out.message(tr("Compared with the baseline verified on %1; Batch was not asked whether %2 "
                   "changed since (a real sync does, and replaces it whole if it did).")
                    .arg(baseline->verifiedAt.toString(Qt::ISODate), audience));
    return true;
}

int ImportCommand::dryRun(ImportJob::Result &result, const ImportPlan &plan, const QString &dir)
{
    const QString &audience = plan.audience;
    if (result.mode == UploadMode::Sync && !planSyncDryRun(result, audience, dir))
        return ExitInputRejected;
    if (result.mode == UploadMode::Add || result.mode == UploadMode::Remove)
        m_session.out().message(UploadPlanText::describeUpdate(
            result.mode, audience, result.uniqueIds, int(result.chunks.size())));
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
        QJsonObject json {{QStringLiteral("plan"), planPath},
                          {QStringLiteral("payloads"), files},
                          {QStringLiteral("mode"), uploadModeKey(result.mode)},
                          {QStringLiteral("mapping"), plan.mapping.toObject()}};
        if (result.added >= 0) {
            json.insert(QStringLiteral("added"), result.added);
            json.insert(QStringLiteral("updated"), result.updated);
            json.insert(QStringLiteral("removed"), result.removed);
            json.insert(QStringLiteral("unchanged"), result.unchanged);
        }
        m_session.out().resultJson(json);
    } else {
        m_session.out().result(
            tr("Dry run: nothing was sent. %n request bodies and plan.json written to %1.", nullptr,
               int(result.chunks.size()))
                .arg(dir));
    }
    return ExitOk;
}

void ImportCommand::present(ImportSession &import, CliOutput &out)
{
    QObject::connect(&import, &ImportSession::note, &import,
                     [&out](const QString &line) { out.message(line); });
    QObject::connect(&import, &ImportSession::waitingForLock, &import, [&out](const QString &who) {
        out.message(tr("Another upload into this audience is under way (%1): waiting for it "
                       "to finish…")
                        .arg(who));
    });
    QObject::connect(
        &import, &ImportSession::requestStarted, &import,
        [&out](int index, int total, const QString &method, qint64 ids) {
            out.progress(
                tr("Request %1/%2 (%3, %4 IDs)").arg(index + 1).arg(total).arg(method, n(ids)),
                index, total);
        });
    QObject::connect(&import, &ImportSession::requestRetrying, &import,
                     [&out](int index, int attempt, int delayMs, const ApiError &cause) {
                         out.message(tr("Request %1 failed (%2); attempt %3 in %4 ms.")
                                         .arg(index + 1)
                                         .arg(cause.detail)
                                         .arg(attempt)
                                         .arg(delayMs));
                     });
}

int ImportCommand::send(ImportSession &import, bool wait)
{
    CliOutput &out = m_session.out();
    present(import, out);
    {
        QEventLoop loop;
        QObject::connect(&import, &ImportSession::uploadFinished, &loop, &QEventLoop::quit);
        import.start();
        if (import.isUploading())
            loop.exec();
    }
    out.endProgress();
    const UploadRecord &record = import.upload();
    const ImportSession::Stop stop = import.stopReason();
    if (stop != ImportSession::Stop::Completed) {
        out.error(import.stopMessage());
        // Cancelled once part of it was acknowledged: the audience is partial all the same.
        const bool partial = stop == ImportSession::Stop::Cancelled && record.acknowledgedIds() > 0;
        if (const QString advice
            = ImportOutcome::advice(partial ? ImportSession::Stop::Partial : stop, true);
            !advice.isEmpty())
            out.error(advice);
        return exitCodeFor(stop);
    }
    if (wait) {
        QEventLoop loop;
        QObject::connect(&import, &ImportSession::verified, &loop, &QEventLoop::quit);
        QObject::connect(&m_session, &CliSession::interruptRequested, &import,
                         &ImportSession::stopVerifying);
        out.message(tr("Waiting for Batch to apply the upload…"));
        import.verify();
        loop.exec();
    }
    const UploadVerification &v = import.verification();
    QStringList tokens;
    for (const UploadRequestRecord &r : record.requests)
        tokens << r.indexingToken;
    if (out.json()) {
        QJsonObject json {
            {QStringLiteral("audience"), record.audience},
            {QStringLiteral("ids_sent"), record.acknowledgedIds()},
            {QStringLiteral("indexing_tokens"), QJsonArray::fromStringList(tokens)},
            {QStringLiteral("applied"), v.status == UploadVerification::Status::Applied},
            {QStringLiteral("mode"), uploadModeKey(import.effectiveMode())}};
        // What was sent, by kind: a Replace's effect on the audience is Batch's count.
        const qint64 sent = record.acknowledgedIds();
        if (import.mode() == UploadMode::Sync && import.effectiveMode() == UploadMode::Replace)
            json.insert(QStringLiteral("fallback"), true);
        if (import.effectiveMode() == UploadMode::Add)
            json.insert(QStringLiteral("added"), sent); // added or updated: Batch does not say
        else if (import.effectiveMode() == UploadMode::Remove)
            json.insert(QStringLiteral("removed"), sent);
        if (import.effectiveMode() == UploadMode::Sync) {
            const SyncPlanner::Plan &plan = import.syncPlan();
            json.insert(QStringLiteral("added"), plan.added);
            json.insert(QStringLiteral("updated"), plan.updated);
            json.insert(QStringLiteral("removed"), plan.removed);
            json.insert(QStringLiteral("unchanged"), plan.unchanged);
        }
        if (v.status == UploadVerification::Status::Applied && v.idsBefore >= 0)
            json.insert(QStringLiteral("ids_before"), v.idsBefore); // Batch's count
        if (v.status == UploadVerification::Status::Applied)
            json.insert(QStringLiteral("ids_in_audience"), v.serverIds); // Batch's count
        if (wait)
            json.insert(QStringLiteral("verification"), v.sentence());
        out.resultJson(json);
    } else {
        out.result(import.stopMessage());
        if (wait)
            out.result(v.sentence());
        // A sync without differences sends nothing: no token to show.
        if (!tokens.isEmpty())
            out.result(tr("Indexing tokens: %1").arg(tokens.join(QStringLiteral(", "))));
        if (!wait && !tokens.isEmpty())
            out.result(tr("Check with: audience-desk-cli status %1 --token %2")
                           .arg(record.audience, tokens.value(tokens.size() - 1)));
    }
    if (m_session.interrupted())
        return ExitInterrupted;
    if (wait && v.status == UploadVerification::Status::NotConfirmed)
        return ExitNetwork; // sent, but Batch did not confirm it in time
    return ExitOk;
}
