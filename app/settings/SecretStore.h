#pragma once

#include <QHash>
#include <QObject>
#include <functional>

// REST keys in the system keychain through QtKeychain (service "audience-desk", key =
// profile id). Asynchronous like QtKeychain's jobs. When no keychain answers (QtKeychain's
// OtherError / NoBackendAvailable without a Secret Service), available() turns false and the
// caller offers to keep the key in QSettings instead.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    enum class Status { Ok, NotFound, NoKeychain, Error };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read only
        QString message; // for people, on failure
    };
    using Callback = std::function<void(const Result &)>;

    void read(const QString &profileId, Callback done);
    void write(const QString &profileId, const QString &secret, Callback done);
    void remove(const QString &profileId, Callback done);

    // Test seam and for platforms without a keychain: keep secrets in memory only.
    void setInMemoryForTesting(bool inMemory);
    // A job that never answers (no D-Bus session at all) is given up after this long.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    static QString serviceName() { return QStringLiteral("audience-desk"); }

private:
    enum class Action { Read, Write, Remove };
    void run(Action action, const QString &profileId, const QString &secret, Callback done);

    bool m_inMemory = false;
    int m_timeoutMs = 5000;
    QHash<QString, QString> m_memory;
};
