#include "SecretRedactor.h"

#include <QMutex>
#include <QSet>

namespace {
QMutex &mutex()
{
    static QMutex m;
    return m;
}
QSet<QString> &secrets()
{
    static QSet<QString> s;
    return s;
}
QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = SecretRedactor::redact(message);
    if (previousHandler)
        previousHandler(type, context, clean);
}
} // namespace

void SecretRedactor::addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&mutex());
    secrets().insert(secret);
}

void SecretRedactor::clearSecrets()
{
    QMutexLocker lock(&mutex());
    secrets().clear();
}

QString SecretRedactor::redact(QString text)
{
    QMutexLocker lock(&mutex());
    for (const QString &secret : std::as_const(secrets()))
        text.replace(secret, replacement());
    return text;
}

void SecretRedactor::installMessageHandler()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previousHandler = qInstallMessageHandler(redactingHandler);
}
