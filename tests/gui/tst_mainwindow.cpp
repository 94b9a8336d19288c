// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppHarness.h"
#include "Child.h"
#include "MainWindow.h"
#include "MnemonicClashes.h"
#include "SandboxFixture.h"
#include "ScriptedSecretStore.h"
#include "TestFiles.h"
#include "browse/AudienceBrowser.h"
#include "browse/AudienceDetailsPane.h"
#include "browse/AudiencePager.h"
#include "browse/AudienceSearch.h"
#include "browse/AudienceTableModel.h"
#include "browse/AudienceUploadsView.h"
#include "browse/PagingBar.h"
#include "common/ErrorBanner.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "history/UploadHistory.h"
#include "profiles/ProfileSwitcher.h"
#include "sandbox/SandboxHost.h"
#include "settings/AppSettings.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"
#include "upload/ImportSession.h"
#include "wizard/ImportWizard.h"
#include "wizard/TargetPage.h"
#include "wizard/UploadPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

// Drives the real main window offscreen against the sandbox.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    using Harness = AppHarness;

    static QStringList shownNames(MainWindow &window)
    {
        QStringList names;
        const auto *table = child<QTableView>(&window, "audienceTable");
        if (!table)
            return names; // the warning says what is missing; the comparison fails
        QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, AudienceTableModel::Name).data().toString();
        return names;
    }
    static QStringList sandboxNames(SandboxHost &host)
    {
        QStringList names;
        QMetaObject::invokeMethod(
            host.server(), [&] { names = host.server()->audienceNames(); },
            Qt::BlockingQueuedConnection);
        return names;
    }
    // The DELETE requests for `name` the app's sandbox received, read on its thread.
    static int deletesOf(SandboxHost &host, const QString &name)
    {
        int count = 0;
        QMetaObject::invokeMethod(
            host.server(),
            [&] {
                for (const FakeBatchServer::Request &r : host.server()->requests())
                    count += r.method == "DELETE" && r.path.endsWith(QLatin1Char('/') + name);
            },
            Qt::BlockingQueuedConnection);
        return count;
    }
    static bool waitIdle(MainWindow &window)
    {
        const auto *browser = child<AudienceBrowser>(&window, "audienceBrowser");
        return browser && QTest::qWaitFor([&] { return !browser->pager()->isLoading(); }, 10000);
    }

