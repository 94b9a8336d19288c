// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/SecretRequest.h"
#include "settings/SecretStore.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

// A keychain that behaves as the user's may: answers at once, late (a prompt left up for a
// while), with an error, or never (until the test answers by hand). Secrets live in memory.
class ScriptedSecretStore : public SecretStore
{
public:
    enum class Mode { AtOnce, Late, Fail, Never };
    Mode mode = Mode::AtOnce;
    int lateMs = 1500;
    Status failure = Status::NoKeychain;
    QHash<QString, QString> secrets;
    int started = 0;

    // Answers every request still waiting (Mode::Never), as the keychain would at last.
    // Requests started by these answers (a dialog reading the key back) wait for the next
    // call.
    void answerPending()
    {
        const auto pending = std::exchange(m_pending, {});
        for (const auto &[request, answer] : pending)
            if (request)
                request->finish(answer());
    }
    int pendingCount() const { return int(m_pending.size()); }

protected:
    void start(SecretRequest *request, Action action, const QString &profileId,
               const QString &secret) override
    {
        ++started;
        auto answer = [this, action, profileId, secret] {
            Result r;
            if (mode == Mode::Fail) {
                r.status = failure;
                r.message = QStringLiteral("The scripted keychain failed.");
                return r;
            }
            if (action == Action::Write)
                secrets.insert(profileId, secret);
            else if (action == Action::Remove)
                secrets.remove(profileId);
            else if (secrets.contains(profileId))
                r.secret = secrets.value(profileId);
            else
                r.status = Status::NotFound;
            return r;
        };
        if (mode == Mode::Never) {
            m_pending.append({QPointer<SecretRequest>(request), answer});
            return;
        }
        QTimer::singleShot(mode == Mode::Late ? lateMs : 0, request,
                           [request, answer] { request->finish(answer()); });
    }

private:
    QList<std::pair<QPointer<SecretRequest>, std::function<Result()>>> m_pending;
};

// The result of a keychain request, waiting for it.
inline SecretStore::Result waitForSecret(SecretRequest *request, int timeoutMs = 10000)
{
    SecretStore::Result result;
    result.status = SecretStore::Status::Error;
    result.message = QStringLiteral("no answer in time");
    QSignalSpy finished(request, &SecretRequest::finished);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return result;
    return finished.first().first().value<SecretStore::Result>();
}
