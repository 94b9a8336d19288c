// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SingleInstance.h"

#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>

// A second launch hands its file to the first and the first opens it.
class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void theSecondLaunchHandsItsFileOver()
    {
        const QString key = QStringLiteral("audience-desk-test-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        SingleInstance first(key);
        QVERIFY(first.claim());
        QSignalSpy received(&first, &SingleInstance::filesReceived);

        SingleInstance second(key);
        QVERIFY(!second.claim()); // the first holds it
        // The second process blocks before it has a window; here it needs its own thread
        // so the first (this thread) can answer.
        QFuture<bool> handed = QtConcurrent::run(
            [&second] { return second.handOver({QStringLiteral("segment.csv")}); });
        QVERIFY(received.wait(5000));
        QCOMPARE(received.first().first().toStringList(),
                 QStringList {QDir::current().absoluteFilePath(QStringLiteral("segment.csv"))});
        QTRY_VERIFY(handed.isFinished());
        QVERIFY(handed.result());
    }

    void aFileOpenEventOpensTheFileLikeASecondLaunch()
    {
        SingleInstance instance(QStringLiteral("audience-desk-test-open-")
                                + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
        QSignalSpy received(&instance, &SingleInstance::filesReceived);
        QFileOpenEvent before(QStringLiteral("/tmp/ignored.csv"));
        QCoreApplication::sendEvent(qApp, &before);
        QCOMPARE(received.size(), 0); // not watching yet

        instance.watchFileOpenEvents();
        QFileOpenEvent open(QStringLiteral("/tmp/segment.csv"));
        QVERIFY(QCoreApplication::sendEvent(qApp, &open)); // handled
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(),
                 QStringList {QStringLiteral("/tmp/segment.csv")});
    }

    void nobodyAnsweringMeansCarryOn()
    {
        SingleInstance alone(QStringLiteral("audience-desk-test-nobody-")
                             + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
        QVERIFY(!alone.handOver({QStringLiteral("x.csv")}, 500));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
