// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudiencePager.h"

#include "api/BatchClient.h"

#include <QLocale>
#include <algorithm>

AudiencePager::AudiencePager(BatchClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

AudiencePager::~AudiencePager()
{
    cancel();
}

QString AudiencePager::rangeText() const
{
    if (!m_loaded)
        return isLoading() ? tr("Loading…") : QString();
    if (m_audiences.isEmpty())
        return m_from == 0 ? tr("No audiences") : tr("No audiences from %1").arg(m_from + 1);
    const QLocale locale;
    return tr("Showing %1–%2")
        .arg(locale.toString(m_from + 1), locale.toString(m_from + int(m_audiences.size())));
}

void AudiencePager::setPageSize(int size)
{
    const int *end = std::end(pageSizes);
    if (std::find(std::begin(pageSizes), end, size) == end)
        size = 25;
    m_pageSize = size;
    goTo(0);
}

void AudiencePager::reload()
{
    request(m_from);
}

void AudiencePager::first()
{
    goTo(0);
}

void AudiencePager::next()
{
    if (!m_atEnd)
        request(m_from + m_pageSize);
}

void AudiencePager::previous()
{
    request(std::max(0, m_from - m_pageSize));
}

void AudiencePager::goTo(int from)
{
    request(std::max(0, from));
}

void AudiencePager::cancel()
{
    if (ApiReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->abandon();
        emit stateChanged();
    }
}

void AudiencePager::request(int from)
{
    if (m_reply) {
        m_reply->abandon(); // a newer request supersedes it: its answer would be stale
    }
    ApiReply *reply = m_client->list(from, m_pageSize);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, from] { onFinished(reply, from); });
    emit stateChanged();
}

void AudiencePager::onFinished(ApiReply *reply, int requestedFrom)
{
    reply->deleteLater();
    if (reply != m_reply)
        return; // stale
    m_reply = nullptr;

    if (!reply->isOk()) {
        m_lastError = reply->error();
        emit stateChanged();
        if (m_lastError.kind != ApiError::Kind::Cancelled)
            emit failed(m_lastError);
        return;
    }
    m_lastError = {};
    const QList<AudienceInfo> page = reply->audiences();
    if (page.isEmpty() && requestedFrom > 0 && m_loaded && requestedFrom > m_from) {
        // Past the end: keep showing the last non-empty page, Next disabled.
        m_atEnd = true;
        emit stateChanged();
        emit reachedEnd();
        return;
    }
    m_from = requestedFrom;
    m_audiences = page;
    m_atEnd = page.size() < m_pageSize;
    m_loaded = true;
    emit pageLoaded();
    emit stateChanged();
}
