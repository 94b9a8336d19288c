// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SecretRequest.h"

#include <QCoreApplication>

SecretRequest::SecretRequest(int waitingAfterMs)
{
    m_waiting.setSingleShot(true);
    connect(&m_waiting, &QTimer::timeout, this, &SecretRequest::waiting);
    m_waiting.start(waitingAfterMs);
}

void SecretRequest::cancel()
{
    if (m_delivered)
        return;
    m_delivered = true;
    m_waiting.stop();
    SecretStore::Result r;
    r.status = SecretStore::Status::Cancelled;
    r.message = QCoreApplication::translate("SecretStore",
                                            "You stopped waiting for the system keychain.");
    emit finished(r);
}

void SecretRequest::finish(const SecretStore::Result &result)
{
    if (m_answered)
        return;
    m_answered = true;
    m_waiting.stop();
    if (!m_delivered) {
        m_delivered = true;
        emit finished(result);
    }
    deleteLater();
}
