// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppHarness.h"
#include "Child.h"
#include "MainWindow.h"
#include "WizardTestSupport.h"
#include "profiles/FirstRunDialog.h"
#include "wizard/DecisionSummary.h"
#include "wizard/FilePage.h"
#include "wizard/ResultPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

// A clean file from an empty home folder to an applied audience in a handful of keystrokes,
// counted as the user makes them; a file that needs a look still walks every page.
class TestWizardFastPath : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_actions = 0;

    // One user action: a key, or a string typed, into whatever has the focus.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_actions;
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget()
                                                     : QApplication::activeWindow();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(key), modifiers);
    }
    void type(const QString &text)
    {
        ++m_actions;
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClicks(focus, text);
    }
    // The welcome (first run, empty home folder): Enter takes the sandbox.
    void welcomeThenStart(MainWindow &window)
    {
        bool pressed = false;
        QTimer poll; // until the dialog runs its own event loop
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<FirstRunDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isActiveWindow())
                return;
            poll.stop();
            ++m_actions;
            QWidget *focus = QApplication::focusWidget();
            QTest::keyClick(focus ? focus : dialog, Qt::Key_Return);
            pressed = true;
        });
        poll.start();
        QTimer::singleShot(20000, &poll, [] { // never hang in exec()
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        window.start(false);
        QVERIFY(pressed);
    }
    static qsizetype membersOf(SandboxHost &host, const QString &audience)
    {
        qsizetype n = -1;
        QMetaObject::invokeMethod(
            host.server(),
            [&] {
                if (const auto a = host.server()->audience(audience))
                    n = a->members.size();
            },
            Qt::BlockingQueuedConnection);
        return n;
    }
    // The name typed, Enter: uploaded, then followed to Applied on the Result page.
    void nameThenUpload(ImportWizard *wizard, const QString &name)
    {
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::TargetPageId), 30000);
        auto *target = qobject_cast<TargetPage *>(wizard->currentPage());
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        QTRY_VERIFY(audienceBox->hasFocus()); // typing goes to its line edit
        type(name);
        press(Qt::Key_Return);
        TO_RESULT(*wizard);
        auto *result = qobject_cast<ResultPage *>(wizard->currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), IndexingState::Applied, 30000);
    }
    static QList<QByteArray> bodiesInto(const FakeBatchServer &server, const QString &audience)
    {
        QList<QByteArray> bodies;
        for (const auto &r : server.requests()) {
            if ((r.method == "PUT" || r.method == "PATCH") && r.path.endsWith(u'/' + audience))
                bodies << r.body;
        }
        return bodies;
    }

