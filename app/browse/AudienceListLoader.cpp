// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudienceListLoader.h"

#include "api/BatchClient.h"

AudienceListLoader::AudienceListLoader(BatchClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

AudienceListLoader::~AudienceListLoader()
{
    cancel();
}

void AudienceListLoader::start()
{
    cancel();
    m_audiences.clear();
    m_names.clear();
    m_error = {};
    m_complete = false;
    request(0);
}

void AudienceListLoader::cancel()
{
    if (m_reply)
        m_reply->abandon();
    m_reply = nullptr;
}

const AudienceInfo *AudienceListLoader::find(const QString &name) const
{
    for (const AudienceInfo &a : m_audiences) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

void AudienceListLoader::request(int from)
{
    ApiReply *reply = m_client->list(from, BatchClient::maxListLimit);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, from] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        if (!reply->isOk()) {
            m_error = reply->error();
            emit finished();
            return;
        }
        const QList<AudienceInfo> page = reply->audiences();
        for (const AudienceInfo &a : page) {
            if (!m_names.contains(a.name)) { // seen on the previous page, pushed down since
                m_names.insert(a.name);
                m_audiences.append(a);
            }
        }
        emit progress(int(m_audiences.size()));
        if (page.size() < BatchClient::maxListLimit) {
            m_complete = true;
            emit finished();
        } else {
            request(from + BatchClient::maxListLimit);
        }
    });
}
