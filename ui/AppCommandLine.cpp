// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppCommandLine.h"

#include <cstring>

AppCommandLine::AppCommandLine()
    : m_sandbox(QStringLiteral("sandbox"),
                tr("Start on a local sandbox with sample audiences (nothing reaches Batch)."))
    , m_newInstance(QStringLiteral("new-instance"),
                    tr("Open a new window even when Audience Desk is already running."))
{
    m_parser.setApplicationDescription(
        tr("Browse Batch custom audiences and upload CSV segments into them."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_sandbox);
    m_parser.addOption(m_newInstance);
    m_parser.addPositionalArgument(QStringLiteral("file"), tr("A CSV file to import."),
                                   QStringLiteral("[file.csv]"));
}

bool AppCommandLine::asksHelpOrVersion(int argc, char *argv[])
{
    static const char *const asks[] = {"-h", "-?", "--help", "--help-all", "-v", "--version"};
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false; // what follows is file names
        for (const char *ask : asks) {
            if (std::strcmp(argv[i], ask) == 0)
                return true;
        }
    }
    return false;
}

void AppCommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}

bool AppCommandLine::sandbox() const
{
    return m_parser.isSet(m_sandbox);
}

bool AppCommandLine::newInstance() const
{
    return m_parser.isSet(m_newInstance);
}

QStringList AppCommandLine::files() const
{
    return m_parser.positionalArguments();
}
