// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliOutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {
// Whether standard error is a terminal (progress lines are redrawn only there). Qt has no
// portable call for it; the C runtimes each have one.
bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) == 1;
#endif
}

void writeLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

CliOutput::CliOutput(bool json)
    : m_json(json)
    , m_tty(stderrIsTerminal())
{ }

void CliOutput::result(const QString &text)
{
    endProgress();
    writeLine(stdout, text);
}

void CliOutput::resultJson(const QJsonValue &value)
{
    endProgress();
    const QByteArray bytes = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::message(const QString &text)
{
    endProgress();
    writeLine(stderr, text);
}

void CliOutput::error(const QString &text)
{
    endProgress();
    writeLine(stderr, QCoreApplication::translate("CliOutput", "error: %1").arg(text));
}

void CliOutput::progress(const QString &label, qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : -1;
    if (!m_tty) {
        // Plain lines, only every 10 % so logs stay readable.
        if (percent >= 0 && percent / 10 == m_lastPercent / 10 && percent != 100)
            return;
        m_lastPercent = percent;
        writeLine(stderr,
                  percent >= 0 ? QStringLiteral("%1: %2%").arg(label).arg(percent)
                               : QStringLiteral("%1: %2").arg(label).arg(done));
        return;
    }
    if (percent == m_lastPercent && m_barOpen)
        return;
    m_lastPercent = percent;
    const int width = 30;
    const int filled = percent >= 0 ? percent * width / 100 : 0;
    const QString bar
        = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('-'));
    const QString line = percent >= 0
        ? QStringLiteral("\r%1 [%2] %3%").arg(label, bar).arg(percent, 3)
        : QStringLiteral("\r%1 %2").arg(label).arg(done);
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_barOpen = true;
}

void CliOutput::endProgress()
{
    if (m_barOpen) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
        m_barOpen = false;
    }
    m_lastPercent = -1;
}
