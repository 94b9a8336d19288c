// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>

// The support log: every qDebug/qInfo/qWarning/... of the process, secrets redacted, one
// line each with the time, level and category, appended to a file that rotates by size
// (audience-desk.log, .log.1 … .log.3). The app always writes one in the state folder; the
// CLI writes one when --log-file is given.
//
// Request lines (category audiencedesk.*, info level) are switched on for the file only:
// they reach the file but not the previous handler (the terminal), unless QT_LOGGING_RULES
// or the user's own rules turned them on already.
//
// Hand-written rather than a logging library: Qt's message handler is what every Qt and
// QtKeychain message goes through already, and rotation by size is twenty lines.
// Lines for the log file only (start, command, window events): info level, off the terminal.
Q_DECLARE_LOGGING_CATEGORY(lcSession)

class LogFile
{
    Q_DECLARE_TR_FUNCTIONS(LogFile)

public:
    // $XDG_STATE_HOME/audience-desk (~/.local/state/audience-desk) on Linux and other Unix
    // desktops; the app's local data folder + /logs elsewhere (Qt 6.4 has no StateLocation).
    static QString defaultFolder();
    static QString defaultPath(); // defaultFolder() + "/audience-desk.log"

    // Opens (creating the folder, owner-only) and installs the handler; rotates first when
    // the file is already over maxBytes. False with a message when it cannot be written.
    static bool start(const QString &path, QString *error = nullptr);
    static void stop(); // restores the previous handler and closes the file (tests)
    static QString currentPath(); // empty when not started

    static void setMaxBytes(qint64 bytes); // rotation size, 1 MiB by default (tests)
    static constexpr int keptFiles = 3; // .1 to .3
};
