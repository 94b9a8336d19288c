// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ApiCommands.h"

#include "CliSession.h"
#include "upload/IndexingPoller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace {

QString utcText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

// Lifetime of one reply within a command.
struct ReplyGuard
{
    ApiReply *reply;
    ~ReplyGuard() { reply->deleteLater(); }
};
} // namespace

ApiCommands::ApiCommands(CliSession &session, const QCommandLineParser &parser)
    : m_session(session)
    , m_parser(parser)
{ }

QJsonObject ApiCommands::toJson(const AudienceInfo &audience, bool withState)
{
    QJsonObject object {{QStringLiteral("name"), audience.name},
                        {QStringLiteral("type"), audience.type},
                        {QStringLiteral("description"), audience.description},
                        {QStringLiteral("nb_ids"), double(audience.idCount)},
                        {QStringLiteral("created"), utcText(audience.created)},
                        {QStringLiteral("updated"), utcText(audience.updated)}};
    if (withState)
        object.insert(QStringLiteral("indexing_state"), indexingStateName(audience.indexingState));
    return object;
}

bool ApiCommands::takeName(const QStringList &args, QString *name)
{
    if (args.size() != 1) {
        m_session.out().error(tr("expected exactly one audience name (see --help)"));
        return false;
    }
    *name = args.first();
    return true;
}

bool ApiCommands::intOption(const QString &option, int fallback, int *value)
{
    *value = fallback;
    if (!m_parser.isSet(option))
        return true;
    bool ok = false;
    *value = m_parser.value(option).toInt(&ok);
    if (!ok || *value < 0) {
        m_session.out().error(tr("--%1 needs a non-negative integer").arg(option));
        return false;
    }
    return true;
}

int ApiCommands::list(const QStringList &args)
{
    if (!args.isEmpty()) {
        m_session.out().error(tr("list takes no argument"));
        return ExitUsage;
    }
    const bool all = m_parser.isSet(QStringLiteral("all"));
    int from = 0, limit = 0;
    if (!intOption(QStringLiteral("from"), 0, &from)
        || !intOption(QStringLiteral("limit"), all ? 100 : 10, &limit))
        return ExitUsage;
    if (limit < 1 || limit > BatchClient::maxListLimit) {
        m_session.out().error(tr("--limit must be between 1 and 100"));
        return ExitUsage;
    }
    QList<AudienceInfo> audiences;
    // List orders by creation date, newest first: an audience created between two pages
    // pushes the next one down, so it starts with a name already read. Kept once.
    QSet<QString> seen;
    for (;;) {
        ReplyGuard guard {m_session.client().list(from, limit)};
        m_session.wait(guard.reply);
        if (!guard.reply->isOk())
            return m_session.fail(guard.reply->error());
        const QList<AudienceInfo> page = guard.reply->audiences();
        for (const AudienceInfo &a : page) {
            if (!seen.contains(a.name)) {
                seen.insert(a.name);
                audiences.append(a);
            }
        }
        if (!all || page.size() < limit)
            break;
        from += limit;
        if (!m_session.out().json())
            m_session.out().progress(tr("Listing"), audiences.size(), -1);
    }
    if (m_session.out().json()) {
        QJsonArray array;
        for (const AudienceInfo &a : audiences)
            array.append(toJson(a, false));
        m_session.out().resultJson(QJsonObject {{QStringLiteral("custom_audiences"), array}});
        return ExitOk;
    }
    int width = 4;
    for (const AudienceInfo &a : audiences)
        width = std::max(width, int(a.name.size()));
    m_session.out().result(QStringLiteral("%1  %2  %3  %4")
                               .arg(tr("NAME"), -width)
                               .arg(tr("TYPE"), -15)
                               .arg(tr("IDS"), 12)
                               .arg(tr("UPDATED (UTC)")));
    for (const AudienceInfo &a : audiences) {
        m_session.out().result(QStringLiteral("%1  %2  %3  %4")
                                   .arg(a.name, -width)
                                   .arg(a.type, -15)
                                   .arg(a.idCount, 12)
                                   .arg(utcText(a.updated)));
    }
    return ExitOk;
}

