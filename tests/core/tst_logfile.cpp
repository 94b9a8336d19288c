// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/SecretRedactor.h"
#include "log/LogFile.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtTest>

Q_LOGGING_CATEGORY(lcTestOurs, "audiencedesk.test", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTestOther, "other.test", QtWarningMsg)

namespace {
QStringList forwarded; // what reached the handler before the log's (the terminal)
void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    forwarded << message;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        forwarded.clear();
        m_previous = qInstallMessageHandler(recordingHandler);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("state/audience-desk.log"));
    }

    void cleanup()
    {
        LogFile::stop();
        LogFile::setMaxBytes(1024 * 1024);
        SecretRedactor::clearSecrets();
        qInstallMessageHandler(m_previous);
        QFile::remove(m_path);
        for (int i = 1; i <= 4; ++i)
            QFile::remove(m_path + QLatin1Char('.') + QString::number(i));
    }

    void writesRedactedLinesOwnerOnly()
    {
        SecretRedactor::addSecret(QStringLiteral("rest-key-0123456789"));
        QString error;
        QVERIFY2(LogFile::start(m_path, &error), qPrintable(error));
        QCOMPARE(LogFile::currentPath(), QFileInfo(m_path).absoluteFilePath());
        qWarning("sent with rest-key-0123456789 in a header");
        const QString text = readAll(m_path);
        QVERIFY(text.contains(QStringLiteral("info audiencedesk.session: tst_logfile")));
        QVERIFY(!forwarded.join(u'\n').contains(QStringLiteral("started")));
        QVERIFY(
            text.contains(QStringLiteral(" warning default: sent with <redacted> in a header")));
        QVERIFY(!text.contains(QStringLiteral("rest-key-0123456789")));
        QCOMPARE(QFile::permissions(m_path) & 0x0077, QFileDevice::Permissions());
        // The terminal still gets the warning, redacted as well.
        QVERIFY(forwarded.contains(QStringLiteral("sent with <redacted> in a header")));
    }

    void infoLinesOfOurCategoriesGoToTheFileOnly()
    {
        QVERIFY(LogFile::start(m_path));
        qCInfo(lcTestOurs) << "POST /1.1/custom-audiences/x/replace → 202";
        qCInfo(lcTestOther) << "not ours, stays off";
        qCWarning(lcTestOurs) << "a warning of ours";
        const QString text = readAll(m_path);
        QVERIFY(text.contains(QStringLiteral("info audiencedesk.test: POST")));
        QVERIFY(!text.contains(QStringLiteral("not ours")));
        QVERIFY(text.contains(QStringLiteral("warning audiencedesk.test: a warning of ours")));
        QVERIFY(!forwarded.join(u'\n').contains(QStringLiteral("POST")));
        QVERIFY(forwarded.join(u'\n').contains(QStringLiteral("a warning of ours")));

        LogFile::stop(); // back to the user's rules: our info lines are off again
        QVERIFY(!lcTestOurs().isInfoEnabled());
    }

    void rotatesBySizeKeepingThreeFiles()
    {
        LogFile::setMaxBytes(2000);
        QVERIFY(LogFile::start(m_path));
        const QString filler(300, u'x');
        for (int i = 0; i < 40; ++i)
            qWarning("%d %s", i, qPrintable(filler));
        QVERIFY(QFileInfo(m_path).size() <= 2000 + 400);
        for (int i = 1; i <= LogFile::keptFiles; ++i)
            QVERIFY2(QFile::exists(m_path + QLatin1Char('.') + QString::number(i)),
                     qPrintable(QString::number(i)));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".4")));
        // The newest lines are in the current file, the previous ones in .1.
        QVERIFY(
            readAll(m_path + QStringLiteral(".1")).contains(QStringLiteral(" warning default: 3")));
        QVERIFY(readAll(m_path).contains(QStringLiteral("39 xxx")));
    }

    void rotatesAnOversizedFileWhenStarting()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile old(m_path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(3000, 'o'));
        old.close();
        LogFile::setMaxBytes(2000);
        QVERIFY(LogFile::start(m_path));
        QCOMPARE(QFileInfo(m_path + QStringLiteral(".1")).size(), qint64(3000));
        QVERIFY(QFileInfo(m_path).size() < 500);
    }

    void saysWhyWhenTheFileCannotBeWritten()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!LogFile::start(m_dir.filePath(QStringLiteral("file/audience-desk.log")), &error));
        QVERIFY2(error.contains(QStringLiteral("log folder")), qPrintable(error));
        QVERIFY(LogFile::currentPath().isEmpty());
    }

    void defaultFolderIsTheStateFolder()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_dir.path()));
        QCOMPARE(LogFile::defaultPath(),
                 m_dir.path() + QLatin1Char('/') + QCoreApplication::applicationName()
                     + QStringLiteral("/audience-desk.log"));
        qunsetenv("XDG_STATE_HOME");
        QVERIFY(LogFile::defaultFolder().startsWith(QDir::homePath()
                                                    + QStringLiteral("/.local/state/")));
#endif
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QtMessageHandler m_previous = nullptr;
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
