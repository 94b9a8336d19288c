// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportPlan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <optional>

class CliSession;
class ProfileSession;
struct Profile;
class SandboxHost;

// audience-desk-cli: parses the command line, resolves the credentials (--profile, the
// key options, or the AUDIENCE_DESK_* environment) and runs one command.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp();
    ~CliApp();

    int run(const QStringList &arguments);

private:
    void addOptions();
    int configure(CliSession &session);
    static int completeProfile(CliSession &session, ProfileSession &profiles, Profile *profile);
    static int noCredentials(CliSession &session);
    static bool readKeyFile(const QString &path, QString *key, QString *error);
    int dispatch(CliSession &session, const QString &command, const QStringList &args);
    QString helpText() const;

    QCommandLineParser m_parser;
    std::unique_ptr<SandboxHost> m_sandbox;
    std::optional<ImportPlan> m_plan; // run PLAN: the plan, read before anything else
};
