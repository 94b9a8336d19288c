// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliSession.h"

#include <QEventLoop>
#include <atomic>
#include <csignal>

namespace {
std::atomic<bool> g_interrupted {false};

extern "C" void onSigint(int)
{
    // A second Ctrl+C while cancelling ends the process at once.
    if (g_interrupted.exchange(true))
        std::_Exit(ExitInterrupted);
}
} // namespace

CliSession::CliSession(bool json, QObject *parent)
    : QObject(parent)
    , m_out(json)
    , m_client(&m_network)
{
    // Signal handlers may only set a flag; the event loop looks at it.
    m_interruptPoll.setInterval(50);
    connect(&m_interruptPoll, &QTimer::timeout, this, [this] {
        if (g_interrupted.load())
            emit interruptRequested();
    });
    m_interruptPoll.start();
}

void CliSession::installInterruptHandler()
{
    std::signal(SIGINT, onSigint);
    std::signal(SIGTERM, onSigint);
}

const std::atomic<bool> *CliSession::interruptFlag()
{
    return &g_interrupted;
}

bool CliSession::interrupted() const
{
    return g_interrupted.load();
}

void CliSession::wait(ApiReply *reply)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
    const auto cancel = connect(this, &CliSession::interruptRequested, reply, &ApiReply::cancel);
    if (!reply->isFinished())
        loop.exec();
    disconnect(cancel);
}

bool CliSession::sleep(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    connect(this, &CliSession::interruptRequested, &loop, &QEventLoop::quit);
    if (!interrupted())
        loop.exec();
    return !interrupted();
}

int CliSession::fail(const ApiError &error)
{
    const ImportOutcome::Stop stop = ImportOutcome::forError(error);
    if (stop == ImportOutcome::Stop::Cancelled)
        m_out.error(tr("interrupted. %1").arg(error.message));
    else
        m_out.error(error.message);
    if (const QString advice = ImportOutcome::advice(stop, true); !advice.isEmpty())
        m_out.error(advice);
    return exitCodeFor(stop);
}

void CliSession::setTargets(const QList<Target> &targets)
{
    m_targets = targets;
    if (targets.isEmpty())
        return;
    m_client.setConfig(targets.first().config);
    setProfile(targets.first().profileId, targets.first().profileName);
}
