// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonValue>
#include <QString>
#include <cstdio>

// Results to stdout (text or JSON), progress and messages to stderr: a redrawn bar when
// stderr is a terminal, plain lines otherwise (logs, CI).
class CliOutput
{
public:
    explicit CliOutput(bool json);

    bool json() const { return m_json; }
    void result(const QString &text); // a line on stdout (text mode)
    void resultJson(const QJsonValue &v); // the document on stdout (json mode)
    void message(const QString &text); // a line on stderr
    void error(const QString &text); // "error: ..." on stderr
    void progress(const QString &label, qint64 done, qint64 total);
    void endProgress();

private:
    bool m_json;
    bool m_tty;
    bool m_barOpen = false;
    int m_lastPercent = -1;
};
