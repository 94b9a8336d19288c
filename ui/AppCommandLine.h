// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

// The desktop app's command line: its options in one place, so `--help` and `--version`
// (answered under a plain QCoreApplication, without a display: help2man, a terminal over
// ssh) describe exactly the options the GUI reads.
class AppCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(AppCommandLine)

public:
    AppCommandLine();

    // True when argv asks for help or the version (-h, -?, --help, --help-all, -v,
    // --version, before any "--"), or is wrong (an unknown option, a missing value):
    // main() then answers, or says what is wrong, without constructing the GUI.
    static bool answersWithoutGui(int argc, char *argv[]);

    // Parses the application's arguments; prints help, the version or an error and exits
    // when asked to or when the command line is wrong (QCommandLineParser::process).
    void process(const QCoreApplication &app);

    bool sandbox() const;
    bool newInstance() const;
    QString logFile() const; // --log-file, empty for the default
    QStringList files() const; // positional: the CSV file(s) to import

    QCommandLineParser &parser() { return m_parser; }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_sandbox;
    QCommandLineOption m_newInstance;
    QCommandLineOption m_logFile;
};
