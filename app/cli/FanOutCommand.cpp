// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FanOutCommand.h"

#include "CliSession.h"
#include "ImportCommand.h"
#include "settings/AppSettings.h"
#include "upload/ImportFanOut.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <algorithm>

namespace {
// The worst of two exit codes: any failure beats success, and the larger code the smaller
// (5, partial, is worse than 4, nothing sent; 130, interrupted, worst of all).
int worse(int a, int b)
{
    return std::max(a, b);
}
} // namespace

FanOutCommand::FanOutCommand(CliSession &session, const QCommandLineParser &parser)
    : m_session(session)
    , m_parser(parser)
{ }

int FanOutCommand::run(const ImportPlan &plan, ImportSession &checked, bool wait)
{
    Q_UNUSED(checked)
    CliOutput &out = m_session.out();
    const QString &audience = plan.audience;
    const QString &csvPath = plan.file;
    const ColumnMapping &mapping = plan.mapping;
    const UploadMode mode = plan.mode;
    const int timeoutSeconds = plan.requestTimeoutSeconds;
    QList<ImportSession::Target> targets;
    for (const CliSession::Target &t : m_session.targets()) {
        ImportSession::Target target;
        target.config = t.config;
        target.config.deadlineMs = timeoutSeconds * 1000;
        target.profileId = t.profileId;
        target.profileName = t.profileName;
        target.audience = audience;
        target.createIfMissing = plan.createIfMissing;
        targets << target;
    }
    int purgeDays = 14;
    {
        QSettings settings; // the desktop app's, where the retention is set
        purgeDays = AppSettings(&settings).uploadRetentionDays();
    }
    const QString rejects = m_parser.value(QStringLiteral("rejects"));
    const bool lockWait = m_parser.isSet(QStringLiteral("wait-lock"));
    const bool syncFallback = plan.syncFallback;

    ImportFanOut fanOut(&m_session.network());
    fanOut.setPrepare([&](ImportSession &session) {
        session.setPurgeDays(purgeDays);
        session.setFile(csvPath);
        session.setMapping(mapping);
        session.setMode(mode); // each app's sync against its own baseline
        session.setSyncFallback(syncFallback);
        if (!rejects.isEmpty())
            session.setRejectsPath(rejects);
        session.setLockWait(lockWait);
    });
    fanOut.setVerifyLimitMs(wait ? 15 * 60 * 1000 : 0);
    const QList<CliSession::Target> &labels = m_session.targets();
    QObject::connect(
        &fanOut, &ImportFanOut::targetStarted, &fanOut, [&](int index, ImportSession *session) {
            out.message(
                tr("App %1 of %2: %3").arg(index + 1).arg(labels.size()).arg(labels[index].label));
            ImportCommand::present(*session, out);
        });
    QObject::connect(&m_session, &CliSession::interruptRequested, &fanOut, &ImportFanOut::cancel);
    {
        QEventLoop loop;
        QObject::connect(&fanOut, &ImportFanOut::finished, &loop, &QEventLoop::quit);
        fanOut.start(targets);
        if (fanOut.isRunning())
            loop.exec();
    }
    out.endProgress();

    int code = 0;
    QJsonArray json;
    QStringList table;
    const auto &outcomes = fanOut.outcomes();
    int width = 0;
    for (const CliSession::Target &t : labels)
        width = std::max(width, int(t.label.size()));
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const ImportFanOut::Outcome &o = outcomes[i];
        // Not started: cancelled, or the file changed or failed its check before this app.
        int exit = o.started ? exitCodeFor(o.stop)
                             : (m_session.interrupted() ? ExitInterrupted : ExitInputRejected);
        QString result;
        if (!o.started) {
            result = o.message;
        } else if (o.stop == ImportSession::Stop::Completed) {
            result = wait ? o.verification.sentence()
                          : tr("%1 IDs acknowledged by Batch (not yet confirmed applied)")
                                .arg(QLocale::c().toString(o.idsAcknowledged));
            if (wait && o.verification.status == UploadVerification::Status::NotConfirmed)
                exit = ExitNetwork;
        } else {
            result = o.message;
        }
        code = worse(code, exit);
        table << QStringLiteral("  %1  %2").arg(labels[i].label.leftJustified(width), result);
        QJsonObject entry {{QStringLiteral("app"), labels[i].label},
                           {QStringLiteral("started"), o.started},
                           {QStringLiteral("exit_code"), exit},
                           {QStringLiteral("ids_sent"), o.idsAcknowledged},
                           {QStringLiteral("message"), result}};
        if (o.verification.status == UploadVerification::Status::Applied)
            entry.insert(QStringLiteral("ids_in_audience"), o.verification.serverIds);
        entry.insert(QStringLiteral("applied"),
                     o.verification.status == UploadVerification::Status::Applied);
        json.append(entry);
    }
    if (out.json()) {
        out.resultJson(QJsonObject {{QStringLiteral("audience"), audience},
                                    {QStringLiteral("apps"), json},
                                    {QStringLiteral("exit_code"), code}});
    } else {
        out.result(tr("%1 into %n apps:", nullptr, int(outcomes.size())).arg(audience));
        for (const QString &line : std::as_const(table))
            out.result(line);
    }
    return code;
}
