// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportFanOut.h"

#include <QTimer>

ImportFanOut::ImportFanOut(QNetworkAccessManager *nam, UploadHistory *history, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_history(history)
{ }

ImportFanOut::~ImportFanOut() = default;

void ImportFanOut::start(const QList<ImportSession::Target> &targets)
{
    m_outcomes.clear();
    for (const ImportSession::Target &target : targets) {
        Outcome outcome;
        outcome.target = target;
        m_outcomes << outcome;
    }
    m_fileSha256.clear();
    m_index = -1;
    m_cancelled = false;
    m_running = true;
    next();
}

void ImportFanOut::cancel()
{
    m_cancelled = true;
    if (m_session) {
        m_session->cancelCheck();
        m_session->cancel();
        m_session->stopVerifying();
    }
}

bool ImportFanOut::allCompleted() const
{
    for (const Outcome &o : m_outcomes) {
        if (o.stop != ImportSession::Stop::Completed)
            return false;
        if (m_verifyLimitMs > 0 && !o.verification.matches())
            return false;
    }
    return !m_outcomes.isEmpty();
}

void ImportFanOut::next()
{
    ++m_index;
    if (m_cancelled && m_index < m_outcomes.size()) {
        skipFrom(m_index, tr("Not started: the upload was cancelled."));
        return;
    }
    if (m_index >= m_outcomes.size()) {
        m_running = false;
        m_session.reset();
        emit finished();
        return;
    }
    // The previous session goes only now: its signals may still be on the stack.
    m_session = std::make_unique<ImportSession>(m_nam, m_history);
    ImportSession *session = m_session.get();
    if (m_prepare)
        m_prepare(*session);
    session->setTarget(m_outcomes[m_index].target);
    m_outcomes[m_index].started = true;
    // Its file's hash, compared with the first target's, comes with prepared().
    connect(session, &ImportSession::prepared, this, &ImportFanOut::onChecked);
    connect(session, &ImportSession::uploadFinished, this, &ImportFanOut::onUploadFinished);
    connect(session, &ImportSession::verified, this, &ImportFanOut::finishTarget);
    emit targetStarted(m_index, session);
    session->check();
}

void ImportFanOut::onChecked()
{
    ImportSession *session = m_session.get();
    const ImportJob::Result &check = session->checkResult();
    Outcome &outcome = m_outcomes[m_index];
    if (!check.ok || check.cancelled) {
        outcome.stop
            = check.cancelled ? ImportSession::Stop::Cancelled : ImportSession::Stop::InputRejected;
        outcome.message = check.cancelled ? tr("Cancelled while checking the file.") : check.error;
        emit targetFinished(m_index, outcome);
        // The same file for every target: what failed here fails everywhere.
        skipFrom(m_index + 1, tr("Not started: the file could not be checked."));
        return;
    }
    if (m_index == 0) {
        m_fileSha256 = check.fileSha256;
    } else if (check.fileSha256 != m_fileSha256) {
        outcome.started = false;
        outcome.message
            = tr("Not started: %1 changed after the first app was updated; the apps would not "
                 "hold the same file.")
                  .arg(session->file());
        emit targetFinished(m_index, outcome);
        skipFrom(m_index + 1, outcome.message);
        return;
    }
    session->start();
}

void ImportFanOut::onUploadFinished()
{
    ImportSession *session = m_session.get();
    if (m_verifyLimitMs > 0 && session->stopReason() == ImportSession::Stop::Completed
        && !m_cancelled) {
        session->verify(m_verifyLimitMs);
        return;
    }
    finishTarget();
}

void ImportFanOut::finishTarget()
{
    ImportSession *session = m_session.get();
    Outcome &outcome = m_outcomes[m_index];
    outcome.stop = session->stopReason();
    outcome.message = session->stopMessage();
    outcome.idsAcknowledged = session->upload().acknowledgedIds();
    outcome.verification = session->verification();
    emit targetFinished(m_index, outcome);
    QTimer::singleShot(0, this, &ImportFanOut::next);
}

void ImportFanOut::skipFrom(int first, const QString &why)
{
    for (int i = first; i < m_outcomes.size(); ++i) {
        m_outcomes[i].message = why;
        emit targetFinished(i, m_outcomes[i]);
    }
    m_index = int(m_outcomes.size()) - 1;
    QTimer::singleShot(0, this, &ImportFanOut::next);
}
