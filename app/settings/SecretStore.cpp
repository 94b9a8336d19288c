// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SecretStore.h"

#include "SecretRequest.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

SecretStore::Result resultOf(QKeychain::Job *job)
{
    SecretStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretStore::Status::Ok;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            r.secret = read->textData();
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretStore::Status::NotFound;
        r.message = SecretStore::tr("The system keychain has no REST API key for this profile.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Without a Secret Service (no GNOME Keyring / KWallet running) QtKeychain reports
        // OtherError or NoBackendAvailable.
        r.status = SecretStore::Status::NoKeychain;
        r.message = SecretStore::tr(
            "No system keychain answered (Secret Service not running). You can keep "
            "the REST key in the settings file instead; it is then stored "
            "unencrypted.");
        return r;
    default:
        r.status = SecretStore::Status::Error;
        r.message
            = SecretStore::tr("The system keychain refused access: %1").arg(job->errorString());
        return r;
    }
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

void SecretStore::setInMemoryForTesting(bool inMemory)
{
    m_inMemory = inMemory;
}

SecretRequest *SecretStore::read(const QString &profileId)
{
    return run(Action::Read, profileId, {});
}

SecretRequest *SecretStore::write(const QString &profileId, const QString &secret)
{
    return run(Action::Write, profileId, secret);
}

SecretRequest *SecretStore::remove(const QString &profileId)
{
    return run(Action::Remove, profileId, {});
}

SecretRequest *SecretStore::run(Action action, const QString &profileId, const QString &secret)
{
    // No parent: a request outlives the store (and any window) until the keychain answers.
    auto *request = new SecretRequest(m_waitingAfterMs);
    if (m_inMemory) {
        Result r;
        if (action == Action::Write)
            m_memory.insert(profileId, secret);
        else if (action == Action::Remove)
            m_memory.remove(profileId);
        else if (m_memory.contains(profileId))
            r.secret = m_memory.value(profileId);
        else
            r.status = Status::NotFound;
        // Asynchronous like the real keychain, so callers cannot depend on re-entrancy.
        QTimer::singleShot(0, request, [request, r] { request->finish(r); });
        return request;
    }
    start(request, action, profileId, secret);
    return request;
}

void SecretStore::start(SecretRequest *request, Action action, const QString &profileId,
                        const QString &secret)
{
    QKeychain::Job *job = nullptr;
    if (action == Action::Read) {
        job = new QKeychain::ReadPasswordJob(serviceName(), request);
    } else if (action == Action::Write) {
        auto *w = new QKeychain::WritePasswordJob(serviceName(), request);
        w->setTextData(secret);
        job = w;
    } else {
        job = new QKeychain::DeletePasswordJob(serviceName(), request);
    }
    job->setKey(profileId);
    job->setAutoDelete(false); // deleted with the request, after it has answered
    job->setInsecureFallback(false); // QSettings storage only when the user chooses it
    connect(job, &QKeychain::Job::finished, request,
            [request, job] { request->finish(resultOf(job)); });
    job->start();
}
