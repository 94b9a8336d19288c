// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppHarness.h"
#include "Child.h"
#include "MainWindow.h"
#include "MnemonicClashes.h"
#include "WizardTestSupport.h"
#include "browse/AudienceBrowser.h"
#include "browse/AudiencePager.h"
#include "browse/AudienceTableModel.h"
#include "import/PastedTable.h"
#include "sandbox/FakeBatchServer.h"
#include "wizard/FilePage.h"
#include "wizard/UploadPage.h"

#include <QAction>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

// Paste IDs: a column copied from a spreadsheet goes through the wizard's checks and into
// an audience without a file saved first, from the File page's button or Ctrl+V in the
// main window (which leaves Ctrl+V to a text field that has the focus).
class TestPasteIds : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // What a spreadsheet puts on the clipboard for one column: `count` IDs, some numeric
    // with leading zeros, CRLF line ends, a trailing blank line.
    static QStringList pastedIds(int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids << (i % 3 ? u"0a1b-%1"_s.arg(i) : u"%1"_s.arg(i, 6, 10, QLatin1Char('0')));
        return ids;
    }
    static QString clipboardText(const QStringList &ids)
    {
        return ids.join(u"\r\n"_s) + u"\r\n\r\n"_s;
    }

    // From the File page (IDs pasted) to the end of the upload into `audience`.
    static void driveFromPastedToUploaded(ImportWizard &w, const QString &audience)
    {
        auto *file = qobject_cast<FilePage *>(w.currentPage());
        QVERIFY(file);
        QTRY_VERIFY_WITH_TIMEOUT(!file->pastedPath().isEmpty(), 30000);
        while (!qobject_cast<TargetPage *>(w.currentPage())) {
            QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 30000);
            const int before = w.currentId();
            w.next(); // the File page may wait for the check, then go on by itself
            QTRY_VERIFY_WITH_TIMEOUT(w.currentId() != before, 30000);
        }
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        if (!audience.isEmpty())
            audienceBox->setEditText(audience);
        confirmIfAsked(target);
        NEXT(w);
        auto *upload = qobject_cast<UploadPage *>(w.page(ImportWizard::UploadPageId));
        QVERIFY(upload);
        QTRY_COMPARE_WITH_TIMEOUT(upload->state(), UploadRecord::State::Completed, 30000);
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void thePasteButtonFollowsTheClipboard()
    {
        WizardHarness h(m_dir.path());
        ImportWizard w(h.context());
        w.show();
        auto *file = qobject_cast<FilePage *>(w.currentPage());
        QVERIFY(file);
        QGuiApplication::clipboard()->clear();
        auto *pasteButton = child<QPushButton>(file, "pasteButton");
        QVERIFY(pasteButton);
        QVERIFY(!pasteButton->isEnabled());
        QGuiApplication::clipboard()->setText(u"abc"_s);
        QVERIFY(pasteButton->isEnabled());
        QCOMPARE(pasteButton->text(), u"Paste &IDs"_s);
        QVERIFY2(mnemonicClashes(&w).isEmpty(), qPrintable(mnemonicClashes(&w).join(u'\n')));

        // Blank: said so, no file, no way on.
        QGuiApplication::clipboard()->setText(u" \r\n\t\r\n"_s);
        QTest::mouseClick(pasteButton, Qt::LeftButton);
        auto *infoLabel = child<QLabel>(file, "infoLabel");
        QVERIFY(infoLabel);
        QTRY_VERIFY2(infoLabel->text().startsWith(u"The clipboard holds no IDs"_s),
                     qPrintable(infoLabel->text()));
        QVERIFY(!file->isComplete());
        QVERIFY(file->pastedPath().isEmpty());
    }

    void pastedIdsAreUploadedAsTheyWere()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start(3));
        ImportWizard w(h.context());
        w.show();
        auto *file = qobject_cast<FilePage *>(w.currentPage());
        const QStringList ids = pastedIds(500);
        QGuiApplication::clipboard()->setText(clipboardText(ids));
        auto *pasteButton = child<QPushButton>(file, "pasteButton");
        QVERIFY(pasteButton);
        QTest::mouseClick(pasteButton, Qt::LeftButton);
        QTRY_VERIFY(file->isComplete());
        // Shown as pasted, not as a path the user never chose.
        auto *pathEdit = child<QLineEdit>(file, "pathEdit");
        QVERIFY(pathEdit);
        QVERIFY(pathEdit->text().isEmpty());
        auto *infoLabel = child<QLabel>(file, "infoLabel");
        QVERIFY(infoLabel);
        QCOMPARE(infoLabel->text(), u"Pasted from the clipboard: 500 IDs in one column."_s);
        QVERIFY(PastedTable::isPasted(file->pastedPath()));
        driveFromPastedToUploaded(w, u"pasted_ids"_s);
        QCOMPARE(QFileInfo(w.csvPath()).fileName(), QFileInfo(file->pastedPath()).fileName());

        const auto held = h.sandbox.server.audience(u"pasted_ids"_s);
        QVERIFY(held);
        QStringList members = held->members.keys();
        QStringList want = ids;
        members.sort();
        want.sort();
        QCOMPARE(members, want); // exactly the pasted IDs, zeros kept, no header among them
        QVERIFY(members.contains(u"000003"_s));
        // The upload history names the pasted file, which stays for a resume.
        QCOMPARE(h.history.uploads().first().filePath, w.csvPath());
        QVERIFY(QFileInfo::exists(w.csvPath()));
    }

    void aPathAfterAPasteWins()
    {
        WizardHarness h(m_dir.path());
        ImportWizard w(h.context());
        w.show();
        auto *file = qobject_cast<FilePage *>(w.currentPage());
        QGuiApplication::clipboard()->setText(u"install_id\tage\nx1\t30\nx2\t40\n"_s);
        auto *pasteButton = child<QPushButton>(file, "pasteButton");
        QVERIFY(pasteButton);
        QTest::mouseClick(pasteButton, Qt::LeftButton);
        QTRY_VERIFY(file->isComplete());
        auto *infoLabel = child<QLabel>(file, "infoLabel");
        QVERIFY(infoLabel);
        QCOMPARE(infoLabel->text(),
                 u"Pasted from the clipboard: 2 rows of 2 columns, with the column names %1."_s.arg(
                     QLocale().createSeparatedList({u"install_id"_s, u"age"_s})));
        const QString csv = cleanFile(m_dir.path(), 20);
        auto *pathEdit = child<QLineEdit>(file, "pathEdit");
        QVERIFY(pathEdit);
        QTest::keyClicks(pathEdit, csv);
        QVERIFY(file->pastedPath().isEmpty());
        QTRY_VERIFY(file->isComplete());
        NEXT(w);
        QCOMPARE(w.csvPath(), csv);
    }

    // The path field has the focus when the wizard opens: Ctrl+V there of a column (several
    // lines, which no path holds) pastes IDs; of one line, a path as before.
    void ctrlVInThePathFieldPastesAColumnAsIds()
    {
        WizardHarness h(m_dir.path());
        ImportWizard w(h.context());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *file = qobject_cast<FilePage *>(w.currentPage());
        auto *pathEdit = child<QLineEdit>(file, "pathEdit");
        QVERIFY(pathEdit);
        pathEdit->setFocus();
        const QString csv = cleanFile(m_dir.path(), 20);
        QGuiApplication::clipboard()->setText(csv);
        QTest::keyClick(pathEdit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(pathEdit->text(), csv);
        QTRY_VERIFY(file->isComplete());
        QVERIFY(file->pastedPath().isEmpty());

        pathEdit->selectAll();
        QGuiApplication::clipboard()->setText(u"id1\nid2\nid3\n"_s);
        QTest::keyClick(pathEdit, Qt::Key_V, Qt::ControlModifier);
        QTRY_VERIFY(!file->pastedPath().isEmpty());
        QVERIFY(pathEdit->text().isEmpty());
        auto *infoLabel = child<QLabel>(file, "infoLabel");
        QVERIFY(infoLabel);
        QCOMPARE(infoLabel->text(), u"Pasted from the clipboard: 3 IDs in one column."_s);
        NEXT(w);
        QCOMPARE(w.csvPath(), file->pastedPath());
    }

    void ctrlVInTheMainWindowPastesIntoTheSelectedAudience()
    {
        AppHarness h;
        UploadHistory history(h.dir.filePath(u"history.sqlite"_s));
        h.context.history = &history;
        MainWindow window(h.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.start(true);
        auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(audienceBrowser);
        auto *audienceTable = child<QTableView>(audienceBrowser, "audienceTable");
        QVERIFY(audienceTable);
        QTRY_VERIFY_WITH_TIMEOUT(!audienceBrowser->pager()->isLoading()
                                     && audienceTable->model()->rowCount() > 0,
                                 10000);
        QTableView *table = audienceTable;
        table->setFocus();
        table->selectRow(1);
        const QString audience
            = table->model()->index(1, AudienceTableModel::Name).data().toString();
        QVERIFY(audienceBrowser->selectedAudience());
        QCOMPARE(audienceBrowser->selectedAudience()->name, audience);

        const QStringList ids = pastedIds(120);
        QGuiApplication::clipboard()->setText(clipboardText(ids));
        auto *pasteIdsAction = child<QAction>(&window, "pasteIdsAction");
        QVERIFY(pasteIdsAction);
        QVERIFY(pasteIdsAction->isEnabled());
        QCOMPARE(pasteIdsAction->shortcut(), QKeySequence(QKeySequence::Paste));
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->audience(), audience);
        driveFromPastedToUploaded(*wizard, {});
        QCOMPARE(wizard->audience(), audience);

        QStringList members;
        QMetaObject::invokeMethod(
            h.sandbox.server(),
            [&] {
                if (const auto held = h.sandbox.server()->audience(audience))
                    members = held->members.keys();
            },
            Qt::BlockingQueuedConnection);
        QStringList want = ids;
        members.sort();
        want.sort();
        QCOMPARE(members, want); // replaced by exactly the pasted IDs
        wizard->close();
    }

    void ctrlVInTheFilterFieldPastesText()
    {
        AppHarness h;
        MainWindow window(h.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.start(true);
        auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(audienceBrowser);
        QTRY_VERIFY_WITH_TIMEOUT(!audienceBrowser->pager()->isLoading(), 10000);
        auto *filter = child<QLineEdit>(audienceBrowser, "audienceFilter");
        QVERIFY(filter);
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        QGuiApplication::clipboard()->setText(u"vip"_s);
        auto *pasteIdsAction = child<QAction>(&window, "pasteIdsAction");
        QVERIFY(pasteIdsAction);
        QVERIFY(pasteIdsAction->isEnabled()); // it could take Ctrl+V: it must not
        QTest::keyClick(filter, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(filter->text(), u"vip"_s);
        QVERIFY(!window.findChild<ImportWizard *>());
        // Elsewhere in the window, the same keys paste IDs.
        auto *audienceTable = child<QTableView>(audienceBrowser, "audienceTable");
        QVERIFY(audienceTable);
        audienceTable->setFocus();
        QTest::keyClick(audienceTable, Qt::Key_V, Qt::ControlModifier);
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        wizard->close();
    }

    // A million lines pasted: the GUI thread only hands the text over; the file is written
    // off it. The longest stall of the event loop meanwhile is measured.
    void aMillionLinesDoNotFreezeTheWindow()
    {
        WizardHarness h(m_dir.path());
        ImportWizard w(h.context());
        w.show();
        auto *file = qobject_cast<FilePage *>(w.currentPage());
        QString text;
        text.reserve(1000000 * 37);
        for (int i = 0; i < 1000000; ++i)
            text += u"0a1b2c3d-0000-4000-8000-%1\n"_s.arg(i, 12, 10, QLatin1Char('0'));
        QGuiApplication::clipboard()->setText(text);
        text.clear();

        QElapsedTimer total;
        total.start();
        QElapsedTimer click;
        click.start();
        auto *pasteButton = child<QPushButton>(file, "pasteButton");
        QVERIFY(pasteButton);
        QTest::mouseClick(pasteButton, Qt::LeftButton); // reads the clipboard
        const qint64 clickMs = click.elapsed();
        qint64 longest = 0;
        QElapsedTimer gap;
        gap.start();
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&] { longest = std::max(longest, gap.restart()); });
        tick.start();
        QTRY_VERIFY_WITH_TIMEOUT(file->isComplete(), 60000);
        tick.stop();
        qInfo("1,000,000 pasted lines: click %lld ms on the GUI thread, file ready after %lld ms, "
              "longest event-loop stall meanwhile %lld ms",
              clickMs, total.elapsed(), longest);
        QVERIFY2(clickMs < 100, qPrintable(u"%1 ms"_s.arg(clickMs)));
        QVERIFY2(longest < 100, qPrintable(u"%1 ms"_s.arg(longest)));
        auto *infoLabel = child<QLabel>(file, "infoLabel");
        QVERIFY(infoLabel);
        QVERIFY2(infoLabel->text().endsWith(u"000 IDs in one column."_s),
                 qPrintable(infoLabel->text()));
        QFile::remove(file->pastedPath());
    }
};

QTEST_MAIN(TestPasteIds)
#include "tst_pasteids.moc"