private slots:
    void initTestCase()
    {
        prepareNetworkTest();
        QVERIFY(m_dir.isValid());
    }
    void init() { m_actions = 0; }

    void fromAnEmptyHomeToAppliedInSixActions()
    {
        AppHarness h;
        MainWindow window(h.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        welcomeThenStart(window); // 1
        QTRY_VERIFY(h.sandbox.isRunning());
        window.activateWindow(); // the desktop does it once the welcome closes
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString csv = cleanFile(m_dir.path(), 500);
        press(Qt::Key_I, Qt::ControlModifier); // 2
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        auto *file = qobject_cast<FilePage *>(wizard->currentPage());
        auto *pathEdit = child<QLineEdit>(file, "pathEdit");
        QVERIFY(pathEdit);
        QTRY_COMPARE(QApplication::focusWidget(), pathEdit);
        type(csv); // 3
        press(Qt::Key_Return); // 4: goes on once every row is checked, to the Target page
        nameThenUpload(wizard, QStringLiteral("first_minute")); // 5, 6
        QCOMPARE(m_actions, 6);
        QCOMPARE(membersOf(h.sandbox, QStringLiteral("first_minute")), 500);
        QCOMPARE(QList<int>(wizard->visitedIds().cbegin(), wizard->visitedIds().cend()),
                 (QList<int> {ImportWizard::FilePageId, ImportWizard::TargetPageId,
                              ImportWizard::UploadPageId, ImportWizard::ResultPageId}));
    }

    void openedOnTheFileInFourActions()
    {
        AppHarness h;
        MainWindow window(h.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        welcomeThenStart(window); // 1
        // `audience-desk file.csv`: main() opens the wizard on it after the welcome.
        ImportWizard *wizard = window.openImportWizard(cleanFile(m_dir.path(), 500));
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        press(Qt::Key_Return); // 2
        nameThenUpload(wizard, QStringLiteral("opened_on_file")); // 3, 4
        QCOMPARE(m_actions, 4);
        QCOMPARE(membersOf(h.sandbox, QStringLiteral("opened_on_file")), 500);
    }

    // Rejected rows: every page is walked, and the Validation page stops and says why.
    void aFileWithRejectedRowsStopsOnValidation()
    {
        WizardHarness h(m_dir.path());
        h.settings.remove(QStringLiteral("import/reviewEachStep"));
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        w.setFile(segmentFile(m_dir.path()));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *file = qobject_cast<FilePage *>(w.currentPage());
        auto *fileStatusLabel = child<QLabel>(file, "fileStatusLabel");
        QVERIFY(fileStatusLabel);
        QTRY_VERIFY_WITH_TIMEOUT(fileStatusLabel->text().contains(QStringLiteral("5 rows are "
                                                                                 "rejected")),
                                 30000);
        for (int page :
             {ImportWizard::FilePageId, ImportWizard::FormatPageId, ImportWizard::MappingPageId}) {
            QCOMPARE(w.currentId(), page);
            QTRY_VERIFY_WITH_TIMEOUT(forwardEnabled(w), 30000);
            press(Qt::Key_Return);
        }
        QCOMPARE(w.currentId(), int(ImportWizard::ValidationPageId));
        auto *validation = qobject_cast<ValidationPage *>(w.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isRunning(), 30000);
        auto *stepNotice = child<QLabel>(validation, "stepNotice");
        QVERIFY(stepNotice);
        QVERIFY(!forwardEnabled(w)); // skip the 5 rows, or go back
        QVERIFY(stepNotice->isVisible());
        QVERIFY(stepNotice->text().contains(QStringLiteral("5 rows are rejected")));
        press(Qt::Key_Return);
        QCOMPARE(w.currentId(), int(ImportWizard::ValidationPageId));
    }

    void aLiveProfileStillAsksForTheTick()
    {
        WizardHarness h(m_dir.path());
        h.settings.remove(QStringLiteral("import/reviewEachStep"));
        QVERIFY(h.sandbox.start());
        ImportWizard::Context context = h.context();
        context.profile.keyKind = ApiKeyKind::Live;
        ImportWizard w(context);
        w.setFile(cleanFile(m_dir.path(), 500));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(ImportWizard::TargetPageId), 30000);
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        QTRY_VERIFY(audienceBox->hasFocus()); // typing goes to its line edit
        type(QStringLiteral("live_new"));
        auto *confirmBox = child<QCheckBox>(target, "confirmBox");
        QVERIFY(confirmBox);
        QTRY_VERIFY(confirmBox->isVisible()); // any change on a Live profile
        QAbstractButton *upload = w.button(QWizard::CommitButton);
        QVERIFY(!upload->isEnabled());
        QVERIFY2(upload->toolTip().startsWith(QStringLiteral("Tick")),
                 qPrintable(upload->toolTip()));
        press(Qt::Key_Return); // moves to the tick, sends nothing
        QCOMPARE(w.currentId(), int(ImportWizard::TargetPageId));
        QCOMPARE(QApplication::focusWidget(), confirmBox);
        press(Qt::Key_Space);
        QVERIFY(upload->isEnabled());
        QVERIFY(upload->toolTip().isEmpty());
        press(Qt::Key_Return);
        TO_RESULT(w);
        QCOMPARE(h.sandbox.server.audience(QStringLiteral("live_new"))->members.size(), 500);
    }

    // Through every page or straight to the Target page: the same requests, byte for byte.
    void bothPathsSendTheSameBytes()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        const QString csv = cleanFile(m_dir.path(), 12000); // two requests
        for (const bool everyStep : {false, true}) {
            h.settings.setValue(QStringLiteral("import/reviewEachStep"), everyStep);
            ImportWizard w(h.context());
            w.setFile(csv);
            w.show();
            QVERIFY(QTest::qWaitForWindowActive(&w));
            while (w.currentId() != ImportWizard::TargetPageId) {
                QTRY_VERIFY_WITH_TIMEOUT(forwardEnabled(w), 30000);
                const int before = w.currentId();
                w.next();
                QTRY_VERIFY_WITH_TIMEOUT(w.currentId() != before, 30000);
            }
            QCOMPARE(w.visitedIds().size(), everyStep ? 5 : 2);
            auto *target = qobject_cast<TargetPage *>(w.currentPage());
            auto *audienceBox = child<QComboBox>(target, "audienceBox");
            QVERIFY(audienceBox);
            audienceBox->setEditText(everyStep ? QStringLiteral("walked") : QStringLiteral("fast"));
            QTRY_VERIFY(target->isComplete());
            w.next();
            TO_RESULT(w);
        }
        const QList<QByteArray> fast = bodiesInto(h.sandbox.server, QStringLiteral("fast"));
        QCOMPARE(fast.size(), 2);
        QCOMPARE(bodiesInto(h.sandbox.server, QStringLiteral("walked")), fast);
    }

    void theSummaryLinksBackToItsPage()
    {
        WizardHarness h(m_dir.path());
        h.settings.remove(QStringLiteral("import/reviewEachStep"));
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        w.setFile(cleanFile(m_dir.path(), 500));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(ImportWizard::TargetPageId), 30000);
        auto *summary = child<DecisionSummary>(w.currentPage(), "decisionSummary");
        QVERIFY(summary);
        auto *formatLine = child<QLabel>(summary, "formatLine");
        QVERIFY(formatLine);
        QVERIFY(formatLine->text().contains(QStringLiteral("UTF-8, comma, header row")));
        auto *mappingLine = child<QLabel>(summary, "mappingLine");
        QVERIFY(mappingLine);
        QVERIFY(mappingLine->text().contains(QStringLiteral("2 attributes")));
        auto *checkLine = child<QLabel>(summary, "checkLine");
        QVERIFY(checkLine);
        QVERIFY(checkLine->text().contains(QStringLiteral("500 rows checked, 0 rejected")));
        emit mappingLine->linkActivated(QStringLiteral("step"));
        QTRY_COMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        // Walked from there on, with the mapping as decided.
        NEXT(w);
        QCOMPARE(w.currentId(), int(ImportWizard::ValidationPageId));
        auto *validation = qobject_cast<ValidationPage *>(w.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isRunning(), 30000);
        auto *noProblemLabel = child<QLabel>(validation, "noProblemLabel");
        QVERIFY(noProblemLabel);
        QVERIFY(noProblemLabel->isVisible());
        auto *problemsView = child<QTableView>(validation, "problemsView");
        QVERIFY(problemsView);
        QVERIFY(!problemsView->isVisible());
        NEXT(w);
        QCOMPARE(w.currentId(), int(ImportWizard::TargetPageId));
    }

    void theFilePageKnowsABadFile()
    {
        WizardHarness h(m_dir.path());
        h.settings.remove(QStringLiteral("import/reviewEachStep"));
        ImportWizard w(h.context());
        w.show();
        auto *page = qobject_cast<FilePage *>(w.currentPage());
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(m_dir.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
            return f.fileName();
        };
        // The 11-byte text file: said, before Next.
        page->setPath(write(QStringLiteral("hello.txt"), "hello world"));
        auto *fileStatusLabel = child<QLabel>(page, "fileStatusLabel");
        QVERIFY(fileStatusLabel);
        QTRY_VERIFY(fileStatusLabel->text().contains(QStringLiteral("nothing to send")));
        // Empty, and not text: said, and no Next.
        page->setPath(write(QStringLiteral("empty.csv"), {}));
        auto *infoLabel = child<QLabel>(page, "infoLabel");
        QVERIFY(infoLabel);
        QTRY_COMPARE(infoLabel->text(), QStringLiteral("The file is empty."));
        QVERIFY(!forwardEnabled(w));
        page->setPath(write(QStringLiteral("photo.csv"),
                            QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0')));
        QTRY_VERIFY(infoLabel->text().contains(QStringLiteral("PNG")));
        QVERIFY(!forwardEnabled(w));
        // No ID column by that name: said here.
        page->setPath(write(QStringLiteral("emails.csv"), "email,age\na@b.c,3\nd@e.f,4\n"));
        QTRY_VERIFY(fileStatusLabel->text().contains(QStringLiteral("install ID")));
        QVERIFY(forwardEnabled(w)); // the Mapping page lets the user choose it
        // The row count is exact once the whole file is checked.
        page->setPath(cleanFile(m_dir.path(), 500));
        QTRY_VERIFY_WITH_TIMEOUT(infoLabel->text().contains(QStringLiteral(" 500 rows,")), 30000);
        QVERIFY(!infoLabel->text().contains(QStringLiteral("about")));
    }

    void browseOpensWhereTheUserWorks()
    {
        WizardHarness h(m_dir.path());
        ImportWizard w(h.context());
        auto *page = qobject_cast<FilePage *>(w.page(ImportWizard::FilePageId));
        h.settings.remove(QStringLiteral("import/lastFolder")); // none used yet
        QCOMPARE(page->browseFolder(),
                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        h.settings.setValue(QStringLiteral("import/lastFolder"), m_dir.path());
        QCOMPARE(page->browseFolder(), m_dir.path());
    }

    void theFirstDownPicksTheFirstName()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start(3));
        ImportWizard w(h.context());
        driveToTarget(w, segmentFile(m_dir.path()));
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        QTRY_COMPARE(audienceBox->count(), 3);
        QTRY_VERIFY(audienceBox->hasFocus()); // typing goes to its line edit
        QVERIFY(audienceBox->currentText().isEmpty());
        QTest::keyClick(audienceBox, Qt::Key_Down);
        QCOMPARE(audienceBox->currentText(), audienceBox->itemText(0));
    }
};

QTEST_MAIN(TestWizardFastPath)
#include "tst_wizardfastpath.moc"
