// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SecretRedactor.h"

#include <QMutex>
#include <QSet>

namespace {
// The message handler runs until the process ends, after main() returned too: Qt logs
// while its own statics are destroyed (plugins unloading, with qt.core.library on). A
// function-local static would be destroyed by then, and the handler would read freed
// memory. So the secrets live in a heap object that is never destroyed: still reachable
// through this pointer at exit, hence no leak report either.
struct Secrets
{
    QMutex mutex;
    QSet<QString> values;
};
Secrets &store()
{
    static Secrets *const s = new Secrets;
    return *s;
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
    Secrets &s = store();
    QMutexLocker lock(&s.mutex);
    s.values.insert(secret);
}

void SecretRedactor::clearSecrets()
{
    Secrets &s = store();
    QMutexLocker lock(&s.mutex);
    s.values.clear();
}

QString SecretRedactor::redact(QString text)
{
    Secrets &s = store();
    QMutexLocker lock(&s.mutex);
    for (const QString &secret : std::as_const(s.values))
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
