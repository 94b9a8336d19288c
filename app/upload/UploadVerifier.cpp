// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UploadVerifier.h"

#include "IndexingPoller.h"
#include "history/UploadHistory.h"

#include <QTimer>

UploadVerifier::UploadVerifier(BatchClient *client, QObject *parent)
    : QObject(parent)
    , m_poller(new IndexingPoller(client, this))
{
    using S = UploadVerification::Status;
    connect(m_poller, &IndexingPoller::stateChanged, this, &UploadVerifier::indexingChanged);
    connect(m_poller, &IndexingPoller::failed, this, [this](const ApiError &error) {
        m_result.status = S::NotConfirmed;
        m_result.problem = error.message;
    });
    connect(m_poller, &IndexingPoller::finished, this, [this](IndexingState state) {
        if (state == IndexingState::Applied) {
            m_result.status = S::Applied;
            m_result.serverIds = m_poller->idCount();
            if (m_history && m_uploadId)
                m_history->setVerified(m_uploadId, m_result.serverIds);
        } else if (state == IndexingState::Replaced) {
            m_result.status = S::Replaced;
        } else if (m_result.status == S::Waiting) {
            m_result.status = S::NotConfirmed;
            m_result.problem = tr("still indexing");
        }
        emit finished();
    });
}

void UploadVerifier::setExpectation(UploadMode mode, qint64 expectedIds, qint64 idsBefore)
{
    m_mode = mode;
    m_expectedIds = expectedIds;
    m_idsBefore = idsBefore;
}

void UploadVerifier::confirmUnchanged(const QString &audience, qint64 serverIds)
{
    m_poller->stop();
    m_uploadId = 0;
    m_result = {};
    m_result.audience = audience;
    m_result.mode = m_mode;
    m_result.expectedIds = m_expectedIds;
    m_result.status = UploadVerification::Status::Applied;
    m_result.serverIds = serverIds;
    QTimer::singleShot(0, this, &UploadVerifier::finished);
}

void UploadVerifier::start(const UploadRecord &upload, UploadHistory *history, int limitMs)
{
    m_poller->stop();
    m_history = history;
    m_uploadId = upload.id;
    m_result = {};
    m_result.mode = m_mode;
    m_result.expectedIds = m_expectedIds;
    m_result.idsBefore = m_idsBefore;
    m_result.audience = upload.audience;
    m_result.sentIds = upload.acknowledgedIds();
    const QString token = upload.lastIndexingToken();
    if (upload.state != UploadRecord::State::Completed || token.isEmpty()) {
        m_result.status = UploadVerification::Status::NotConfirmed;
        m_result.problem = tr("the upload did not finish");
        QTimer::singleShot(0, this, &UploadVerifier::finished);
        return;
    }
    m_result.status = UploadVerification::Status::Waiting;
    m_poller->setLimitMs(limitMs);
    m_poller->start(upload.audience, token);
}

void UploadVerifier::stop()
{
    if (m_result.status != UploadVerification::Status::Waiting)
        return;
    m_poller->stop();
    m_result.status = UploadVerification::Status::NotConfirmed;
    m_result.problem = tr("you stopped waiting; the upload itself is complete");
    emit finished();
}
