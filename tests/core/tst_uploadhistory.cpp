// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/UploadHistory.h"
#include "history/UploadRecordText.h"

#include <QTemporaryDir>
#include <QTest>

class TestUploadHistory : public QObject
{
    Q_OBJECT
private:
    static UploadRecord sample()
    {
        UploadRecord r;
        r.profileId = QStringLiteral("p1");
        r.profileName = QStringLiteral("Shop");
        r.audience = QStringLiteral("vip_fr");
        r.fileName = QStringLiteral("vip.csv");
        r.fileSize = 1234;
        r.fileSha256 = QStringLiteral("abc");
        r.mappingJson = QStringLiteral("{}");
        r.rowsRead = 25000;
        r.validIds = 24950;
        r.rejectedRows = 50;
        r.duplicateIds = 3;
        for (int i = 1; i <= 3; ++i) {
            UploadRequestRecord q;
            q.sequence = i;
            q.method = i == 1 ? QStringLiteral("replace") : QStringLiteral("update");
            q.idCount = i < 3 ? 10000 : 4950;
            q.bodyPath = QStringLiteral("/tmp/payload-%1.json").arg(i);
            r.requests << q;
        }
        return r;
    }

private slots:
    void uploadsIntoOneAudienceWithOneProfile()
    {
        QTemporaryDir dir;
        UploadHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
        QList<qint64> ids;
        for (const auto &[profile, audience] :
             {std::pair {"p1", "vip_fr"}, {"p2", "vip_fr"}, {"p1", "loyal_de"}, {"p1", "vip_fr"}}) {
            UploadRecord r = sample();
            r.profileId = QLatin1String(profile);
            r.audience = QLatin1String(audience);
            ids << history.create(r);
        }
        const QList<UploadRecord> into
            = history.uploadsInto(QStringLiteral("p1"), QStringLiteral("vip_fr"));
        QCOMPARE(into.size(), 2);
        QCOMPARE(into.at(0).id, ids.at(3)); // newest first
        QCOMPARE(into.at(1).id, ids.at(0));
        QCOMPARE(into.at(0).fileName, QStringLiteral("vip.csv"));
        QVERIFY(history.uploadsInto(QStringLiteral("p3"), QStringLiteral("vip_fr")).isEmpty());
    }

    void roundTripAndResume()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        qint64 id = 0;
        {
            UploadHistory history(path);
            QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
            UploadRecord r = sample();
            id = history.create(r);
            QVERIFY(id > 0);
            r.requests[0].status = UploadRequestRecord::Status::Acknowledged;
            r.requests[0].indexingToken = QStringLiteral("tok1");
            QVERIFY(history.updateRequest(id, r.requests[0]));
            r.requests[1].status = UploadRequestRecord::Status::Sent;
            QVERIFY(history.updateRequest(id, r.requests[1]));
            QVERIFY(history.setState(id, UploadRecord::State::Running));
        }
        // "After restart": a new connection on the same file.
        UploadHistory history(path);
        const auto resumable = history.findResumable(QStringLiteral("p1"), QStringLiteral("vip_fr"),
                                                     QStringLiteral("abc"), QStringLiteral("{}"));
        QVERIFY(resumable);
        QCOMPARE(resumable->id, id);
        QCOMPARE(resumable->requests.size(), 3);
        QCOMPARE(resumable->firstUnacknowledged(), 1);
        QCOMPARE(resumable->acknowledgedIds(), 10000);
        QCOMPARE(resumable->requests[0].indexingToken, QStringLiteral("tok1"));
        QCOMPARE(resumable->validIds, 24950);
        QCOMPARE(history.unfinished().size(), 1);
        QVERIFY(!history.findResumable(QStringLiteral("p1"), QStringLiteral("vip_fr"),
                                       QStringLiteral("other-file"), QStringLiteral("{}")));

        QVERIFY(history.setState(id, UploadRecord::State::Completed, QStringLiteral("done")));
        QVERIFY(!history.findResumable(QStringLiteral("p1"), QStringLiteral("vip_fr"),
                                       QStringLiteral("abc"), QStringLiteral("{}")));
        const auto list = history.uploads();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().state, UploadRecord::State::Completed);
        QVERIFY(list.first().finishedAt.isValid());
    }

    void detailsSayEveryRequest()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        UploadRecord r = sample();
        r.state = UploadRecord::State::Partial;
        r.requests[0].status = UploadRequestRecord::Status::Acknowledged;
        r.requests[0].indexingToken = QStringLiteral("tok1");
        r.requests[0].acknowledgedAt = QDateTime::currentDateTimeUtc();
        r.requests[1].status = UploadRequestRecord::Status::Failed;
        r.requests[1].httpStatus = 503;
        r.requests[1].error = QStringLiteral("Batch is busy.");
        const QStringList lines = UploadRecordText::details(r).split(u'\n');
        QCOMPARE(lines.first(),
                 QStringLiteral("vip.csv into vip_fr (profile Shop): Partial: resume it"));
        QVERIFY(lines.contains(QStringLiteral("File: 1.21 KiB, SHA-256 abc")));
        QVERIFY(lines.contains(QStringLiteral(
            "Rows read: 25,000; valid IDs: 24,950; rejected rows: 50; duplicate IDs: 3")));
        QVERIFY2(
            lines.at(lines.size() - 3)
                .startsWith(QStringLiteral("Request 1: Replace of 10,000 IDs — acknowledged ")),
            qPrintable(lines.at(lines.size() - 3)));
        QVERIFY(lines.at(lines.size() - 3).endsWith(QStringLiteral(", indexing token tok1")));
        QCOMPARE(lines.at(lines.size() - 2),
                 QStringLiteral("Request 2: Update (add) of 10,000 IDs — failed (HTTP 503): "
                                "Batch is busy."));
        QCOMPARE(lines.last(), QStringLiteral("Request 3: Update (add) of 4,950 IDs — not sent"));
        QLocale::setDefault(QLocale::system());
    }
};

QTEST_GUILESS_MAIN(TestUploadHistory)
#include "tst_uploadhistory.moc"
