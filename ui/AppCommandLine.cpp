// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppCommandLine.h"

AppCommandLine::AppCommandLine()
    : m_sandbox(QStringLiteral("sandbox"),
                tr("Start on a local sandbox with sample audiences (nothing reaches Batch)."))
    , m_newInstance(QStringLiteral("new-instance"),
                    tr("Open a new window even when Audience Desk is already running."))
    , m_logFile(QStringLiteral("log-file"),
                tr("Write the support log to FILE (by default audience-desk.log in the state "
                   "folder, ~/.local/state/audience-desk on Linux; Help → About shows it)."),
                tr("file"))
{
    m_parser.setApplicationDescription(
        tr("Browse Batch custom audiences and upload CSV segments into them."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_sandbox);
    m_parser.addOption(m_newInstance);
    m_parser.addOption(m_logFile);
    m_parser.addPositionalArgument(QStringLiteral("file"), tr("A CSV file to import."),
                                   QStringLiteral("[file.csv]"));
}

bool AppCommandLine::answersWithoutGui(int argc, char *argv[])
{
    // Parsed before any application object exists: QCommandLineParser::parse() needs none.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    AppCommandLine commandLine;
    QCommandLineParser &parser = commandLine.m_parser;
    return !parser.parse(arguments) || parser.isSet(QStringLiteral("help"))
        || parser.isSet(QStringLiteral("help-all")) || parser.isSet(QStringLiteral("version"));
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

QString AppCommandLine::logFile() const
{
    return m_parser.value(m_logFile);
}

QStringList AppCommandLine::files() const
{
    return m_parser.positionalArguments();
}
