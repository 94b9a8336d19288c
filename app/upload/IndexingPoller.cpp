// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IndexingPoller.h"

#include "api/BatchClient.h"

#include <algorithm>

IndexingPoller::IndexingPoller(BatchClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IndexingPoller::poll);
}

void IndexingPoller::start(const QString &audience, const QString &token)
{
    stop();
    m_audience = audience;
    m_token = token;
    m_delay = m_first;
    m_waited = 0;
    m_state = IndexingState::Unknown;
    m_idCount = -1;
    m_running = true;
    poll();
}

void IndexingPoller::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_reply)
        m_reply->abandon();
    m_reply = nullptr;
}

void IndexingPoller::poll()
{
    ApiReply *reply = m_client->view(m_audience, m_token);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onReply(reply); });
}

void IndexingPoller::onReply(ApiReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (!m_running)
        return;
    if (!reply->isOk()) {
        m_running = false;
        emit failed(reply->error());
        emit finished(IndexingState::Unknown);
        return;
    }
    const AudienceInfo info = reply->audience();
    m_idCount = info.idCount;
    if (info.indexingState != m_state || m_waited == 0) {
        m_state = info.indexingState;
        emit stateChanged(m_state, info.idCount);
    }
    if (m_state == IndexingState::Applied || m_state == IndexingState::Replaced) {
        m_running = false;
        emit finished(m_state);
        return;
    }
    if (m_waited >= m_limit) {
        m_running = false;
        emit finished(IndexingState::Unknown);
        return;
    }
    m_waited += m_delay;
    m_timer.start(m_delay);
    m_delay = std::min(m_delay * 2, m_max);
}
