#include "HistoryWindow.h"
#include "SandboxFixture.h"
#include "history/UploadHistory.h"
#include "history/UploadHistoryModel.h"
#include "history/UploadRunner.h"
#include "import/AttributeMappingModel.h"
#include "import/RecentMappings.h"
#include "settings/SecretStore.h"
#include "wizard/FormatPage.h"
#include "wizard/ImportWizard.h"
#include "wizard/MappingPage.h"
#include "wizard/ResultPage.h"
#include "wizard/TagEditor.h"
#include "wizard/TargetPage.h"
#include "wizard/UploadPage.h"
#include "wizard/ValidationPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Drives the import wizard offscreen against the sandbox and checks what the server holds.
#define NEXT(w)                                                                                    \
    do {                                                                                           \
        QTRY_VERIFY_WITH_TIMEOUT((w).currentPage()->isComplete(), 30000);                          \
        (w).next();                                                                                \
    } while (false)

class TestImportWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Harness
    {
        explicit Harness(const QString &dir)
            : settings(dir + QStringLiteral("/w.ini"), QSettings::IniFormat)
            , history(dir + QStringLiteral("/history.sqlite"))
        { }
        SandboxFixture sandbox;
        QSettings settings;
        UploadHistory history;
        ImportWizard::Context context()
        {
            Profile p;
            p.id = QStringLiteral("sandbox");
            p.displayName = QStringLiteral("Sandbox");
            return {&sandbox.client, p, &history, &settings, {}, nullptr};
        }
    };

    // 25,000 rows; every 1000th repeats the previous ID (the later row wins); 5 ages are "n/a".
    QString makeFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("segment.csv"));
        if (QFile::exists(path))
            return path;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write("install_id;age;vip;signup;tags\r\n");
        for (int i = 0; i < 25000; ++i) {
            const int id = i % 1000 == 999 ? i - 1 : i;
            const QString age
                = i % 5000 == 4999 ? QStringLiteral("n/a") : QString::number(18 + i % 60);
            f.write(QStringLiteral("%1;%2;%3;2025-03-%4;VIP|%5\r\n")
                        .arg(id, 8, 10, QLatin1Char('0'))
                        .arg(age, i % 3 ? QStringLiteral("yes") : QStringLiteral("no"))
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                        .arg(i % 2 ? QStringLiteral("fr") : QStringLiteral("be"))
                        .toUtf8());
        }
        return path;
    }
    // What the sandbox must end up holding: the last valid row of each ID.
    QMap<QString, QStringList> expected()
    {
        QMap<QString, QStringList> rows;
        QFile f(makeFile());
        if (!f.open(QIODevice::ReadOnly))
            return rows;
        f.readLine();
        while (!f.atEnd()) {
            const QStringList cells
                = QString::fromUtf8(f.readLine().trimmed()).split(QLatin1Char(';'));
            if (cells.at(1) != u"n/a")
                rows[cells.at(0)] = cells;
        }
        return rows;
    }
    // The ID count the server reports (sample audiences do not hold their members).
    static qint64 idsOf(Harness &h, const QString &name)
    {
        ApiReply *reply = h.sandbox.client.view(name);
        QSignalSpy finished(reply, &ApiReply::finished);
        finished.wait(10000);
        reply->deleteLater();
        return reply->isOk() ? reply->audience().idCount : -1;
    }
    // File, Format, Mapping, Validation (skip invalid): on the Target page. `beforeTarget`
    // runs just before it opens.
    void driveToTarget(ImportWizard &w, const std::function<void()> &beforeTarget = {})
    {
        w.setFile(makeFile());
        w.show();
        NEXT(w); // File
        NEXT(w); // Format
        NEXT(w); // Mapping
        auto *validation = qobject_cast<ValidationPage *>(w.currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(
            !validation->isRunning() && validation->skipInvalidBox()->isVisible(), 30000);
        validation->skipInvalidBox()->setChecked(true);
        if (beforeTarget)
            beforeTarget();
        NEXT(w);
        QVERIFY(qobject_cast<TargetPage *>(w.currentPage()));
    }
    // File, Format, Mapping, Validation (skip invalid), Target: up to the upload.
    void driveToUpload(ImportWizard &w, const QString &audience)
    {
        w.setFile(makeFile());
        w.show();
        NEXT(w); // File
        NEXT(w); // Format
        auto *mapping = qobject_cast<MappingPage *>(w.currentPage());
        QVERIFY(mapping);
        NEXT(w); // Mapping
        auto *validation = qobject_cast<ValidationPage *>(w.currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(
            !validation->isRunning() && validation->skipInvalidBox()->isVisible(), 30000);
        QCOMPARE(w.validation().rejectedRows, 5);
        QCOMPARE(w.validation().rowsRead, 25000);
        QVERIFY(!w.currentPage()->isComplete()); // invalid rows: the user must choose
        validation->skipInvalidBox()->setChecked(true);
        NEXT(w);
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        QVERIFY(target);
        target->audienceBox()->setEditText(audience);
        QTRY_VERIFY2(target->planLabel()->text().contains(QStringLiteral("in 3 requests")),
                     qPrintable(target->planLabel()->text()));
        QVERIFY(!w.currentPage()->isComplete()); // the confirmation must be ticked
        target->confirmBox()->setChecked(true);
        NEXT(w); // commit: the upload starts
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void fromFileToAppliedAudience()
    {
        Harness h(m_dir.path());
        QVERIFY(h.sandbox.start(5));
        ImportWizard w(h.context());
        driveToUpload(w, QStringLiteral("vip_new"));
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QVERIFY(upload);
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        NEXT(w);
        auto *result = qobject_cast<ResultPage *>(w.currentPage());
        QVERIFY(result);
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), IndexingState::Applied, 20000);

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
        const QMap<QString, QStringList> want = expected();
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
        Harness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        h.sandbox.server.setResponseDelayMs(400);
        ImportWizard w(h.context());
        driveToUpload(w, QStringLiteral("resumed"));
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QVERIFY(upload);
        QTRY_VERIFY_WITH_TIMEOUT(
            upload->log()->toPlainText().contains(QStringLiteral("Request 1 acknowledged")), 30000);
        QTest::mouseClick(upload->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Partial, 30000);
        QVERIFY(upload->resumeButton()->isVisible());
        QVERIFY(upload->log()->toPlainText().contains(QStringLiteral("partial")));
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
        QTest::mouseClick(upload->resumeButton(), Qt::LeftButton);
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
        Harness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        h.sandbox.server.setResponseDelayMs(400);
        {
            ImportWizard w(h.context());
            driveToUpload(w, QStringLiteral("after_restart"));
            auto *upload = qobject_cast<UploadPage *>(w.currentPage());
            QTRY_VERIFY_WITH_TIMEOUT(
                upload->log()->toPlainText().contains(QStringLiteral("Request 1 acknowledged")),
                30000);
            QTest::mouseClick(upload->cancelButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Partial, 30000);
        } // the window is closed
        h.sandbox.server.setResponseDelayMs(0);
        h.sandbox.server.clearRequests();

        // After a restart: the history read afresh, the upload resumed from its window.
        UploadHistory reopened(m_dir.filePath(QStringLiteral("history.sqlite")));
        HistoryWindow window(&reopened);
        QAbstractItemModel *model = window.view()->model();
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
        window.view()->selectRow(row);
        QVERIFY(window.resumeButton()->isEnabled());
        const QString details = window.details()->toPlainText();
        QFile csv(makeFile());
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
        QTest::mouseClick(window.resumeButton(), Qt::LeftButton);
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

    void retryIsShownInTheLog()
    {
        Harness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer::Fault fault;
        fault.httpStatus = 503;
        fault.method = "PATCH";
        h.sandbox.server.injectFault(fault, 1);
        ImportWizard w(h.context());
        driveToUpload(w, QStringLiteral("retried"));
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        const QString log = upload->log()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("Request 2 failed (HTTP 503"))
                     && log.contains(QStringLiteral("retrying")),
                 qPrintable(log));
        QCOMPARE(h.sandbox.server.audience(QStringLiteral("retried"))->members.size(), 24975);
    }

    void mappingSaveLoadRoundTrip()
    {
        Harness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        w.setFile(makeFile());
        w.show();
        NEXT(w);
        NEXT(w);
        auto *page = qobject_cast<MappingPage *>(w.currentPage());
        QVERIFY(page);
        AttributeMappingModel *model = page->attributeModel();
        QCOMPARE(model->data(model->index(0, AttributeMappingModel::Type)).toString(),
                 QStringLiteral("int"));
        QCOMPARE(model->data(model->index(1, AttributeMappingModel::Type)).toString(),
                 QStringLiteral("bool"));
        QCOMPARE(model->data(model->index(2, AttributeMappingModel::Type)).toString(),
                 QStringLiteral("date"));
        model->setData(model->index(0, AttributeMappingModel::Name),
                       QStringLiteral("Customer Age"));
        QCOMPARE(model->data(model->index(0, AttributeMappingModel::Name)).toString(),
                 QStringLiteral("customer_age"));
        model->setData(model->index(1, AttributeMappingModel::Include), Qt::Unchecked,
                       Qt::CheckStateRole);
        const QString path = m_dir.filePath(QStringLiteral("saved-mapping.json"));
        QVERIFY(page->saveMapping(path));
        model->setData(model->index(0, AttributeMappingModel::Name), QStringLiteral("other"));
        model->setData(model->index(1, AttributeMappingModel::Include), Qt::Checked,
                       Qt::CheckStateRole);
        QVERIFY(page->loadMapping(path));
        QCOMPARE(model->data(model->index(0, AttributeMappingModel::Name)).toString(),
                 QStringLiteral("customer_age"));
        QCOMPARE(model->data(model->index(1, AttributeMappingModel::Include), Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Unchecked));
        QVERIFY(ColumnMapping::load(path, nullptr)->tagColumns.size() == 1);
        model->setData(model->index(0, AttributeMappingModel::Name), QStringLiteral("bad name!"));
        QVERIFY(!page->isComplete()); // names are checked as typed
    }

    void theLastMappingIsOfferedAgain()
    {
        Harness h(m_dir.path());
        h.settings.clear();
        QVERIFY(h.sandbox.start());
        ColumnMapping saved;
        saved.idColumn = QStringLiteral("install_id");
        saved.attributes
            = {{QStringLiteral("age"), QStringLiteral("years"), AttributeType::Int, {}, true}};
        saved.tagColumns = {{QStringLiteral("tags"), QStringLiteral("|")}};
        saved.constantTags = {QStringLiteral("returning")};
        ColumnMapping otherFile = saved;
        otherFile.idColumn = QStringLiteral("email"); // not a column of this file
        RecentMappings recent(&h.settings);
        recent.remember(QStringLiteral("sandbox"), QStringLiteral("vip_fr"), saved);
        recent.remember(QStringLiteral("sandbox"), QStringLiteral("newsletter"), otherFile);
        recent.remember(QStringLiteral("another_profile"), QStringLiteral("theirs"), saved);
        const auto rowName = [](AttributeMappingModel *m, int row) {
            return m->data(m->index(row, AttributeMappingModel::Name)).toString();
        };
        const auto rowIncluded = [](AttributeMappingModel *m, int row) {
            return m->data(m->index(row, AttributeMappingModel::Include), Qt::CheckStateRole)
                       .toInt()
                == Qt::Checked;
        };
        {
            // Known up front ("Replace from CSV…"): applied, and said so.
            ImportWizard w(h.context());
            w.setTargetAudience(QStringLiteral("vip_fr"));
            w.setFile(makeFile());
            w.show();
            NEXT(w);
            NEXT(w);
            auto *page = qobject_cast<MappingPage *>(w.currentPage());
            QVERIFY(page);
            QVERIFY(page->noticeLabel()->isVisible());
            QVERIFY(page->noticeLabel()->text().contains(QStringLiteral("vip_fr")));
            AttributeMappingModel *model = page->attributeModel();
            QCOMPARE(rowName(model, 0), QStringLiteral("years"));
            QVERIFY(rowIncluded(model, 0));
            QVERIFY(!rowIncluded(model, 1)); // vip: not in the saved mapping
            QCOMPARE(page->tagEditor()->constantTags(), saved.constantTags);
            QCOMPARE(page->tagEditor()->tagColumns().size(), 1);
            NEXT(w);
            QCOMPARE(w.mapping().attributes.size(), 4); // every column, one included
            QCOMPARE(w.mapping().includedAttributeCount(), 1);
            QCOMPARE(w.mapping().constantTags, saved.constantTags);
        }
        {
            // Chosen later: the guess first, the saved mapping one menu entry away; only
            // this profile's mappings that fit the file are listed.
            ImportWizard w(h.context());
            w.setFile(makeFile());
            w.show();
            NEXT(w);
            NEXT(w);
            auto *page = qobject_cast<MappingPage *>(w.currentPage());
            QVERIFY(!page->noticeLabel()->isVisible());
            AttributeMappingModel *model = page->attributeModel();
            QCOMPARE(rowName(model, 0), QStringLiteral("age"));
            QVERIFY(page->recentButton()->isEnabled());
            const QList<QAction *> actions = page->recentButton()->menu()->actions();
            QCOMPARE(actions.size(), 1);
            QVERIFY2(actions.first()->text().startsWith(QStringLiteral("vip_fr")),
                     qPrintable(actions.first()->text()));
            actions.first()->trigger();
            QCOMPARE(rowName(model, 0), QStringLiteral("years"));
            QVERIFY(!rowIncluded(model, 1));
            QCOMPARE(page->tagEditor()->constantTags(), saved.constantTags);
            QVERIFY(page->noticeLabel()->isVisible());
        }
    }

    void anUploadStaysWithItsProfileWhenTheMainWindowSwitches()
    {
        // The main window's client is reconfigured when the user switches profiles there;
        // the wizard works on its own copy, so the upload cannot be redirected.
        Harness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        BatchClient::Config elsewhere = h.sandbox.client.config();
        elsewhere.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        elsewhere.apiKey = QStringLiteral("OTHER_APP");
        h.sandbox.client.setConfig(elsewhere);
        driveToUpload(w, QStringLiteral("kept"));
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        QCOMPARE(h.sandbox.server.audience(QStringLiteral("kept"))->members.size(),
                 expected().size());
    }

    void thePlanKnowsAudiencesBeyondTheFirstHundred()
    {
        Harness h(m_dir.path());
        QVERIFY(h.sandbox.start(137));
        // The oldest sample audience comes last in the list: on its second page.
        const QString oldest = h.sandbox.server.audienceNames().last();
        const qint64 held = idsOf(h, oldest);
        ImportWizard w(h.context());
        driveToTarget(w);
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        target->audienceBox()->setEditText(oldest);
        QTRY_VERIFY2(
            target->planLabel()->text().startsWith(
                QStringLiteral("Replaces all %1 IDs of %2").arg(QLocale().toString(held), oldest)),
            qPrintable(target->planLabel()->text()));
        QVERIFY(target->confirmBox()->text().contains(QStringLiteral("replaced")));
        QCOMPARE(target->audienceBox()->count(), 137); // the picker holds every audience
        target->audienceBox()->setEditText(QStringLiteral("brand_new"));
        QTRY_VERIFY(target->planLabel()->text().startsWith(QStringLiteral("Fills the new")));
        QVERIFY(target->confirmBox()->text().remove(u'&').startsWith(QStringLiteral("Create")));
    }

    void withoutTheListTheNameIsCheckedWithView()
    {
        Harness h(m_dir.path());
        QVERIFY(h.sandbox.start(3));
        const QString name = h.sandbox.server.audienceNames().first();
        const qint64 held = idsOf(h, name);
        ImportWizard w(h.context());
        driveToTarget(w, [&] {
            // The List call of the Target page fails (400: not retried).
            h.sandbox.server.injectFault({400, {}, {}, "GET"});
        });
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        target->audienceBox()->setEditText(name);
        QTRY_VERIFY2(target->planLabel()->text().startsWith(
                         QStringLiteral("Replaces all %1 IDs").arg(QLocale().toString(held))),
                     qPrintable(target->planLabel()->text()));
        bool viewed = false;
        for (const auto &r : h.sandbox.server.requests())
            viewed = viewed || (r.method == "GET" && r.path.endsWith(u'/' + name));
        QVERIFY(viewed);
        QVERIFY(!w.currentPage()->isComplete());
        target->confirmBox()->setChecked(true);
        QVERIFY(w.currentPage()->isComplete());
    }

    void anotherProfileCanBeChosenOnTheTargetPage()
    {
        Harness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        FakeBatchServer live; // another app, on its own server
        QVERIFY(live.listen());
        live.setCredentials(QStringLiteral("LIVE_APP_KEY"), QStringLiteral("live-rest-key"));
        SecretStore secrets;
        secrets.setInMemoryForTesting(true);
        Profile liveProfile;
        liveProfile.id = QStringLiteral("shop-live");
        liveProfile.displayName = QStringLiteral("Shop");
        liveProfile.keyKind = ApiKeyKind::Live;
        liveProfile.apiKey = QStringLiteral("LIVE_APP_KEY");
        liveProfile.baseUrl = live.baseUrl(); // the REST key is in the keychain only
        bool written = false;
        secrets.write(liveProfile.id, QStringLiteral("live-rest-key"),
                      [&](const SecretStore::Result &) { written = true; });
        QTRY_VERIFY(written);

        ImportWizard::Context context = h.context();
        context.profiles = {context.profile, liveProfile};
        context.secrets = &secrets;
        ImportWizard w(context);
        QSignalSpy show(&w, &ImportWizard::showAudienceRequested);
        driveToTarget(w);
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        QCOMPARE(target->profileBox()->count(), 2);
        QVERIFY(target->profileBox()->itemText(1).contains(QStringLiteral("LIVE")));
        target->audienceBox()->setEditText(QStringLiteral("buyers"));
        QTRY_VERIFY(target->confirmBox()->isVisible());
        target->confirmBox()->setChecked(true);
        target->profileBox()->setCurrentIndex(1);
        emit target->profileBox()->activated(1);
        QVERIFY(!target->confirmBox()->isChecked()); // given for the other app
        QTRY_VERIFY(target->profileLabel()->text().contains(QStringLiteral("LIVE")));
        QTRY_VERIFY(target->planLabel()->text().startsWith(QStringLiteral("Fills the new")));
        target->confirmBox()->setChecked(true);
        NEXT(w);
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
        QCOMPARE(live.audience(QStringLiteral("buyers"))->members.size(), expected().size());
        QVERIFY(!h.sandbox.server.audience(QStringLiteral("buyers")));
        QCOMPARE(h.history.uploads().first().profileId, liveProfile.id);
        NEXT(w);
        auto *result = qobject_cast<ResultPage *>(w.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), IndexingState::Applied, 20000);
        result->showButton()->click();
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().at(0).toString(), liveProfile.id);
        QCOMPARE(show.first().at(1).toString(), QStringLiteral("buyers"));
    }

    void closingDuringTheUploadAsksThenStopsCleanly()
    {
        Harness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        h.sandbox.server.setResponseDelayMs(300);
        auto *w = new ImportWizard(h.context());
        QStringList asked;
        bool answer = false;
        w->setConfirmation([&](const QString &, const QString &text) {
            asked << text;
            return answer;
        });
        driveToUpload(*w, QStringLiteral("closed_early"));
        auto *upload = qobject_cast<UploadPage *>(w->currentPage());
        QTRY_VERIFY(upload->state() == UploadRecord::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(upload->runner()->upload().firstUnacknowledged() >= 1, 10000);
        w->reject(); // Esc, Cancel or the window's close button
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("partial")), qPrintable(asked.first()));
        QVERIFY(w->isVisible()); // "No": the upload goes on
        QCOMPARE(upload->state(), UploadRecord::State::Running);
        answer = true;
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

    void keyboardReachesEveryControl()
    {
        Harness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        w.setFile(makeFile());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        for (int page = 0; page < 5; ++page) {
            QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete() || page >= 3, 30000);
            if (page == 3)
                QTRY_VERIFY_WITH_TIMEOUT(
                    !qobject_cast<ValidationPage *>(w.currentPage())->isRunning(), 30000);
            QSet<QWidget *> wanted;
            for (QWidget *child : w.currentPage()->findChildren<QWidget *>()) {
                if (child->isVisible() && child->isEnabled()
                    && (child->focusPolicy() & Qt::TabFocus) && !child->focusProxy())
                    wanted.insert(child);
            }
            QSet<QWidget *> reached;
            w.currentPage()->setFocus();
            for (int i = 0; i < 4 * (wanted.size() + 6); ++i) {
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w,
                                Qt::Key_Tab);
                for (QWidget *f = QApplication::focusWidget(); f; f = f->parentWidget())
                    reached.insert(f);
            }
            for (QWidget *widget : std::as_const(wanted))
                QVERIFY2(reached.contains(widget),
                         qPrintable(QStringLiteral("page %1: %2 (%3) not reachable by Tab")
                                        .arg(page)
                                        .arg(QString::fromLatin1(widget->metaObject()->className()),
                                             widget->accessibleName())));
            if (page == 3)
                qobject_cast<ValidationPage *>(w.currentPage())->skipInvalidBox()->setChecked(true);
            if (page == 4)
                break; // the Target page: the next step would upload
            w.next();
        }
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
