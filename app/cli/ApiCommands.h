// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class CliSession;
class QCommandLineParser;
struct AudienceInfo;

// list, view, create, delete and status: one API call each (list --all: several).
class ApiCommands
{
    Q_DECLARE_TR_FUNCTIONS(ApiCommands)
public:
    ApiCommands(CliSession &session, const QCommandLineParser &parser);

    int list(const QStringList &args);
    int view(const QStringList &args);
    int create(const QStringList &args);
    int remove(const QStringList &args);
    int status(const QStringList &args);

    static QJsonObject toJson(const AudienceInfo &audience, bool withState);
    // Polls View until the token is APPLIED or REPLACED; 0 when done, else an exit code.
    static int waitForIndexing(CliSession &session, const QString &name, const QString &token);

private:
    bool takeName(const QStringList &args, QString *name);
    bool intOption(const QString &option, int fallback, int *value);

    CliSession &m_session;
    const QCommandLineParser &m_parser;
};
