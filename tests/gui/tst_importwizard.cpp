// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Child.h"
#include "WizardTestSupport.h"
#include "common/MessageBox.h"
#include "history/HistoryWindow.h"
#include "history/UploadHistoryModel.h"
#include "settings/ProfileSession.h"
#include "upload/ImportSession.h"
#include "wizard/ResultPage.h"
#include "wizard/UploadPage.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

// Stands for the file manager: what QDesktopServices would have opened.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

// The import wizard end to end, offscreen against the sandbox: what the server ends up
// holding after an upload, cancelled, resumed, retried or closed part-way.
class TestImportWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file() { return segmentFile(m_dir.path()); }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void fromFileToAppliedAudience()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start(5));
        ImportWizard w(h.context());
        QSignalSpy transferred(w.session(), &ImportSession::transferred);
        driveToUpload(w, file(), QStringLiteral("vip_new"));
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QVERIFY(upload);
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        QVERIFY(!transferred.isEmpty());
        QCOMPARE(transferred.last().at(1).toLongLong(), transferred.last().at(2).toLongLong());
        auto *rateLabel = child<QLabel>(upload, "rateLabel");
        QVERIFY(rateLabel);
        QVERIFY2(rateLabel->text().endsWith(QStringLiteral("B/s")), qPrintable(rateLabel->text()));
        TO_RESULT(w);
        auto *result = qobject_cast<ResultPage *>(w.currentPage());
        QVERIFY(result);
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), IndexingState::Applied, 20000);

        // The 5 invalid rows skipped, their file one click away.
        auto *skippedLabel = child<QLabel>(result, "skippedLabel");
        QVERIFY(skippedLabel);
        QVERIFY(skippedLabel->isVisible());
        QCOMPARE(skippedLabel->text(), QStringLiteral("5 invalid rows were skipped: not sent."));
        auto *openRejectsButton = child<QPushButton>(result, "openRejectsButton");
        QVERIFY(openRejectsButton);
        QVERIFY(openRejectsButton->isVisible());
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QTest::mouseClick(openRejectsButton, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls.size(), 1);
        QVERIFY(catcher.urls.first().isLocalFile());
        QCOMPARE(catcher.urls.first().toLocalFile(), w.session()->keptRejectsPath());
        QVERIFY(QFile::exists(catcher.urls.first().toLocalFile()));

        int puts = 0, patches = 0, posts = 0;
        for (const auto &r : h.sandbox.server.requests()) {
            puts += r.method == "PUT";
            patches += r.method == "PATCH";
            posts += r.method == "POST";
        }
        QCOMPARE(posts, 1); // the new audience was created
        QCOMPARE(puts, 1);
        QCOMPARE(patches, 2);
        const auto held = h.sandbox.server.audience(QStringLiteral("vip_new"));
        const QMap<QString, QStringList> want = segmentExpected(file());
        QCOMPARE(held->members.size(), want.size());
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            const FakeBatchServer::Member m = held->members.value(it.key());
            QCOMPARE(m.attributes.value(QStringLiteral("age")).toInt(), it.value().at(1).toInt());
            QCOMPARE(m.attributes.value(QStringLiteral("vip")).toBool(),
                     it.value().at(2) == u"yes");
            QCOMPARE(m.attributes.value(QStringLiteral("date(signup)")).toString(),
                     it.value().at(3) + QStringLiteral("T00:00:00"));
            QCOMPARE(
                m.tags,
                (QStringList {QStringLiteral("vip"), it.value().at(4).section(u'|', 1).toLower()}));
        }
        QCOMPARE(h.history.uploads().first().state, UploadRecord::State::Completed);
        // The mapping is offered again for this audience.
        QVERIFY(w.lastMappingFor(QStringLiteral("vip_new")).has_value());
    }

    void cancelPartWayThenResumeRepeatsNothing()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        h.sandbox.server.setResponseDelayMs(400);
        ImportWizard w(h.context());
        driveToUpload(w, file(), QStringLiteral("resumed"));
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QVERIFY(upload);
        auto *uploadLog = child<QPlainTextEdit>(upload, "uploadLog");
        QVERIFY(uploadLog);
        QTRY_VERIFY_WITH_TIMEOUT(
            uploadLog->toPlainText().contains(QStringLiteral("Request 1 acknowledged")), 30000);
        // The progress says its count as a sentence (3 requests: plural).
        auto *uploadProgress = child<QProgressBar>(upload, "uploadProgress");
        QVERIFY(uploadProgress);
        QCOMPARE(uploadProgress->text(), QStringLiteral("1 of 3 requests"));
        auto *cancelUploadButton = child<QPushButton>(upload, "cancelUploadButton");
        QVERIFY(cancelUploadButton);
        QTest::mouseClick(cancelUploadButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Partial, 30000);
        auto *resumeButton = child<QPushButton>(upload, "resumeButton");
        QVERIFY(resumeButton);
        QVERIFY(resumeButton->isVisible());
        QVERIFY(uploadLog->toPlainText().contains(QStringLiteral("partial")));
        const qint64 partial = h.sandbox.server.audience(QStringLiteral("resumed"))->members.size();
        QVERIFY(partial >= 10000 && partial < 24975);
        // What the client saw acknowledged before the cancel must never be sent again. (A
        // request cancelled after the server applied it but before its answer arrived is sent
        // again on resume: harmless, adds are idempotent, and the client could not know.)
        QList<QByteArray> acknowledged;
        for (const UploadRequestRecord &r : w.upload().requests) {
            if (r.status == UploadRequestRecord::Status::Acknowledged) {
                QFile body(r.bodyPath);
                QVERIFY(body.open(QIODevice::ReadOnly));
                acknowledged << body.readAll();
            }
        }
        QVERIFY(!acknowledged.isEmpty());

        h.sandbox.server.setResponseDelayMs(0);
        QTest::mouseClick(resumeButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        int puts = 0;
        for (const auto &r : h.sandbox.server.requests()) {
            puts += r.method == "PUT";
            if (r.method == "PUT" || r.method == "PATCH")
                QVERIFY2(acknowledged.count(r.body) <= 1, "an acknowledged request was sent again");
        }
        for (const QByteArray &body : std::as_const(acknowledged)) {
            int sent = 0;
            for (const auto &r : h.sandbox.server.requests())
                sent += r.body == body;
            QCOMPARE(sent, 1);
        }
        QCOMPARE(puts, 1);
        QCOMPARE(h.sandbox.server.audience(QStringLiteral("resumed"))->members.size(), 24975);
    }

    void resumeAfterRestartFromTheHistoryWindow()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        h.sandbox.server.setResponseDelayMs(400);
        {
            ImportWizard w(h.context());
            driveToUpload(w, file(), QStringLiteral("after_restart"));
            auto *upload = qobject_cast<UploadPage *>(w.currentPage());
            auto *uploadLog = child<QPlainTextEdit>(upload, "uploadLog");
            QVERIFY(uploadLog);
            QTRY_VERIFY_WITH_TIMEOUT(
                uploadLog->toPlainText().contains(QStringLiteral("Request 1 acknowledged")), 30000);
            auto *cancelUploadButton = child<QPushButton>(upload, "cancelUploadButton");
            QVERIFY(cancelUploadButton);
            QTest::mouseClick(cancelUploadButton, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Partial, 30000);
        } // the window is closed
        h.sandbox.server.setResponseDelayMs(0);
        h.sandbox.server.clearRequests();

        // After a restart: the history read afresh, the upload resumed from its window.
        UploadHistory reopened(m_dir.filePath(QStringLiteral("history.sqlite")));
        HistoryWindow window(&reopened);
        auto *historyTable = child<QTableView>(&window, "historyTable");
        QVERIFY(historyTable);
        QAbstractItemModel *model = historyTable->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, UploadHistoryModel::Audience).data().toString() == u"after_restart")
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY(model->index(row, UploadHistoryModel::State)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Partial")));
        historyTable->selectRow(row);
        auto *resumeButton = child<QPushButton>(&window, "resumeButton");
        QVERIFY(resumeButton);
        QVERIFY(resumeButton->isEnabled());
        auto *detailsView = child<QPlainTextEdit>(&window, "detailsView");
        QVERIFY(detailsView);
        const QString details = detailsView->toPlainText();
        QFile csv(file());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(csv.readAll(), QCryptographicHash::Sha256).toHex());
        QVERIFY2(details.contains(sha), qPrintable(details));
        QVERIFY(
            details.contains(QStringLiteral("Request 1: Replace of 10,000 IDs — acknowledged")));
        QVERIFY(details.contains(QStringLiteral(", indexing token ")));
        QVERIFY(
            details.contains(QStringLiteral("Request 3: Update (add) of 4,975 IDs — not sent")));
        UploadRecord resumed;
        connect(&window, &HistoryWindow::resumeRequested, this,
                [&resumed](const UploadRecord &u) { resumed = u; });
        QTest::mouseClick(resumeButton, Qt::LeftButton);
        QCOMPARE(resumed.audience, QStringLiteral("after_restart"));
        QCOMPARE(resumed.firstUnacknowledged(), 1);

        auto context = h.context();
        context.history = &reopened;
        ImportWizard w(context);
        w.resumeUpload(resumed);
        w.show();
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QVERIFY(upload);
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        int puts = 0, patches = 0;
        for (const auto &r : h.sandbox.server.requests()) {
            puts += r.method == "PUT";
            patches += r.method == "PATCH";
        }
        QCOMPARE(puts, 0); // the acknowledged Replace is not sent again
        QCOMPARE(patches, 2);
        QCOMPARE(h.sandbox.server.audience(QStringLiteral("after_restart"))->members.size(), 24975);
        QCOMPARE(reopened.upload(resumed.id)->state, UploadRecord::State::Completed);
    }

    void resumeOntoAReplacedAudienceStartsAgainVisibly()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer::Fault fault;
        fault.method = "PATCH";
        h.sandbox.server.injectFault(fault, h.sandbox.config().maxAttempts);
        UploadRecord cut;
        {
            ImportWizard w(h.context());
            driveToUpload(w, file(), QStringLiteral("replaced_since"));
            auto *upload = qobject_cast<UploadPage *>(w.currentPage());
            QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Partial, 30000);
            cut = *h.history.upload(w.upload().id);
        }
        // Someone replaces the audience with one ID from another tool.
        ApiReply *other
            = h.sandbox.client.replace(QStringLiteral("replaced_since"), R"({"ids":[{"id":"x"}]})");
        QTRY_VERIFY(other->isFinished());
        QVERIFY(other->isOk());

        ImportWizard w(h.context());
        w.resumeUpload(cut);
        w.show();
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        auto *uploadLog = child<QPlainTextEdit>(upload, "uploadLog");
        QVERIFY(uploadLog);
        const QString log = uploadLog->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("replaced by another upload")), qPrintable(log));
        const qint64 expected = segmentExpected(file()).size();
        QCOMPARE(h.sandbox.server.audience(QStringLiteral("replaced_since"))->members.size(),
                 expected);
        QVERIFY(!h.sandbox.server.audience(QStringLiteral("replaced_since"))
                     ->members.contains(QStringLiteral("x")));
        QCOMPARE(h.history.upload(cut.id)->state, UploadRecord::State::Abandoned);

        // The Result page says Batch's count, and the History keeps it.
        TO_RESULT(w);
        auto *result = qobject_cast<ResultPage *>(w.currentPage());
        QVERIFY(result);
        auto *stateLabel = child<QLabel>(result, "stateLabel");
        QVERIFY(stateLabel);
        QTRY_VERIFY_WITH_TIMEOUT(stateLabel->text().contains(QStringLiteral("Batch reports")),
                                 10000);
        QVERIFY2(stateLabel->text().contains(QLocale().toString(expected)),
                 qPrintable(stateLabel->text()));
        QCOMPARE(h.history.upload(w.upload().id)->verifiedIds, expected);
        UploadHistoryModel model;
        model.setUploads(h.history.uploads());
        QCOMPARE(model.index(0, UploadHistoryModel::Verified).data().toString(),
                 QLocale().toString(expected));
        QCOMPARE(model.index(1, UploadHistoryModel::State).data().toString(),
                 uploadStateName(UploadRecord::State::Abandoned));
    }

    void escapeAfterTheFilePageAsksFirst()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        {
            ImportWizard w(h.context()); // on the File page nothing is lost: no question
            const int asked = MessageBox::count();
            MessageBox::setNextAnswer(QMessageBox::Cancel); // were it asked, it would not block
            w.show();
            QTest::keyClick(&w, Qt::Key_Escape);
            QCOMPARE(MessageBox::count(), asked);
            MessageBox::setNextAnswer(QMessageBox::NoButton);
            QVERIFY(!w.isVisible());
        }
        ImportWizard w(h.context());
        const int asked = MessageBox::count();
        driveToTarget(w, file());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&w, Qt::Key_Escape);
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("mapping")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(w.isVisible()); // kept, with everything decided so far
        QCOMPARE(w.currentId(), int(ImportWizard::TargetPageId));
        MessageBox::setNextAnswer(QMessageBox::Close);
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isVisible());
        QVERIFY(h.sandbox.server.requests().size() <= 2); // the audience list only
    }

    void retryIsShownInTheLog()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer::Fault fault;
        fault.httpStatus = 503;
        fault.method = "PATCH";
        h.sandbox.server.injectFault(fault, 1);
        ImportWizard w(h.context());
        driveToUpload(w, file(), QStringLiteral("retried"));
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        auto *uploadLog = child<QPlainTextEdit>(upload, "uploadLog");
        QVERIFY(uploadLog);
        const QString log = uploadLog->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("Request 2 failed (HTTP 503"))
                     && log.contains(QStringLiteral("retrying")),
                 qPrintable(log));
        QCOMPARE(h.sandbox.server.audience(QStringLiteral("retried"))->members.size(), 24975);
    }

    void anUploadStaysWithItsProfileWhenTheMainWindowSwitches()
    {
        // The main window's client is reconfigured when the user switches profiles there;
        // the wizard works on its own copy, so the upload cannot be redirected.
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        Profile elsewhere = h.sandbox.profile(QStringLiteral("Other app"));
        elsewhere.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        elsewhere.apiKey = QStringLiteral("OTHER_APP");
        h.sandbox.client.setConfig(ProfileSession::configFor(elsewhere, h.sandbox.client.config()));
        driveToUpload(w, file(), QStringLiteral("kept"));
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        QCOMPARE(h.sandbox.server.audience(QStringLiteral("kept"))->members.size(),
                 segmentExpected(file()).size());
    }

    void closingDuringTheUploadAsksThenStopsCleanly()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        h.sandbox.server.setResponseDelayMs(300);
        auto *w = new ImportWizard(h.context());
        const int asked = MessageBox::count();
        driveToUpload(*w, file(), QStringLiteral("closed_early"));
        auto *upload = qobject_cast<UploadPage *>(w->currentPage());
        QTRY_VERIFY(upload->state() == UploadRecord::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(w->session()->upload().firstUnacknowledged() >= 1, 10000);
        MessageBox::setNextAnswer(QMessageBox::No);
        w->reject(); // Esc, Cancel or the window's close button
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("partial")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(w->isVisible()); // "No": the upload goes on
        QCOMPARE(upload->state(), UploadRecord::State::Running);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QPointer<ImportWizard> guard(w);
        QObject::connect(w, &QDialog::rejected, w, &QObject::deleteLater);
        w->reject();
        QTRY_VERIFY(!guard); // closed once the runner recorded where it stopped
        const UploadRecord saved = *h.history.upload(h.history.uploads().first().id);
        QCOMPARE(saved.audience, QStringLiteral("closed_early"));
        QCOMPARE(saved.state, UploadRecord::State::Partial); // some requests were applied
        QVERIFY(saved.firstUnacknowledged() >= 1);
        QVERIFY(saved.firstUnacknowledged() < 3);
        QTest::qWait(700); // nothing more reaches the server once closed
        const int requests = int(h.sandbox.server.requests().size());
        QTest::qWait(700);
        QCOMPARE(int(h.sandbox.server.requests().size()), requests);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
