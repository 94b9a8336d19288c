// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxFixture.h"
#include "upload/ImportPreview.h"
#include "upload/ImportSession.h"

#include <QSignalSpy>
#include <QTest>

// What the Target page and the CLI say before sending: existence and count from Batch (the
// list, or View when the list failed), the plan in words, and the tick where something can
// be lost.
class TestImportPreview : public QObject
{
    Q_OBJECT

    static qint64 viewCount(SandboxFixture &s, const QString &name)
    {
        ApiReply *reply = s.client.view(name);
        QSignalSpy finished(reply, &ApiReply::finished);
        finished.wait(10000);
        reply->deleteLater();
        return reply->isOk() ? reply->audience().idCount : -1;
    }

private slots:
    void anExistingAudienceIsCountedByBatch()
    {
        SandboxFixture s;
        QVERIFY(s.start(5));
        ImportSession session(s.client.network());
        ImportPreview preview(&s.client, &session);
        const QString name = s.server.audienceNames().at(2);
        preview.setApps({{QStringLiteral("Shop"), false}});
        preview.restart();
        preview.setAudience(name);
        QTRY_VERIFY(preview.isKnown());
        QCOMPARE(preview.existence(), ImportPreview::Existence::Exists);
        QCOMPARE(preview.currentIds(), viewCount(s, name));
        QVERIFY2(preview.plan().contains(name), qPrintable(preview.plan()));
        QCOMPARE(preview.needsConfirmation(), preview.currentIds() != 0);
        QVERIFY(preview.confirmation().contains(QStringLiteral("&replaced")));
        QVERIFY(preview.waitingFor().isEmpty());
        // Adding to it on a Dev key loses nothing: no tick.
        preview.setMode(UploadMode::Add);
        QVERIFY(!preview.needsConfirmation());
        // ...but on a Live one, or into several apps, it does.
        preview.setApps({{QStringLiteral("Shop"), true}});
        QVERIFY(preview.needsConfirmation());
        preview.setApps({{QStringLiteral("Shop"), false}, {QStringLiteral("Shop BE"), false}});
        QVERIFY(preview.needsConfirmation());
        QVERIFY2(preview.plan().contains(QStringLiteral("Then the same into")),
                 qPrintable(preview.plan()));
        QVERIFY(preview.confirmation().contains(QStringLiteral("Shop and Shop BE")));
    }

    void aNewNameIsCreatedWithoutATick()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        ImportSession session(s.client.network());
        ImportPreview preview(&s.client, &session);
        preview.setApps({{QStringLiteral("Shop"), false}});
        preview.restart();
        preview.setAudience(QStringLiteral("brand_new"));
        QTRY_VERIFY(preview.isKnown());
        QCOMPARE(preview.existence(), ImportPreview::Existence::New);
        QCOMPARE(preview.currentIds(), -1);
        QVERIFY(!preview.needsConfirmation());
        QCOMPARE(preview.confirmation(), QStringLiteral("&Create brand_new and upload"));
    }

    void whenTheListFailsTheNameIsViewed()
    {
        SandboxFixture s;
        QVERIFY(s.start(3));
        const QString name = s.server.audienceNames().at(1);
        s.client.setConfig([&] {
            ApiConfig c = s.client.config();
            c.maxAttempts = 1;
            return c;
        }());
        s.server.injectFault({400, {}, {}, "GET"}); // the list's first page: not retried
        ImportSession session(s.client.network());
        ImportPreview preview(&s.client, &session);
        preview.restart();
        preview.setAudience(name);
        QTRY_VERIFY_WITH_TIMEOUT(preview.isKnown(), 10000);
        QCOMPARE(preview.existence(), ImportPreview::Existence::Exists);
        bool viewed = false;
        for (const auto &r : s.server.requests())
            viewed = viewed || (r.method == "GET" && r.path.endsWith(u'/' + name));
        QVERIFY(viewed);
    }

    void anInvalidNameWaitsAndSaysWhy()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        ImportSession session(s.client.network());
        ImportPreview preview(&s.client, &session);
        preview.restart();
        QVERIFY(!preview.waitingFor().isEmpty()); // no name yet
        preview.setAudience(QStringLiteral("with space"));
        QVERIFY(!preview.nameProblem().isEmpty());
        QVERIFY(preview.plan().isEmpty());
        QVERIFY(!preview.waitingFor().isEmpty());
    }

    void theSentenceIsTheSameForEveryFrontEnd()
    {
        ImportPreview::Facts f;
        f.audience = QStringLiteral("vip");
        f.exists = true;
        f.currentIds = 120;
        f.uniqueIds = 3000;
        f.requests = 1;
        f.apps = {{QStringLiteral("Shop"), false}};
        const QString replace = ImportPreview::sentence(f);
        QVERIFY2(replace.contains(QStringLiteral("vip")), qPrintable(replace));
        QVERIFY(ImportPreview::needsConfirmation(f));
        f.currentIds = 0; // an empty audience: nothing to lose
        QVERIFY(!ImportPreview::needsConfirmation(f));
        f.mode = UploadMode::Sync;
        f.syncSentence = QStringLiteral("Adds 3 IDs");
        QCOMPARE(ImportPreview::sentence(f), QStringLiteral("Adds 3 IDs"));
    }
};

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
