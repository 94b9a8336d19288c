// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QObject>

class SecretRequest;

// REST keys in the system keychain through QtKeychain (service "audience-desk", key =
// profile id). Each operation is a SecretRequest that lives until the keychain answers,
// however long its prompt stays up; callers connect to it with a context object. When no
// keychain is there (QtKeychain's OtherError / NoBackendAvailable without a Secret
// Service), the result says NoKeychain and the caller offers to keep the key in QSettings.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    enum class Status { Ok, NotFound, NoKeychain, Error, Cancelled };
    enum class Action { Read, Write, Remove };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read only
        QString message; // for people, on failure
    };
    SecretRequest *read(const QString &profileId);
    SecretRequest *write(const QString &profileId, const QString &secret);
    SecretRequest *remove(const QString &profileId);

    // Test seam and for platforms without a keychain: keep secrets in memory only.
    void setInMemoryForTesting(bool inMemory);
    // How long before a request says it is waiting (a prompt is probably up).
    void setWaitingAfterMs(int ms) { m_waitingAfterMs = ms; }

    static QString serviceName() { return QStringLiteral("audience-desk"); }

protected:
    // The backend: answers `request` through SecretRequest::finish(), once, whenever the
    // keychain does. Tests override it to answer late, fail, or never answer.
    virtual void start(SecretRequest *request, Action action, const QString &profileId,
                       const QString &secret);

private:
    SecretRequest *run(Action action, const QString &profileId, const QString &secret);

    bool m_inMemory = false;
    int m_waitingAfterMs = 400;
    QHash<QString, QString> m_memory;
};

Q_DECLARE_METATYPE(SecretStore::Result)
