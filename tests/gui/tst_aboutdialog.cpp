// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AboutDialog.h"
#include "AppContext.h"
#include "AppHarness.h"
#include "Child.h"
#include "MainWindow.h"
#include "history/UploadHistory.h"
#include "log/LogFile.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// What a support request needs is in Help → About, and Help → Show Log Folder opens it.
class TestAboutDialog : public QObject
{
    Q_OBJECT
public slots:
    void openedUrl(const QUrl &url) { m_opened << url; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setApplicationVersion(QStringLiteral(AD_VERSION));
        QVERIFY(LogFile::start(m_dir.filePath(QStringLiteral("state/audience-desk.log"))));
    }

    void cleanupTestCase() { LogFile::stop(); }

    void showsVersionLicenceAndThePathsSupportNeeds()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        UploadHistory history(m_dir.filePath(QStringLiteral("data/history.sqlite")));
        AppContext context;
        context.qsettings = &settings;
        context.history = &history;
        AboutDialog about(context);

        QString texts;
        for (const QLabel *label : about.findChildren<QLabel *>())
            texts += label->text();
        QVERIFY(texts.contains(QStringLiteral("Audience Desk " AD_VERSION)));
        QVERIFY(texts.contains(QStringLiteral("GNU General Public License")));
        QVERIFY(texts.contains(QStringLiteral("version 3 or")));
        QVERIFY(texts.contains(AboutDialog::homepage().toString()));

        auto *supportView = child<QPlainTextEdit>(&about, "supportView");
        QVERIFY(supportView);
        const QString support = supportView->toPlainText();
        QVERIFY2(support.contains(QStringLiteral("Settings: ") + settings.fileName()),
                 qPrintable(support));
        QVERIFY(support.contains(QStringLiteral("History: ") + history.path()));
        QVERIFY(support.contains(QStringLiteral("Log: ") + LogFile::currentPath()));
        QVERIFY(support.contains(QString::fromLatin1(qVersion())));

        QPushButton *copy = nullptr;
        QPushButton *aboutQt = nullptr;
        for (QPushButton *button : about.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Copy Support Information"))
                copy = button;
            if (button->text() == QStringLiteral("About &Qt"))
                aboutQt = button;
        }
        QVERIFY(copy && aboutQt);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), support);
    }

    void helpMenuOpensTheLogFolder()
    {
        AppHarness h;
        MainWindow window(h.context);

        QMenu *help = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->text() == QStringLiteral("&Help"))
                help = menu->menu();
        QVERIFY(help);
        QStringList items;
        for (QAction *action : help->actions())
            if (!action->isSeparator())
                items << action->text();
        QCOMPARE(items,
                 QStringList({QStringLiteral("Show &Log Folder"), QStringLiteral("About &Qt"),
                              QStringLiteral("&About Audience Desk")}));

        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");
        help->actions().first()->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(m_opened,
                 QList<QUrl>({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("state")))}));
    }

private:
    QTemporaryDir m_dir;
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
