// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxFixture.h"
#include "history/UploadHistory.h"
#include "upload/ImportSession.h"
#include "upload/UploadLock.h"
#include "upload/UploadWorkDir.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

// The import journey against the sandbox, with the faults that made uploads lie: what
// the server ends up holding is exactly the file's deduplicated IDs, or the session stops
// honestly and a second run completes it.
class TestImportSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString makeCsv(const QString &name, int first, int count)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write("install_id,score\n");
        for (int i = first; i < first + count; ++i)
            f.write(
                QStringLiteral("id-%1,%2\n").arg(i, 6, 10, QLatin1Char('0')).arg(i % 97).toUtf8());
        return path;
    }
    static QStringList idsIn(int first, int count)
    {
        QStringList ids;
        for (int i = first; i < first + count; ++i)
            ids << QStringLiteral("id-%1").arg(i, 6, 10, QLatin1Char('0'));
        return ids;
    }
    static QStringList held(const FakeBatchServer &server, const QString &audience)
    {
        const auto a = server.audience(audience);
        return a ? a->members.keys() : QStringList(); // QMap keys: sorted, as idsIn()
    }
    static int count(const FakeBatchServer &server, const QByteArray &method)
    {
        int n = 0;
        for (const auto &r : server.requests())
            n += r.method == method;
        return n;
    }
    static QStringList bodiesOnDisk()
    {
        QStringList files;
        QDirIterator it(UploadWorkDir::root(), {QStringLiteral("payload-*")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

    // Owner, group, other as an octal string ("600"); the *User bits repeat the owner's.
    static QString mode(const QString &path)
    {
        const auto p = QFile::permissions(path);
        auto digit
            = [p](QFileDevice::Permission r, QFileDevice::Permission w, QFileDevice::Permission x) {
                  return QString::number((p & r ? 4 : 0) + (p & w ? 2 : 0) + (p & x ? 1 : 0));
              };
        return digit(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner)
            + digit(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup)
            + digit(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther);
    }

    struct Import
    {
        std::unique_ptr<ImportSession> session;
        QStringList notes;
    };
    // Checks `csv` and uploads it into `audience`; returns when the upload has stopped.
    Import import(SandboxFixture &s, UploadHistory &history, const QString &csv,
                  const QString &audience, bool create = true)
    {
        Import r;
        r.session = std::make_unique<ImportSession>(&s.network, &history);
        prepare(*r.session, s, csv, audience, create);
        QObject::connect(r.session.get(), &ImportSession::note, r.session.get(),
                         [&r](const QString &line) { r.notes << line; });
        QSignalSpy finished(r.session.get(), &ImportSession::uploadFinished);
        r.session->start();
        if (finished.isEmpty() && !finished.wait(30000))
            qWarning("the upload did not stop");
        return r;
    }
    void prepare(ImportSession &session, SandboxFixture &s, const QString &csv,
                 const QString &audience, bool create)
    {
        session.setFile(csv);
        session.setMapping(
            ColumnMapping::defaultFor({QStringLiteral("install_id"), QStringLiteral("score")}));
        QSignalSpy prepared(&session, &ImportSession::prepared);
        session.check();
        QVERIFY(prepared.wait(30000)); // ready to send: start() goes at once
        QVERIFY2(session.checkResult().ok, qPrintable(session.checkResult().error));
        ImportSession::Target target;
        target.config = s.config();
        target.profileId = QStringLiteral("test-profile");
        target.profileName = QStringLiteral("Test");
        target.audience = audience;
        target.createIfMissing = create;
        session.setTarget(target);
        session.setResumeWaitLimitMs(2000);
    }
    // Request 2 (the first Update) fails every attempt: 10,000 of 25,000 IDs acknowledged.
    Import partial(SandboxFixture &s, UploadHistory &history, const QString &csv,
                   const QString &audience, bool applyFirst = false)
    {
        FakeBatchServer::Fault fault;
        fault.method = "PATCH";
        fault.applyFirst = applyFirst;
        s.server.injectFault(fault, s.config().maxAttempts);
        return import(s, history, csv, audience);
    }

    // An upload cut after its first request whose prepared bodies were then deleted, as
    // the History holds it.
    UploadRecord cutWithBodiesGone(SandboxFixture &s, UploadHistory &history, const QString &csv,
                                   const QString &audience)
    {
        Import cut = partial(s, history, csv, audience);
        const qint64 id = cut.session->upload().id;
        cut.session.reset();
        for (const QString &body : bodiesOnDisk())
            QFile::remove(body);
        return history.upload(id).value_or(UploadRecord());
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }
    void init()
    {
        QDir(UploadWorkDir::root()).removeRecursively();
        QDir(UploadLock::defaultDir()).removeRecursively();
    }

    void completesAndVerifiesWithBatchsCount()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("verify.sqlite")));
        const QString csv = makeCsv(QStringLiteral("v.csv"), 0, 25000);
        Import r = import(s, history, csv, QStringLiteral("vip_fr"));
        QCOMPARE(r.session->stopReason(), ImportSession::Stop::Completed);
        QCOMPARE(held(s.server, QStringLiteral("vip_fr")), idsIn(0, 25000));
        QVERIFY(!r.session->stopMessage().contains(QStringLiteral("holds")));
        QVERIFY(bodiesOnDisk().isEmpty());

        QSignalSpy verified(r.session.get(), &ImportSession::verified);
        r.session->verify();
        QVERIFY(verified.wait(10000));
        QCOMPARE(r.session->verification().status, UploadVerification::Status::Applied);
        QCOMPARE(r.session->verification().serverIds, 25000);
        QCOMPARE(history.upload(r.session->upload().id)->verifiedIds, 25000);

        // Someone removes IDs before Batch is asked: the count said is Batch's.
        s.client
            .update(QStringLiteral("vip_fr"),
                    R"({"ids":[{"action":"remove","id":"id-000001"},)"
                    R"({"action":"remove","id":"id-000002"}]})")
            ->deleteLater();
        QTRY_COMPARE(held(s.server, QStringLiteral("vip_fr")).size(), 24998);
        r.session->verify();
        QVERIFY(verified.wait(10000));
        QCOMPARE(r.session->verification().serverIds, 24998);
        QVERIFY2(
            r.session->verification().sentence().contains(QStringLiteral("25,000 were sent"))
                || r.session->verification().sentence().contains(QStringLiteral("25000 were sent")),
            qPrintable(r.session->verification().sentence()));
    }

    void twoImportsAtOnceKeepTheirOwnFiles()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("two.sqlite")));
        ImportSession a(&s.network, &history), b(&s.network, &history);
        prepare(a, s, makeCsv(QStringLiteral("a.csv"), 0, 15000), QStringLiteral("a"), true);
        prepare(b, s, makeCsv(QStringLiteral("b.csv"), 500000, 15000), QStringLiteral("b"), true);
        QVERIFY(a.workDir() != b.workDir());
        QSignalSpy doneA(&a, &ImportSession::uploadFinished),
            doneB(&b, &ImportSession::uploadFinished);
        a.start();
        b.start();
        QTRY_VERIFY_WITH_TIMEOUT(doneA.size() == 1 && doneB.size() == 1, 30000);
        QCOMPARE(held(s.server, QStringLiteral("a")), idsIn(0, 15000));
        QCOMPARE(held(s.server, QStringLiteral("b")), idsIn(500000, 15000));
    }

    void sameAudienceTwiceIsRefusedOrWaits()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        s.server.setResponseDelayMs(150);
        UploadHistory history(m_dir.filePath(QStringLiteral("lock.sqlite")));
        const QString csv = makeCsv(QStringLiteral("l.csv"), 0, 25000);
        ImportSession first(&s.network, &history), second(&s.network, &history);
        prepare(first, s, csv, QStringLiteral("locked"), true);
        prepare(second, s, makeCsv(QStringLiteral("l2.csv"), 0, 25000), QStringLiteral("locked"),
                true);
        QSignalSpy firstDone(&first, &ImportSession::uploadFinished);
        QSignalSpy secondDone(&second, &ImportSession::uploadFinished);
        first.start();
        const QString key
            = UploadLock::keyFor(s.config().baseUrl, s.config().apiKey, QStringLiteral("locked"));
        QVERIFY(UploadLock::isHeld(key));
        second.start();
        QCOMPARE(secondDone.size(), 1); // at once, before anything is sent
        QCOMPARE(second.stopReason(), ImportSession::Stop::LockHeld);
        QVERIFY2(second.stopMessage().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second.stopMessage()));

        // Waiting instead: it runs once the first has finished.
        second.setLockWait(true);
        QSignalSpy waiting(&second, &ImportSession::waitingForLock);
        second.start();
        QCOMPARE(waiting.size(), 1);
        QVERIFY(firstDone.wait(30000));
        QCOMPARE(first.stopReason(), ImportSession::Stop::Completed);
        QTRY_COMPARE_WITH_TIMEOUT(secondDone.size(), 2, 30000);
        QCOMPARE(second.stopReason(), ImportSession::Stop::Completed);
        QCOMPARE(held(s.server, QStringLiteral("locked")), idsIn(0, 25000));
        QVERIFY(!UploadLock::isHeld(key));
    }

    void resumesOnlyOntoTheAudienceItLeft_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("unchanged") << QString();
        QTest::newRow("deleted") << QStringLiteral("deleted");
        QTest::newRow("replaced by another file") << QStringLiteral("replaced");
        QTest::newRow("fewer IDs") << QStringLiteral("changed");
        QTest::newRow("bodies gone") << QStringLiteral("bodies");
        QTest::newRow("answer lost after applying") << QStringLiteral("applied");
    }
    void resumesOnlyOntoTheAudienceItLeft()
    {
        QFETCH(QString, change);
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("resume-%1.sqlite").arg(change)));
        const QString csv = makeCsv(QStringLiteral("r.csv"), 0, 25000);
        const QString name = QStringLiteral("resume");
        Import cut = partial(s, history, csv, name, change == u"applied");
        QCOMPARE(cut.session->stopReason(), ImportSession::Stop::Partial);
        QCOMPARE(cut.session->upload().acknowledgedIds(), 10000);
        if (change == u"applied")
            QVERIFY2(cut.session->stopMessage().contains(QStringLiteral("at least")),
                     qPrintable(cut.session->stopMessage()));
        const QStringList kept = bodiesOnDisk();
        QCOMPARE(kept.size(), 3);
        for (const QString &body : kept) {
            QCOMPARE(mode(body), QStringLiteral("600"));
            QCOMPARE(mode(QFileInfo(body).absolutePath()), QStringLiteral("700"));
        }
        cut.session.reset();

        if (change == u"deleted") {
            s.client.remove(name)->deleteLater();
            QTRY_VERIFY(!s.server.audience(name));
        } else if (change == u"replaced") {
            Import other
                = import(s, history, makeCsv(QStringLiteral("other.csv"), 900000, 50), name);
            QCOMPARE(other.session->stopReason(), ImportSession::Stop::Completed);
            QCOMPARE(held(s.server, name), idsIn(900000, 50));
        } else if (change == u"changed") {
            s.client.update(name, R"({"ids":[{"action":"remove","id":"id-000003"}]})")
                ->deleteLater();
            QTRY_COMPARE(held(s.server, name).size(), 9999);
        } else if (change == u"bodies") {
            for (const QString &body : kept)
                QFile::remove(body);
        }
        const int putsBefore = count(s.server, "PUT");
        Import again = import(s, history, csv, name);
        QVERIFY2(again.session->stopReason() == ImportSession::Stop::Completed,
                 qPrintable(again.session->stopMessage()));
        QCOMPARE(held(s.server, name), idsIn(0, 25000));
        const bool resumes = change.isEmpty() || change == u"bodies" || change == u"applied";
        QCOMPARE(count(s.server, "PUT") - putsBefore, resumes ? 0 : 1);
        const QString notes = again.notes.join(QLatin1Char('\n'));
        QVERIFY2(
            notes.contains(resumes ? QStringLiteral("Resuming") : QStringLiteral("starting again")),
            qPrintable(notes));
        QVERIFY(bodiesOnDisk().isEmpty());
        QCOMPARE(history.upload(again.session->upload().id)->state, UploadRecord::State::Completed);
    }

    void resumeWithoutCreateLeavesADeletedAudienceAlone()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("nocreate.sqlite")));
        const QString csv = makeCsv(QStringLiteral("n.csv"), 0, 25000);
        QCOMPARE(partial(s, history, csv, QStringLiteral("gone")).session->stopReason(),
                 ImportSession::Stop::Partial);
        s.client.remove(QStringLiteral("gone"))->deleteLater();
        QTRY_VERIFY(!s.server.audience(QStringLiteral("gone")));
        Import again = import(s, history, csv, QStringLiteral("gone"), false);
        QCOMPARE(again.session->stopReason(), ImportSession::Stop::Refused);
        QVERIFY(!s.server.audience(QStringLiteral("gone")));
    }

    void emptySuccessIsNotAnAcknowledgement()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("empty.sqlite")));
        const QString csv = makeCsv(QStringLiteral("e.csv"), 0, 25000);
        FakeBatchServer::Fault empty;
        empty.httpStatus = 200;
        empty.body = "{}";
        empty.method = "PATCH";
        s.server.injectFault(empty, s.config().maxAttempts);
        Import cut = import(s, history, csv, QStringLiteral("empty"));
        QCOMPARE(cut.session->stopReason(), ImportSession::Stop::Partial);
        QCOMPARE(cut.session->upload().acknowledgedIds(), 10000);
        Import again = import(s, history, csv, QStringLiteral("empty"));
        QCOMPARE(again.session->stopReason(), ImportSession::Stop::Completed);
        QCOMPARE(held(s.server, QStringLiteral("empty")), idsIn(0, 25000));
        for (const UploadRequestRecord &r : again.session->upload().requests)
            QVERIFY(!r.indexingToken.isEmpty());
    }

    void retryAfterIsWaitedOrReported()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("retry-after.sqlite")));
        const QString csv = makeCsv(QStringLiteral("ra.csv"), 0, 25000);
        FakeBatchServer::Fault busy;
        busy.method = "PATCH";
        busy.retryAfter = "1";
        s.server.injectFault(busy, 1);
        Import waited = import(s, history, csv, QStringLiteral("patient"));
        QCOMPARE(waited.session->stopReason(), ImportSession::Stop::Completed);
        QVERIFY2(waited.notes.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Batch asked to wait 1 s")),
                 qPrintable(waited.notes.join(QLatin1Char('\n'))));

        busy.retryAfter = "3600"; // an hour: not waited, said
        s.server.injectFault(busy, 1);
        QElapsedTimer clock;
        clock.start();
        Import stopped = import(s, history, makeCsv(QStringLiteral("ra2.csv"), 0, 25001),
                                QStringLiteral("later"));
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(stopped.session->stopReason(), ImportSession::Stop::Partial);
        QVERIFY2(stopped.session->stopMessage().contains(QStringLiteral("try again after")),
                 qPrintable(stopped.session->stopMessage()));
        Import again = import(s, history, makeCsv(QStringLiteral("ra2.csv"), 0, 25001),
                              QStringLiteral("later"));
        QCOMPARE(again.session->stopReason(), ImportSession::Stop::Completed);
        QCOMPARE(held(s.server, QStringLiteral("later")), idsIn(0, 25001));
    }

    void resumeFromTheHistoryRebuildsMissingBodies()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("history-resume.sqlite")));
        const QString csv = makeCsv(QStringLiteral("h.csv"), 0, 25000);
        const std::optional<UploadRecord> record
            = cutWithBodiesGone(s, history, csv, QStringLiteral("fromhistory"));
        const qint64 id = record->id;
        QCOMPARE(record->state, UploadRecord::State::Partial);

        ImportSession session(&s.network, &history);
        ImportSession::Target target;
        target.config = s.config();
        target.profileId = record->profileId;
        target.createIfMissing = true;
        session.setTarget(target);
        QSignalSpy finished(&session, &ImportSession::uploadFinished);
        session.resume(*record);
        QVERIFY(finished.wait(30000));
        QVERIFY2(session.stopReason() == ImportSession::Stop::Completed,
                 qPrintable(session.stopMessage()));
        QCOMPARE(session.upload().id, id);
        QCOMPARE(count(s.server, "PUT"), 1);
        QCOMPARE(held(s.server, QStringLiteral("fromhistory")), idsIn(0, 25000));
    }

    void cancellingWhileBodiesAreRebuiltStops()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("rebuild-cancel.sqlite")));
        const UploadRecord record
            = cutWithBodiesGone(s, history, makeCsv(QStringLiteral("rc.csv"), 0, 25000),
                                QStringLiteral("rebuild_cancel"));
        ImportSession session(&s.network, &history);
        ImportSession::Target target;
        target.config = s.config();
        session.setTarget(target);
        QSignalSpy finished(&session, &ImportSession::uploadFinished);
        session.resume(record);
        QVERIFY(session.isChecking()); // preparing the requests again from the file
        session.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(session.stopReason(), ImportSession::Stop::Cancelled);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1); // no second round of checking
        QVERIFY(!session.isChecking());
    }

    void nothingLeftOnDiskWhenNothingWasSent()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("clean.sqlite")));
        const QString csv = makeCsv(QStringLiteral("c.csv"), 0, 12000);
        {
            Import refused = import(s, history, csv, QStringLiteral("missing"), false);
            QCOMPARE(refused.session->stopReason(), ImportSession::Stop::Refused);
            QCOMPARE(bodiesOnDisk().size(), 2); // while the wizard may still try again
        }
        QVERIFY(bodiesOnDisk().isEmpty());
        {
            ImportSession checkedOnly(&s.network, &history);
            prepare(checkedOnly, s, csv, QStringLiteral("never"), true);
            QCOMPARE(bodiesOnDisk().size(), 2);
        }
        QVERIFY(bodiesOnDisk().isEmpty());
        QVERIFY(QDir(UploadWorkDir::root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    // A check, and checking again (the wizard's Back, then Next), leave Qt's global thread
    // pool alone: the raster paint engine waits on it while it draws, so a check holding one
    // of its two threads (on two cores) and the old folder's removal the other stalled the
    // GUI for 0.3 s (bench/stall). The old folder still goes, off the calling thread.
    void checksLeaveTheGlobalThreadPoolToTheGui()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("again.sqlite")));
        ImportSession session(&s.network, &history);
        session.setFile(makeCsv(QStringLiteral("again.csv"), 0, 200000));
        session.setMapping(
            ColumnMapping::defaultFor({QStringLiteral("install_id"), QStringLiteral("score")}));
        QSignalSpy checked(&session, &ImportSession::checked);
        QThreadPool *global = QThreadPool::globalInstance();
        QVERIFY(global->waitForDone(30000)); // whatever earlier tests left there
        session.check();
        QCOMPARE(global->activeThreadCount(), 0);
        QVERIFY(session.isChecking());
        QVERIFY(checked.wait(30000));
        QVERIFY(session.checkResult().ok);
        const QString first = session.workDir();
        QVERIFY(QFileInfo::exists(first));

        session.check(); // the old folder is removed, the file read again
        QCOMPARE(global->activeThreadCount(), 0);
        QVERIFY(checked.wait(30000));
        QVERIFY(session.checkResult().ok);
        QVERIFY(session.workDir() != first);
        QTRY_VERIFY(!QFileInfo::exists(first));
        QCOMPARE(bodiesOnDisk().size(), 20); // the new check's
    }

    // checked() says the rows; the hashes and entries come after, with prepared(). A start()
    // in between waits for them, and sends what a prepared session sends; a cancel in
    // between sends nothing.
    void startWhilePreparing()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        UploadHistory history(m_dir.filePath(QStringLiteral("preparing.sqlite")));
        // Big enough that its seal outlasts a request to the sandbox and back.
        const QString csv = makeCsv(QStringLiteral("preparing.csv"), 0, 200000);
        for (bool cancel : {false, true}) {
            const QString audience = cancel ? QStringLiteral("cancelled") : QStringLiteral("sent");
            ImportSession session(&s.network, &history);
            session.setFile(csv);
            session.setMapping(
                ColumnMapping::defaultFor({QStringLiteral("install_id"), QStringLiteral("score")}));
            QSignalSpy checked(&session, &ImportSession::checked),
                prepared(&session, &ImportSession::prepared),
                finished(&session, &ImportSession::uploadFinished);
            QStringList notes;
            connect(&session, &ImportSession::note, this, [&notes](const QString &line) {
                if (line.contains(QStringLiteral("Finishing the preparation")))
                    notes << line;
            });
            QString shaWhenChecked = QStringLiteral("unset");
            bool preparingWhenChecked = false;
            const qsizetype requestsBefore = s.server.requests().size();
            qsizetype requestsWhenPrepared = -1;
            connect(&session, &ImportSession::prepared, this,
                    [&] { requestsWhenPrepared = s.server.requests().size() - requestsBefore; });
            connect(&session, &ImportSession::checked, this, [&] {
                shaWhenChecked = session.checkResult().fileSha256;
                preparingWhenChecked = session.isPreparing();
                ImportSession::Target target;
                target.config = s.config();
                target.profileId = QStringLiteral("test-profile");
                target.audience = audience;
                target.createIfMissing = true;
                session.setTarget(target);
                session.start(); // before prepared()
                QVERIFY(session.isUploading());
                // Nothing is taken before the hashes are: not even the audience's lock.
                QVERIFY(!UploadLock::isHeld(
                    UploadLock::keyFor(target.config.baseUrl, target.config.apiKey, audience)));
                if (cancel)
                    session.cancel();
            });
            session.check();
            QVERIFY(finished.wait(30000));
            QCOMPARE(checked.size(), 1);
            QTRY_COMPARE(prepared.size(), 1); // a cancel says so before the seal has stopped
            QVERIFY(preparingWhenChecked);
            QCOMPARE(notes.count(), 1); // says why nothing goes out yet
            QCOMPARE(shaWhenChecked, QString()); // not yet taken
            QVERIFY(!session.isPreparing());
            QCOMPARE(requestsWhenPrepared, 0); // nothing went out while it was preparing
            if (cancel) {
                QCOMPARE(session.stopReason(), ImportSession::Stop::Cancelled);
                QVERIFY(!s.server.audience(audience));
            } else {
                QCOMPARE(session.stopReason(), ImportSession::Stop::Completed);
                QCOMPARE(held(s.server, audience), idsIn(0, 200000));
                QCOMPARE(session.checkResult().fileSha256.size(), 64);
                QCOMPARE(history.upload(session.upload().id)->fileSha256,
                         session.checkResult().fileSha256);
                QCOMPARE(session.checkResult().entries->size(), 200000);
            }
        }
    }

    void runningWithoutItsLockIsInterrupted()
    {
        UploadHistory history(m_dir.filePath(QStringLiteral("interrupted.sqlite")));
        UploadRecord r;
        r.audience = QStringLiteral("x");
        r.lockKey = UploadLock::keyFor(QUrl(QStringLiteral("http://127.0.0.1:9")),
                                       QStringLiteral("K"), QStringLiteral("x"));
        r.state = UploadRecord::State::Running;
        QVERIFY(history.create(r) > 0);
        QCOMPARE(history.upload(r.id)->state, UploadRecord::State::Interrupted);
        QCOMPARE(history.unfinished().size(), 1);
        UploadLock lock(r.lockKey);
        QVERIFY(lock.tryLock());
        QCOMPARE(history.upload(r.id)->state, UploadRecord::State::Running);
        QVERIFY(history.unfinished().isEmpty());
    }

    void expiredUploadsArePurged()
    {
        UploadHistory history(m_dir.filePath(QStringLiteral("purge.sqlite")));
        QString error;
        const QString dir = UploadWorkDir::create(&error);
        QVERIFY2(!dir.isEmpty(), qPrintable(error));
        UploadRecord r;
        r.audience = QStringLiteral("old");
        r.state = UploadRecord::State::Partial;
        r.createdAt = QDateTime::currentDateTimeUtc().addDays(-15);
        UploadRequestRecord request;
        request.sequence = 1;
        request.bodyPath = QDir(dir).filePath(QStringLiteral("payload-0001.json"));
        QFile body(request.bodyPath);
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.close();
        r.requests << request;
        QVERIFY(history.create(r) > 0);
        QCOMPARE(UploadWorkDir::purgeExpired(history, 14), 1);
        QVERIFY(!QFileInfo::exists(dir));
        QCOMPARE(history.upload(r.id)->state, UploadRecord::State::Abandoned);
        QCOMPARE(UploadWorkDir::purgeExpired(history, 14), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportSession)
#include "tst_importsession.moc"
