#include "SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SecretStore", text);
}

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
        r.message = tr("The system keychain has no REST API key for this profile.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Without a Secret Service (no GNOME Keyring / KWallet running) QtKeychain reports
        // OtherError or NoBackendAvailable.
        r.status = SecretStore::Status::NoKeychain;
        r.message = tr("No system keychain answered (Secret Service not running). You can keep "
                       "the REST key in the settings file instead; it is then stored "
                       "unencrypted.");
        return r;
    default:
        r.status = SecretStore::Status::Error;
        r.message = tr("The system keychain refused access: %1").arg(job->errorString());
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

void SecretStore::read(const QString &profileId, Callback done)
{
    run(Action::Read, profileId, {}, std::move(done));
}

void SecretStore::write(const QString &profileId, const QString &secret, Callback done)
{
    run(Action::Write, profileId, secret, std::move(done));
}

void SecretStore::remove(const QString &profileId, Callback done)
{
    run(Action::Remove, profileId, {}, std::move(done));
}

void SecretStore::run(Action action, const QString &profileId, const QString &secret, Callback done)
{
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
        QTimer::singleShot(0, this, [done, r] { done(r); });
        return;
    }
    QKeychain::Job *job = nullptr;
    if (action == Action::Read) {
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
    } else if (action == Action::Write) {
        auto *w = new QKeychain::WritePasswordJob(serviceName(), this);
        w->setTextData(secret);
        job = w;
    } else {
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
    }
    job->setKey(profileId);
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // QSettings storage only when the user chooses it
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    QPointer<QKeychain::Job> guard(job);
    connect(job, &QKeychain::Job::finished, this, [job, done, answered, timer] {
        timer->deleteLater();
        job->deleteLater();
        if (*answered)
            return;
        *answered = true;
        done(resultOf(job));
    });
    connect(timer, &QTimer::timeout, this, [guard, done, answered, timer] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        if (guard)
            guard->deleteLater();
        Result r;
        r.status = Status::NoKeychain;
        r.message = tr("The system keychain did not answer. You can keep the REST key in the "
                       "settings file instead; it is then stored unencrypted.");
        done(r);
    });
    timer->start(m_timeoutMs);
    job->start();
}
