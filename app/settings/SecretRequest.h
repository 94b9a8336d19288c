// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SecretStore.h"

#include <QObject>
#include <QTimer>

// One keychain operation under way. It lives until the keychain itself answers (a freed
// QtKeychain job that libsecret later calls back into was a crash), however long a prompt
// ("Unlock Keyring", "Choose password for new keyring") stays up. Connect to it with a
// context object: a window closed meanwhile then receives nothing.
// waiting() says the keychain is slow (most likely a prompt): show it, with a way to
// cancel(). cancel() stops waiting at once (finished() with Status::Cancelled); the
// keychain's late answer is then dropped.
class SecretRequest : public QObject
{
    Q_OBJECT
public:
    explicit SecretRequest(int waitingAfterMs);

    bool isFinished() const { return m_delivered; }
    void cancel();
    // The backend's answer; deletes the request once delivered (or dropped).
    void finish(const SecretStore::Result &result);

signals:
    void waiting();
    void finished(const SecretStore::Result &result);

private:
    QTimer m_waiting;
    bool m_delivered = false;
    bool m_answered = false;
};
