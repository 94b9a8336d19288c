// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LogFile.h"

#include "api/SecretRedactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcSession, "audiencedesk.session", QtWarningMsg)

namespace {
// Like SecretRedactor's store, never destroyed: Qt logs while its statics go away.
struct Sink
{
    QMutex mutex;
    QFile file;
    qint64 maxBytes = 1024 * 1024;
    QtMessageHandler previous = nullptr;
    QLoggingCategory::CategoryFilter previousFilter = nullptr;
    bool installed = false;
};
Sink &sink()
{
    static Sink *const s = new Sink;
    return *s;
}

// Names of the categories whose info lines this log turned on (to keep them off stderr).
// Categories are created lazily on any thread, so the set has its own lock.
struct FileOnlyCategories
{
    QMutex mutex;
    QSet<QByteArray> names;
    void insert(const char *name)
    {
        QMutexLocker lock(&mutex);
        names.insert(QByteArray(name));
    }
    bool contains(const char *name)
    {
        QMutexLocker lock(&mutex);
        return names.contains(QByteArray::fromRawData(name, qstrlen(name)));
    }
    void clear()
    {
        QMutexLocker lock(&mutex);
        names.clear();
    }
};
FileOnlyCategories &enabledForFile()
{
    static FileOnlyCategories *const categories = new FileOnlyCategories;
    return *categories;
}

bool isOurs(const char *category)
{
    return category && qstrncmp(category, "audiencedesk.", 13) == 0;
}

void categoryFilter(QLoggingCategory *category)
{
    Sink &s = sink();
    if (s.previousFilter)
        s.previousFilter(category);
    if (isOurs(category->categoryName()) && !category->isInfoEnabled()) {
        category->setEnabled(QtInfoMsg, true);
        enabledForFile().insert(category->categoryName());
    }
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// audience-desk.log → .log.1 → … → .log.3 (dropped). Called with the mutex held.
void rotate(Sink &s)
{
    const QString path = s.file.fileName();
    s.file.close();
    QFile::remove(path + QLatin1Char('.') + QString::number(LogFile::keptFiles));
    for (int i = LogFile::keptFiles - 1; i >= 1; --i)
        QFile::rename(path + QLatin1Char('.') + QString::number(i),
                      path + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(path, path + QStringLiteral(".1"));
    s.file.setFileName(path);
    if (s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Sink &s = sink();
    const QString clean = SecretRedactor::redact(message);
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            const QByteArray line
                = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
                + clean.toUtf8() + '\n';
            s.file.write(line);
            s.file.flush();
            if (s.file.size() > s.maxBytes)
                rotate(s);
        }
    }
    const bool fileOnly
        = type == QtInfoMsg && context.category && enabledForFile().contains(context.category);
    if (!fileOnly && s.previous)
        s.previous(type, context, clean);
}
} // namespace

QString LogFile::defaultFolder()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QLatin1Char('/') + QCoreApplication::applicationName();
#else
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/logs");
#endif
}

QString LogFile::defaultPath()
{
    return defaultFolder() + QStringLiteral("/audience-desk.log");
}

bool LogFile::start(const QString &path, QString *error)
{
    Sink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        s.file.close();
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            if (error)
                *error = tr("Cannot create the log folder %1.").arg(info.absolutePath());
            return false;
        }
        QFile::setPermissions(info.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner);
        s.file.setFileName(info.absoluteFilePath());
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            if (error)
                *error = tr("Cannot write the log file %1: %2.")
                             .arg(info.absoluteFilePath(), s.file.errorString());
            return false;
        }
        s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (s.file.size() > s.maxBytes)
            rotate(s);
        if (!s.installed) {
            s.installed = true;
            s.previous = qInstallMessageHandler(handler);
            s.previousFilter = QLoggingCategory::installFilter(categoryFilter);
        }
    }
    qCInfo(lcSession, "%s %s started (Qt %s, %s)",
           qPrintable(QFileInfo(QCoreApplication::applicationFilePath()).fileName()),
           qPrintable(QCoreApplication::applicationVersion()), qVersion(),
           qPrintable(QSysInfo::prettyProductName()));
    return true;
}

void LogFile::stop()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        QLoggingCategory::installFilter(s.previousFilter);
        s.installed = false;
        s.previous = nullptr;
        s.previousFilter = nullptr;
        enabledForFile().clear();
    }
    s.file.close();
}

QString LogFile::currentPath()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

void LogFile::setMaxBytes(qint64 bytes)
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    s.maxBytes = bytes;
}