int ApiCommands::view(const QStringList &args)
{
    QString name;
    if (!takeName(args, &name))
        return ExitUsage;
    ReplyGuard guard {m_session.client().view(name, m_parser.value(QStringLiteral("token")))};
    m_session.wait(guard.reply);
    if (!guard.reply->isOk())
        return m_session.fail(guard.reply->error());
    const AudienceInfo a = guard.reply->audience();
    if (m_session.out().json()) {
        m_session.out().resultJson(toJson(a, true));
        return ExitOk;
    }
    CliOutput &out = m_session.out();
    out.result(tr("name:           %1").arg(a.name));
    out.result(tr("type:           %1").arg(a.type));
    out.result(tr("description:    %1").arg(a.description));
    out.result(tr("ids:            %1").arg(a.idCount));
    out.result(tr("created (UTC):  %1").arg(utcText(a.created)));
    out.result(tr("updated (UTC):  %1").arg(utcText(a.updated)));
    out.result(tr("indexing state: %1").arg(indexingStateName(a.indexingState)));
    return ExitOk;
}

int ApiCommands::create(const QStringList &args)
{
    QString name;
    if (!takeName(args, &name))
        return ExitUsage;
    ReplyGuard guard {
        m_session.client().create(name, m_parser.value(QStringLiteral("description")))};
    m_session.wait(guard.reply);
    if (!guard.reply->isOk())
        return m_session.fail(guard.reply->error());
    if (m_session.out().json())
        m_session.out().resultJson(QJsonObject {{QStringLiteral("created"), name}});
    else
        m_session.out().result(tr("Created audience %1.").arg(name));
    return ExitOk;
}

int ApiCommands::remove(const QStringList &args)
{
    QString name;
    if (!takeName(args, &name))
        return ExitUsage;
    if (!m_parser.isSet(QStringLiteral("yes"))) {
        m_session.out().error(tr("deleting \"%1\" removes all its IDs and cannot be undone: add "
                                 "--yes to confirm")
                                  .arg(name));
        return ExitUsage;
    }
    ReplyGuard guard {m_session.client().remove(name)};
    m_session.wait(guard.reply);
    if (!guard.reply->isOk())
        return m_session.fail(guard.reply->error());
    if (m_session.out().json())
        m_session.out().resultJson(QJsonObject {{QStringLiteral("deleted"), name}});
    else
        m_session.out().result(tr("Deleted audience %1.").arg(name));
    return ExitOk;
}

int ApiCommands::status(const QStringList &args)
{
    QString name;
    if (!takeName(args, &name))
        return ExitUsage;
    const QString token = m_parser.value(QStringLiteral("token"));
    if (token.isEmpty()) {
        m_session.out().error(tr("status needs --token"));
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("wait"))) {
        if (const int code = waitForIndexing(m_session, name, token); code != ExitOk)
            return code;
    }
    ReplyGuard guard {m_session.client().view(name, token)};
    m_session.wait(guard.reply);
    if (!guard.reply->isOk())
        return m_session.fail(guard.reply->error());
    const QString state = indexingStateName(guard.reply->audience().indexingState);
    if (m_session.out().json())
        m_session.out().resultJson(QJsonObject {{QStringLiteral("name"), name},
                                                {QStringLiteral("indexing_token"), token},
                                                {QStringLiteral("indexing_state"), state}});
    else
        m_session.out().result(state);
    return ExitOk;
}

int ApiCommands::waitForIndexing(CliSession &session, const QString &name, const QString &token)
{
    // The same poller as the import's verification (0.5 s to 10 s between polls, about
    // 15 minutes in all), run on this command's event loop.
    IndexingPoller poller(&session.client());
    ApiError error;
    IndexingState final = IndexingState::Unknown;
    QEventLoop loop;
    QObject::connect(&poller, &IndexingPoller::failed, &loop,
                     [&error](const ApiError &e) { error = e; });
    QObject::connect(&poller, &IndexingPoller::stateChanged, &loop,
                     [&session, name](IndexingState state) {
                         if (state == IndexingState::InProgress)
                             session.out().message(tr("Indexing %1: in progress…").arg(name));
                     });
    QObject::connect(&poller, &IndexingPoller::finished, &loop, [&](IndexingState state) {
        final = state;
        loop.quit();
    });
    QObject::connect(&session, &CliSession::interruptRequested, &loop, [&] {
        poller.stop();
        loop.quit();
    });
    poller.start(name, token);
    if (poller.isRunning())
        loop.exec();
    if (session.interrupted())
        return ExitInterrupted;
    if (error.isError())
        return session.fail(error);
    if (final == IndexingState::Applied || final == IndexingState::Replaced)
        return ExitOk;
    session.out().error(tr("Batch has not finished indexing %1 after 15 minutes; check later "
                           "with: audience-desk-cli status %1 --token %2")
                            .arg(name, token));
    return ExitNetwork;
}
