// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppHarness.h"
#include "Child.h"
#include "MainWindow.h"
#include "SandboxFixture.h"
#include "browse/AudienceBrowser.h"
#include "browse/AudienceDetailsPane.h"
#include "browse/AudiencePager.h"
#include "browse/AudienceTableModel.h"
#include "browse/AudienceUploadsView.h"
#include "common/MessageBox.h"
#include "history/UploadHistory.h"
#include "upload/ImportSession.h"
#include "wizard/ImportWizard.h"

#include <QAction>
#include <QLocale>
#include <QTableView>
#include <QTest>
#include <QToolButton>

// What can be done to the selected audience, from the details pane or its context menu:
// Replace, Add, Remove or Sync from a file, and Delete; and what this computer uploaded to it.
class TestAudienceActions : public QObject
{
    Q_OBJECT
private:
    static bool waitIdle(MainWindow &window)
    {
        const auto *browser = child<AudienceBrowser>(&window, "audienceBrowser");
        return browser && QTest::qWaitFor([&] { return !browser->pager()->isLoading(); }, 10000);
    }
    using Harness = AppHarness;

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void theDetailsPaneActsAndShowsUploads()
    {
        Harness h;
        UploadHistory history(h.dir.filePath(QStringLiteral("history.sqlite")));
        const auto record = [&](const char *profile, const char *file, UploadRecord::State state,
                                qint64 verified) {
            UploadRecord r;
            r.profileId = QLatin1String(profile);
            r.audience = QStringLiteral("vip_fr");
            r.fileName = QLatin1String(file);
            r.validIds = 1200;
            r.state = state;
            const qint64 id = history.create(r);
            QVERIFY(id > 0);
            QVERIFY(history.setState(id, state));
            if (verified >= 0)
                QVERIFY(history.setVerified(id, verified));
        };
        record("sandbox", "older.csv", UploadRecord::State::Completed, 1190);
        record("another", "elsewhere.csv", UploadRecord::State::Completed, -1);
        record("sandbox", "newer.csv", UploadRecord::State::Failed, -1);
        h.context.history = &history;
        MainWindow window(h.context);
        window.show();
        window.start(true);
        QVERIFY(waitIdle(window));
        auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(audienceBrowser);
        AudienceDetailsPane *pane = audienceBrowser->detailsPane();

        // The context menu's own actions, as buttons.
        const QList<QAction *> actions = pane->actions();
        QStringList texts;
        for (const QAction *action : actions)
            texts << action->text();
        QCOMPARE(
            texts,
            QStringList({QStringLiteral("&Replace from CSV…"), QStringLiteral("&Add from CSV…"),
                         QStringLiteral("Re&move from CSV…"), QStringLiteral("S&ync from CSV…"),
                         QStringLiteral("&Delete Audience…")}));
        const QList<QToolButton *> buttons = pane->findChildren<QToolButton *>();
        QCOMPARE(buttons.size(), 5);
        QCOMPARE(buttons.at(4)->defaultAction(), actions.at(4));

        auto *audienceModel = child<AudienceTableModel>(audienceBrowser, "audienceModel");
        QVERIFY(audienceModel);
        const int row = audienceModel->rowOf(QStringLiteral("vip_fr"));
        QVERIFY(row >= 0);
        auto *audienceTable = child<QTableView>(audienceBrowser, "audienceTable");
        QVERIFY(audienceTable);
        audienceTable->selectRow(row);
        QCOMPARE(pane->audienceName(), QStringLiteral("vip_fr"));
        QVERIFY(buttons.at(0)->isVisible() && buttons.at(0)->isEnabled());
        auto *uploadsView = child<AudienceUploadsView>(pane, "uploadsView");
        QVERIFY(uploadsView);
        QTRY_VERIFY(!uploadsView->isLoading());
        QCOMPARE(pane->uploadsSummary(), QStringLiteral("2 uploads, newest first"));
        AudienceUploadsView *uploads = uploadsView;
        QCOMPARE(uploads->topLevelItemCount(), 2);
        QCOMPARE(uploads->field(0, AudienceUploadsView::File), QStringLiteral("newer.csv"));
        QCOMPARE(uploads->field(0, AudienceUploadsView::Ids),
                 QLocale().toString(1200) + QStringLiteral(" sent")); // not verified
        QCOMPARE(uploads->field(1, AudienceUploadsView::File), QStringLiteral("older.csv"));
        QCOMPARE(uploads->field(1, AudienceUploadsView::Ids),
                 QLocale().toString(1200) + QStringLiteral(" sent / ") + QLocale().toString(1190)
                     + QStringLiteral(" in Batch"));
        QCOMPARE(uploads->field(1, AudienceUploadsView::State),
                 uploadStateName(UploadRecord::State::Completed));
        // Two lines: when and how it went, then what was sent.
        const QString shown = uploads->topLevelItem(1)->text(0);
        QVERIFY2(shown.contains(uploadStateName(UploadRecord::State::Completed) + u'\n')
                     && shown.contains(QStringLiteral("older.csv")),
                 qPrintable(shown));

        // The pane's Delete asks like the menu's.
        const int asked = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(buttons.at(4), Qt::LeftButton);
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("vip_fr")));

        // Another audience: nothing uploaded into it.
        audienceTable->selectRow(row == 0 ? 1 : 0);
        QTRY_VERIFY(!uploadsView->isLoading());
        QCOMPARE(pane->uploadsSummary(), QStringLiteral("None with this profile."));
        QVERIFY(!uploads->isVisible());
    }

    // Each "… from CSV" opens the wizard on the audience, in its mode.
    void eachFromCsvActionOpensTheWizardInItsMode()
    {
        Harness h;
        MainWindow window(h.context);
        window.show();
        window.start(true);
        QVERIFY(waitIdle(window));
        auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(audienceBrowser);
        auto *audienceModel = child<AudienceTableModel>(audienceBrowser, "audienceModel");
        QVERIFY(audienceModel);
        const int row = audienceModel->rowOf(QStringLiteral("vip_fr"));
        QVERIFY(row >= 0);
        auto *audienceTable = child<QTableView>(audienceBrowser, "audienceTable");
        QVERIFY(audienceTable);
        audienceTable->selectRow(row);
        const QList<QAction *> actions = audienceBrowser->detailsPane()->actions();
        const QList<UploadMode> modes {UploadMode::Replace, UploadMode::Add, UploadMode::Remove,
                                       UploadMode::Sync};
        for (int i = 0; i < modes.size(); ++i) {
            QVERIFY(actions.at(i)->isEnabled());
            actions.at(i)->trigger();
            ImportWizard *wizard = window.findChild<ImportWizard *>();
            QVERIFY(wizard);
            QCOMPARE(wizard->session()->mode(), modes.at(i));
            QCOMPARE(wizard->audience(), QStringLiteral("vip_fr"));
            delete wizard;
        }
    }
};

QTEST_MAIN(TestAudienceActions)
#include "tst_audienceactions.moc"
