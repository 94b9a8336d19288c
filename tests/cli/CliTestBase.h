// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SandboxFixture.h"
#include "TestFiles.h"
#include "api/SecretRedactor.h"
#include "cli/ExitCode.h"
#include "history/UploadHistory.h"
#include "settings/ProfileStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// What the CLI tests share: a home of their own (XDG data and config), the CLI run as a
// user runs it against the fake API in the test's process, and CSV files to feed it.
class CliTestBase : public QObject
{
protected:
    QTemporaryDir m_home;
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        bool crashed = false; // killed by a signal (code is then the signal number)
    };

    Run cli(const SandboxFixture &s, QStringList args,
            const QString &restKey = FakeBatchServer::sandboxRestKey,
            const QProcessEnvironment &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : extraEnv.keys())
            env.insert(name, extraEnv.value(name));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("AUDIENCE_DESK_API_KEY"), FakeBatchServer::sandboxApiKey);
        env.insert(QStringLiteral("AUDIENCE_DESK_REST_KEY"), restKey);
        env.insert(QStringLiteral("AUDIENCE_DESK_BASE_URL"), s.server.baseUrl().toString());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AD_CLI_PATH), args);
        QSignalSpy finished(&p, &QProcess::finished);
        // The server lives in this process: keep its event loop turning while the CLI runs.
        if (!finished.wait(60000))
            qWarning() << "cli timed out" << args;
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError(),
                p.exitStatus() == QProcess::CrashExit};
    }
    QString makeCsv(const QString &name, int rows, bool withInvalid)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write("install_id;age;vip;signup;tags\r\n");
        for (int i = 0; i < rows; ++i) {
            QByteArray age = QByteArray::number(20 + i % 50);
            if (withInvalid && i % 5000 == 4999)
                age = "unknown";
            const int id = i % 1000 == 999 ? i - 1 : i; // some duplicates: the later row wins
            f.write(QStringLiteral("%1;%2;%3;2024-01-%4;VIP|Fr\r\n")
                        .arg(id, 8, 10, QLatin1Char('0'))
                        .arg(QString::fromLatin1(age))
                        .arg(i % 2 ? QStringLiteral("yes") : QStringLiteral("no"))
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                        .toUtf8());
        }
        return path;
    }
    QString idCsv(const QString &name, const QString &prefix, int rows)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write("install_id,score\n");
        for (int i = 0; i < rows; ++i)
            f.write(QStringLiteral("%1%2,%3\n")
                        .arg(prefix)
                        .arg(i, 6, 10, QLatin1Char('0'))
                        .arg(i % 7)
                        .toUtf8());
        return path;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return writeTestFile(m_home.filePath(name), bytes);
    }
    Run dryRun(const SandboxFixture &s, const QString &csv, const QStringList &more = {})
    {
        return cli(s,
                   QStringList {
                       QStringLiteral("import"), QStringLiteral("dry"), QStringLiteral("--csv"),
                       csv, QStringLiteral("--dry-run"), QStringLiteral("--out"),
                       m_home.filePath(QFileInfo(csv).completeBaseName() + QStringLiteral("-out"))}
                       + more);
    }
    static QStringList idsWith(const QString &prefix, int rows)
    {
        QStringList ids;
        for (int i = 0; i < rows; ++i)
            ids << QStringLiteral("%1%2").arg(prefix).arg(i, 6, 10, QLatin1Char('0'));
        return ids;
    }
    static QStringList held(const FakeBatchServer &s, const QString &audience)
    {
        const auto a = s.audience(audience);
        return a ? a->members.keys() : QStringList();
    }
    QProcess *startCli(const SandboxFixture &s, const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("AUDIENCE_DESK_API_KEY"), FakeBatchServer::sandboxApiKey);
        env.insert(QStringLiteral("AUDIENCE_DESK_REST_KEY"), FakeBatchServer::sandboxRestKey);
        env.insert(QStringLiteral("AUDIENCE_DESK_BASE_URL"), s.server.baseUrl().toString());
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(AD_CLI_PATH), args);
        return p;
    }
    static QStringList importArgs(const QString &audience, const QString &csv)
    {
        return {QStringLiteral("import"), audience, QStringLiteral("--csv"), csv,
                QStringLiteral("--create")};
    }
    static int count(const FakeBatchServer &s, const QByteArray &method)
    {
        int n = 0;
        for (const auto &r : s.requests())
            n += r.method == method;
        return n;
    }
};