private slots:
    void initTestCase()
    {
        prepareNetworkTest();
        qunsetenv("AUDIENCE_DESK_API_KEY");
        qunsetenv("AUDIENCE_DESK_REST_KEY");
        qunsetenv("AUDIENCE_DESK_BASE_URL");
    }

    void sandboxPagesForwardAndBack()
    {
        Harness h;
        h.appSettings.setPageSize(10);
        MainWindow window(h.context);
        window.show();
        window.start(true);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
        QVERIFY(waitIdle(window));
        const QStringList all = sandboxNames(h.sandbox);
        QCOMPARE(all.size(), 137);
        QCOMPARE(shownNames(window), all.mid(0, 10));
        auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(audienceBrowser);
        QCOMPARE(audienceBrowser->pagingBar()->rangeText(), QStringLiteral("Showing 1–10"));

        auto *next = child<QPushButton>(audienceBrowser->pagingBar(), "nextPageButton");
        QVERIFY(next);
        auto *previous = child<QPushButton>(audienceBrowser->pagingBar(), "previousPageButton");
        QVERIFY(previous);
        QVERIFY(!previous->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(waitIdle(window));
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(waitIdle(window));
        QCOMPARE(shownNames(window), all.mid(20, 10));
        QCOMPARE(audienceBrowser->pagingBar()->rangeText(), QStringLiteral("Showing 21–30"));
        QTest::mouseClick(previous, Qt::LeftButton);
        QVERIFY(waitIdle(window));
        QCOMPARE(shownNames(window), all.mid(10, 10));

        // Page size 100: back to the first page, and remembered.
        audienceBrowser->pager()->setPageSize(100);
        QVERIFY(waitIdle(window));
        QCOMPARE(shownNames(window), all.mid(0, 100));
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(waitIdle(window));
        QCOMPARE(shownNames(window), all.mid(100));
        QVERIFY(!next->isEnabled());
        const QStringList clashes = mnemonicClashes(&window, true);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
    }

    void theFilterSearchesEveryPage()
    {
        Harness h;
        h.appSettings.setPageSize(100);
        MainWindow window(h.context);
        window.show();
        window.start(true);
        QVERIFY(waitIdle(window));
        auto *browser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(browser);
        const QStringList all = sandboxNames(h.sandbox);
        auto *next = child<QPushButton>(browser->pagingBar(), "nextPageButton");
        QVERIFY(next);
        QTest::mouseClick(next, Qt::LeftButton); // 101–137
        QVERIFY(waitIdle(window));
        QCOMPARE(shownNames(window), all.mid(100));
        auto *total = window.statusBar()->findChild<QLabel *>(QStringLiteral("audienceTotal"));
        QVERIFY(total);
        QCOMPARE(total->text(), QStringLiteral("137 audiences")); // the last page says so

        const QString churn = QStringLiteral("churn_risk");
        QStringList expected = all.filter(churn);
        QVERIFY(expected.size() > 3); // on both pages
        QVERIFY(all.indexOf(expected.first()) < 100 && all.indexOf(expected.last()) >= 100);
        auto *audienceFilter = child<QLineEdit>(browser, "audienceFilter");
        QVERIFY(audienceFilter);
        QTest::keyClicks(audienceFilter, churn);
        auto *audienceSearch = child<AudienceSearch>(browser, "audienceSearch");
        QVERIFY(audienceSearch);
        QTRY_VERIFY_WITH_TIMEOUT(audienceSearch->isComplete(), 10000);
        auto *searchProgressAction = child<QAction>(browser, "searchProgressAction");
        QVERIFY(searchProgressAction);
        QVERIFY(!searchProgressAction->isVisible());
        QCOMPARE(browser->matchesText(),
                 QStringLiteral("%1 matches in 137 audiences").arg(expected.size()));
        QVERIFY(!browser->pagingBar()->isVisible());
        QStringList found = shownNames(window);
        QCOMPARE(found.size(), expected.size());

        // Sorting applies to every match, not to a page.
        auto *audienceTable = child<QTableView>(browser, "audienceTable");
        QVERIFY(audienceTable);
        audienceTable->sortByColumn(AudienceTableModel::Name, Qt::AscendingOrder);
        expected.sort();
        QCOMPARE(shownNames(window), expected);
        audienceTable->sortByColumn(AudienceTableModel::Name, Qt::DescendingOrder);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(shownNames(window), expected);

        // A match from the other page can be selected and shown.
        audienceTable->selectRow(expected.size() - 1);
        QCOMPARE(browser->detailsPane()->audienceName(), expected.last());

        // Cleared: the page the user was on, as it was.
        audienceFilter->clear();
        QVERIFY(browser->pagingBar()->isVisible());
        QCOMPARE(browser->pagingBar()->rangeText(), QStringLiteral("Showing 101–137"));
        const QStringList page = shownNames(window);
        QCOMPARE(QSet<QString>(page.cbegin(), page.cend()),
                 QSet<QString>(all.cbegin() + 100, all.cend()));

        // Typing again reuses what was read; a reload during a search reads again, and
        // clearing the filter stops it.
        QTest::keyClicks(audienceFilter, QStringLiteral("vip"));
        QVERIFY(audienceSearch->isComplete());
        QCOMPARE(browser->matchesText(),
                 QStringLiteral("%1 matches in 137 audiences")
                     .arg(all.filter(QStringLiteral("vip")).size()));
        QMetaObject::invokeMethod(
            h.sandbox.server(), [&] { h.sandbox.server()->setResponseDelayMs(200); },
            Qt::BlockingQueuedConnection);
        browser->pager()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(audienceSearch->isLoading(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(audienceSearch->loadedCount() == 100, 5000);
        QVERIFY(audienceSearch->isLoading()); // between two pages too
        QVERIFY(searchProgressAction->isVisible());
        QVERIFY2(searchProgressAction->toolTip().endsWith(QStringLiteral(" % read")),
                 qPrintable(searchProgressAction->toolTip())); // the total is known
        QVERIFY(browser->matchesText().contains(QStringLiteral("so far")));
        audienceFilter->clear();
        QVERIFY(!audienceSearch->isLoading());
        QVERIFY(!searchProgressAction->isVisible());
    }

    void theFilterFindsOneInAThousand()
    {
        Harness h;
        QVERIFY(h.sandbox.start(1000));
        h.appSettings.setPageSize(25);
        MainWindow window(h.context);
        window.show();
        window.start(true);
        QVERIFY(waitIdle(window));
        const QString wanted = sandboxNames(h.sandbox).value(990);
        QElapsedTimer timer;
        timer.start();
        auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(audienceBrowser);
        auto *audienceFilter = child<QLineEdit>(audienceBrowser, "audienceFilter");
        QVERIFY(audienceFilter);
        QTest::keyClicks(audienceFilter, wanted);
        QTRY_VERIFY_WITH_TIMEOUT(shownNames(window).contains(wanted), 10000);
        const qint64 found = timer.elapsed();
        auto *audienceSearch = child<AudienceSearch>(audienceBrowser, "audienceSearch");
        QVERIFY(audienceSearch);
        QTRY_VERIFY_WITH_TIMEOUT(audienceSearch->isComplete(), 10000);
        qInfo("found %s among 1,000 audiences in %lld ms, all read in %lld ms", qPrintable(wanted),
              found, timer.elapsed());
        QVERIFY2(audienceBrowser->matchesText().startsWith(QStringLiteral("1 match"))
                     && audienceBrowser->matchesText().contains(QStringLiteral("1000 audiences")),
                 qPrintable(audienceBrowser->matchesText()));
    }

    void resetSandboxPutsTheSamplesBack()
    {
        Harness h;
        MainWindow window(h.context);
        window.show();
        window.start(true);
        QVERIFY(waitIdle(window));
        auto *resetSandboxAction = child<QAction>(&window, "resetSandboxAction");
        QVERIFY(resetSandboxAction);
        QVERIFY(resetSandboxAction->isEnabled());
        const QStringList samples = sandboxNames(h.sandbox);
        const QString made = QStringLiteral("to_be_reset");
        window.createAudience(made, {});
        QTRY_VERIFY_WITH_TIMEOUT(shownNames(window).contains(made), 10000);

        QSignalSpy resets(&h.sandbox, &SandboxHost::resetFinished);
        const int asked = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        resetSandboxAction->trigger();
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("sample audiences")));
        QTest::qWait(50);
        QVERIFY(sandboxNames(h.sandbox).contains(made)); // declined
        QCOMPARE(resets.count(), 0); // the sandbox was not asked to reset

        MessageBox::setNextAnswer(QMessageBox::Yes);
        resetSandboxAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(sandboxNames(h.sandbox), samples, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!shownNames(window).contains(made), 10000);
        QCOMPARE(resets.count(), 1); // only the accepted one: the declined one never reached it
    }

    void detailsCreateAndDelete()
    {
        Harness h;
        MainWindow window(h.context);
        window.show();
        window.start(true);
        QVERIFY(waitIdle(window));
        auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(audienceBrowser);
        auto *audienceTable = child<QTableView>(audienceBrowser, "audienceTable");
        QVERIFY(audienceTable);
        audienceTable->selectRow(0);
        QTRY_VERIFY(audienceBrowser->detailsPane()->indexingStateText().startsWith(
            QStringLiteral("Applied")));

        window.createAudience(QStringLiteral("gui_created"), QStringLiteral("from the test"));
        QTRY_VERIFY_WITH_TIMEOUT(sandboxNames(h.sandbox).contains(QStringLiteral("gui_created")),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(window).value(0), QStringLiteral("gui_created"),
                                  10000);
        QTRY_COMPARE(audienceBrowser->selectedAudience()->name, QStringLiteral("gui_created"));

        const int asked = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        window.deleteAudience(QStringLiteral("gui_created"), 0);
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("gui_created")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("0 IDs")));
        QTest::qWait(50);
        QVERIFY(sandboxNames(h.sandbox).contains(QStringLiteral("gui_created"))); // declined
        QCOMPARE(deletesOf(h.sandbox, QStringLiteral("gui_created")), 0); // nothing was sent

        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.deleteAudience(QStringLiteral("gui_created"), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!sandboxNames(h.sandbox).contains(QStringLiteral("gui_created")),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!shownNames(window).contains(QStringLiteral("gui_created")),
                                 10000);
        // Exactly one DELETE, the accepted one's: a declined one sent late would show here.
        QCOMPARE(deletesOf(h.sandbox, QStringLiteral("gui_created")), 1);
    }

    void environmentProfileSendsTheSpecRequests()
    {
        SandboxFixture remote; // stands for "another server"
        QVERIFY(remote.start(3));
        qputenv("AUDIENCE_DESK_API_KEY", FakeBatchServer::sandboxApiKey.toUtf8());
        qputenv("AUDIENCE_DESK_REST_KEY", FakeBatchServer::sandboxRestKey.toUtf8());
        qputenv("AUDIENCE_DESK_BASE_URL", remote.server.baseUrl().toString().toUtf8());
        Harness h;
        h.appSettings.setPageSize(25);
        MainWindow window(h.context);
        window.start(false);
        qunsetenv("AUDIENCE_DESK_API_KEY");
        qunsetenv("AUDIENCE_DESK_REST_KEY");
        qunsetenv("AUDIENCE_DESK_BASE_URL");
        QCOMPARE(window.currentProfile().displayName, QStringLiteral("Environment"));
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(window).size(), 3, 10000);
        const auto requests = remote.server.requests();
        QVERIFY(!requests.isEmpty());
        const auto &list = requests.first();
        QCOMPARE(list.method, QByteArray("GET"));
        QCOMPARE(list.path,
                 QStringLiteral("/1.1/%1/custom-audience").arg(FakeBatchServer::sandboxApiKey));
        QCOMPARE(list.query, QStringLiteral("from=0&limit=25"));
        QCOMPARE(list.headers.value("x-authorization"), FakeBatchServer::sandboxRestKey.toUtf8());
        QCOMPARE(list.headers.value("content-type"), QByteArray("application/json"));
    }

    void aLockedKeyringIsWaitedForAtStartUp()
    {
        // GNOME's "Unlock Keyring" prompt is up while the window starts: it waits, says so,
        // and uses the key when it comes; a window closed first receives nothing.
        SandboxFixture remote;
        QVERIFY(remote.start(3));
        Harness h;
        ScriptedSecretStore keyring;
        keyring.mode = ScriptedSecretStore::Mode::Never;
        keyring.setWaitingAfterMs(50);
        h.context.secrets = &keyring;
        Profile saved = remote.profile(QStringLiteral("Shop"));
        saved.restKeyInSettings = false;
        keyring.secrets.insert(QStringLiteral("shop"), saved.restKey);
        saved.id = QStringLiteral("shop");
        saved.restKey.clear();
        h.profiles.save(saved);
        h.profiles.setCurrentProfileId(saved.id);
        {
            MainWindow window(h.context);
            window.show();
            window.start(false);
            auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
            QVERIFY(audienceBrowser);
            QTRY_VERIFY(audienceBrowser->banner()->isVisible());
            QVERIFY2(audienceBrowser->banner()->text().contains(
                         QStringLiteral("Waiting for the system keychain")),
                     qPrintable(audienceBrowser->banner()->text()));
            QTest::qWait(200);
            QVERIFY(!audienceBrowser->banner()->text().contains(QStringLiteral("did not answer")));
            keyring.answerPending(); // the password was typed
            QTRY_COMPARE_WITH_TIMEOUT(shownNames(window).size(), 3, 10000);
            QVERIFY(!audienceBrowser->banner()->isVisible());
            QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Connected")));
        }
        {
            auto window = std::make_unique<MainWindow>(h.context);
            window->start(false);
            QTRY_COMPARE(keyring.pendingCount(), 1);
            window.reset(); // closed while the prompt is up
            keyring.answerPending(); // used to crash: the answer reached a freed window
            QTest::qWait(50);
        }
    }

    void theSandboxStaysOneClickAway()
    {
        SandboxFixture remote;
        QVERIFY(remote.start(3));
        Harness h;
        h.profiles.save(remote.profile(QStringLiteral("Shop")));
        MainWindow window(h.context);
        window.show();
        window.start(false);
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(window).size(), 3, 10000);
        auto *profileSwitcher = child<ProfileSwitcher>(&window, "profileSwitcher");
        QVERIFY(profileSwitcher);
        auto *combo = child<QComboBox>(profileSwitcher, "profileCombo");
        QVERIFY(combo);
        int sandboxRow = -1;
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemText(i).contains(QStringLiteral("Sandbox")))
                sandboxRow = i;
        QVERIFY2(sandboxRow >= 0, "no Sandbox entry once a profile exists");
        combo->setCurrentIndex(sandboxRow);
        emit combo->activated(sandboxRow);
        QTRY_COMPARE(window.currentProfile().id, QStringLiteral("sandbox"));
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(window).size(), 25, 10000);
    }

    void theStatusBarNeverClaimsAConnectionThatFailed()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        Harness h;
        Profile nowhere;
        nowhere.id = QStringLiteral("nowhere");
        nowhere.displayName = QStringLiteral("Nowhere");
        nowhere.apiKey = QStringLiteral("KEY");
        nowhere.restKey = QStringLiteral("rest");
        nowhere.restKeyInSettings = true;
        nowhere.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        h.profiles.save(nowhere);
        MainWindow window(h.context);
        window.show();
        window.start(false);
        auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(audienceBrowser);
        QTRY_VERIFY_WITH_TIMEOUT(audienceBrowser->banner()->isVisible(), 20000);
        QVERIFY2(audienceBrowser->banner()->text().contains(
                     QStringLiteral("127.0.0.1:%1 refused the connection").arg(port)),
                 qPrintable(audienceBrowser->banner()->text()));
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("Connected")));
    }

    void firstStartOffersTheSandbox()
    {
        Harness h;
        MainWindow window(h.context);
        window.show();
        QString offered;
        QTimer::singleShot(200, [&offered] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            const auto buttons = dialog->findChildren<QCommandLinkButton *>();
            for (QCommandLinkButton *b : buttons)
                offered += b->text() + QLatin1Char('|');
            for (QCommandLinkButton *b : buttons) {
                if (b->text() == QStringLiteral("Try with sample data"))
                    b->click();
            }
        });
        window.start(false); // no profile saved: the welcome dialog
        QCOMPARE(offered, QStringLiteral("Try with sample data|Add my Batch keys|"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(window).size(), 25, 10000);
    }

    void offersToResumeAnInterruptedUpload()
    {
        Harness h;
        UploadHistory history(h.dir.filePath(QStringLiteral("history.sqlite")));
        UploadRecord interrupted;
        interrupted.profileId = QStringLiteral("sandbox");
        interrupted.audience = QStringLiteral("vip_fr");
        interrupted.fileName = QStringLiteral("segment.csv");
        interrupted.state = UploadRecord::State::Partial;
        QVERIFY(history.create(interrupted) > 0);
        h.context.history = &history;
        MainWindow window(h.context);
        window.show();
        window.start(true);
        QVERIFY(waitIdle(window));
        auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(audienceBrowser);
        QTRY_VERIFY(audienceBrowser->banner()->isVisible());
        QVERIFY(audienceBrowser->banner()->text().contains(
            QStringLiteral("segment.csv into vip_fr did not finish")));
        // One click from the notice to the wizard, resuming that upload.
        auto *resume = child<QPushButton>(audienceBrowser->banner(), "bannerActionButton");
        QVERIFY(resume);
        QVERIFY(resume->isVisible());
        QTest::mouseClick(resume, Qt::LeftButton);
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->resumed().has_value());
        QCOMPARE(wizard->currentId(), int(ImportWizard::UploadPageId));
        QCOMPARE(wizard->audience(), QStringLiteral("vip_fr"));
        QVERIFY(!audienceBrowser->banner()->isVisible());
        wizard->close();
    }

    void showAudienceSwitchesToTheWizardsProfile()
    {
        // The wizard may upload with another profile than the window's: "Show audience"
        // switches the window to it and selects the audience there.
        Harness h;
        SandboxFixture other;
        QVERIFY(other.start(12));
        h.profiles.save(other.profile(QStringLiteral("Other app")));
        const QString otherId = h.profiles.profiles().first().id;
        MainWindow window(h.context);
        window.show();
        window.start(true);
        QVERIFY(waitIdle(window));
        QCOMPARE(window.currentProfile().id, QStringLiteral("sandbox"));
        ImportWizard *wizard = window.openImportWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->context().profiles.size(), 2); // sandbox and the saved one
        const QString wanted = other.server.audienceNames().at(5);
        emit wizard->showAudienceRequested(otherId, wanted);
        QTRY_COMPARE(window.currentProfile().id, otherId);
        QVERIFY(waitIdle(window));
        QCOMPARE(shownNames(window), other.server.audienceNames());
        auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(audienceBrowser);
        QTRY_VERIFY(audienceBrowser->selectedAudience()
                    && audienceBrowser->selectedAudience()->name == wanted);
        wizard->close();
    }

    void openPlanOpensTheWizardOnThePlanOrSaysWhyNot()
    {
        Harness h;
        MainWindow window(h.context);
        window.show();
        window.start(true);
        QVERIFY(waitIdle(window));
        QTemporaryDir dir;
        writeTestFile(dir.filePath(QStringLiteral("ids.csv")), "install_id\na\n");
        const QString good = writeTestFile(
            dir.filePath(QStringLiteral("good.plan.json")),
            R"({"audience_desk_plan": 1, "source": {"file": "ids.csv"}, "audience": "planned"})");
        auto *open = window.findChild<QAction *>(QStringLiteral("openPlanAction"));
        QVERIFY(open && open->isEnabled());
        FileDialog::setNextPath(good);
        open->trigger();
        ImportWizard *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->openedPlan());
        QCOMPARE(wizard->audience(), QStringLiteral("planned"));
        wizard->close();
        QTRY_VERIFY(!window.findChild<ImportWizard *>());
        // A plan that cannot be trusted opens nothing and says which key is wrong.
        const QString bad = writeTestFile(dir.filePath(QStringLiteral("bad.plan.json")),
                                          R"({"audience_desk_plan": 1, "colour": "blue"})");
        QVERIFY(!window.openImportWizard(bad)); // as a drop or the command line opens it
        QVERIFY(!window.findChild<ImportWizard *>());
        auto *browser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(browser);
        QVERIFY2(browser->banner()->text().contains(QStringLiteral("colour")),
                 qPrintable(browser->banner()->text()));
    }

    void closingTheWindowWaitsForAnUploadToStop()
    {
        Harness h;
        MainWindow window(h.context);
        window.show();
        window.start(true);
        QVERIFY(waitIdle(window));
        QMetaObject::invokeMethod(
            h.sandbox.server(), [&] { h.sandbox.server()->setResponseDelayMs(300); },
            Qt::BlockingQueuedConnection);
        const QString csv = h.dir.filePath(QStringLiteral("closing.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("install_id\n");
            for (int i = 0; i < 25000; ++i)
                f.write(QByteArray("id-") + QByteArray::number(i) + '\n');
        }
        ImportWizard *wizard = window.openImportWizard(csv, QStringLiteral("closing_test"));
        QVERIFY(wizard);
        const int asked = MessageBox::count();
        while (!qobject_cast<TargetPage *>(wizard->currentPage())) {
            QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 30000);
            const int before = wizard->currentId();
            wizard->next(); // the File page may wait for the check, then go on by itself
            QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() != before, 30000);
        }
        auto *target = qobject_cast<TargetPage *>(wizard->currentPage());
        auto *confirmBox = child<QCheckBox>(target, "confirmBox");
        QVERIFY(confirmBox);
        QTRY_VERIFY(target->isComplete() || confirmBox->isVisible());
        confirmBox->setChecked(true);
        QVERIFY(target->isComplete());
        wizard->next();
        auto *upload = qobject_cast<UploadPage *>(wizard->currentPage());
        QTRY_VERIFY(upload && upload->state() == UploadRecord::State::Running);
        QTRY_VERIFY(wizard->session()->isSending()); // before that, nothing to lose: no question

        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!window.close()); // the wizard asks; "No" keeps both open
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY(window.isVisible());
        QVERIFY(wizard->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QPointer<ImportWizard> guard(wizard);
        window.close();
        QCOMPARE(MessageBox::count(), asked + 2);
        QTRY_VERIFY(!guard); // stopped, recorded, closed (and deleted)
        QTRY_VERIFY(!window.isVisible()); // then the window closes itself
    }

    void liveProfileIsMarked()
    {
        Harness h;
        Profile live;
        live.displayName = QStringLiteral("Shop iOS");
        live.apiKey = QStringLiteral("LIVEKEY123");
        live.keyKind = ApiKeyKind::Live;
        live.restKey = QStringLiteral("not-a-real-key");
        live.restKeyInSettings = true;
        live.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens
        h.profiles.save(live);
        MainWindow window(h.context);
        window.show();
        window.start(false);
        auto *profileSwitcher = child<ProfileSwitcher>(&window, "profileSwitcher");
        QVERIFY(profileSwitcher);
        QVERIFY(profileSwitcher->isLiveBadgeVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("LIVE")));
        QVERIFY(waitIdle(window));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
