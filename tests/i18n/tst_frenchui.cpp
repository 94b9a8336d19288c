// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../gui/MnemonicClashes.h"
#include "../gui/WizardTestSupport.h"
#include "AppContext.h"
#include "Child.h"
#include "MainWindow.h"
#include "browse/AudienceBrowser.h"
#include "browse/AudiencePager.h"
#include "browse/AudienceTableModel.h"
#include "browse/PagingBar.h"
#include "i18n/Translations.h"
#include "profiles/SettingsDialog.h"
#include "sandbox/SandboxHost.h"
#include "settings/AppSettings.h"
#include "settings/ProfileSession.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"
#include "wizard/ImportWizard.h"
#include "wizard/ResultPage.h"
#include "wizard/TargetPage.h"
#include "wizard/UploadPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The app as a French marketer sees it: the French translation and Qt's own (qtbase_fr.qm,
// for QWizard's and the dialog buttons' texts) installed, as LANG=fr_FR.UTF-8 does at start.
class TestFrenchUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    bool m_qtFrench = false; // qtbase_fr.qm present (Debian: qt6-translations-l10n)

private slots:
    void initTestCase()
    {
        prepareNetworkTest();
        QVERIFY(m_dir.isValid());
        QCOMPARE(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        m_qtFrench = QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                   + QStringLiteral("/qtbase_fr.qm"));
        if (!m_qtFrench)
            qWarning("qtbase_fr.qm missing (qt6-translations-l10n): Qt's own texts not checked");
    }

    // Every page up to Target in French, Qt's buttons too, and one control per Alt+letter.
    void wizardPagesInFrench()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        w.setFile(cleanFile(m_dir.path(), 3000));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("Importer un CSV"));
        if (m_qtFrench) {
            QCOMPARE(w.button(QWizard::CancelButton)->text(), QStringLiteral("Annuler"));
            QCOMPARE(w.button(QWizard::NextButton)->text(), QStringLiteral("&Suivant >"));
        }
        const QStringList titles
            = {QStringLiteral("Choisir un fichier CSV"),
               QStringLiteral("Vérifier la lecture du fichier"),
               QStringLiteral("Associer les colonnes"), QStringLiteral("Vérifier chaque ligne"),
               QStringLiteral("Choisir l'audience")};
        for (int page = 0; page < titles.size(); ++page) {
            if (page < 4) {
                QTRY_VERIFY_WITH_TIMEOUT(forwardEnabled(w), 30000);
            } else {
                auto *audienceBox = child<QComboBox>(w.currentPage(), "audienceBox");
                QVERIFY(audienceBox);
                audienceBox->setEditText(QStringLiteral("mnemoniques"));
            }
            QCOMPARE(w.currentPage()->title(), titles.at(page));
            const QStringList clashes = mnemonicClashes(&w);
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(QStringLiteral("page %1: ").arg(page) + clashes.join(u"; ")));
            if (page < 4)
                w.next();
        }
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *planLabel = child<QLabel>(target, "planLabel");
        QVERIFY(planLabel);
        QTRY_VERIFY2(planLabel->text().contains(QStringLiteral("en 1 requête")),
                     qPrintable(planLabel->text()));
        // French digit groups: "3 000" with a (narrow) no-break space.
        QVERIFY2(
            planLabel->text().contains(QRegularExpression(QStringLiteral("3[\u00a0\u202f]000 ID"))),
            qPrintable(planLabel->text()));

        // On to the upload (into the sandbox) and the result: their buttons, Qt's &Terminer.
        QTRY_VERIFY_WITH_TIMEOUT(forwardEnabled(w), 30000); // a new audience: no tick
        w.next();
        auto *upload = qobject_cast<UploadPage *>(w.currentPage());
        QVERIFY(upload);
        QCOMPARE(upload->title(), QStringLiteral("Envoi"));
        QStringList clashes = mnemonicClashes(&w);
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("upload: ") + clashes.join(u"; ")));
        // Acknowledged: on to the Result page by itself.
        QTRY_VERIFY_WITH_TIMEOUT(w.currentId() == ImportWizard::ResultPageId, 30000);
        auto *result = qobject_cast<ResultPage *>(w.currentPage());
        QVERIFY(result);
        QCOMPARE(result->title(), QStringLiteral("Envoyé"));
        auto *stopWaitingButton = child<QPushButton>(result, "stopWaitingButton");
        QVERIFY(stopWaitingButton);
        QVERIFY(stopWaitingButton->text().contains(QStringLiteral("atte&nte")));
        if (m_qtFrench)
            QCOMPARE(w.button(QWizard::FinishButton)->text(), QStringLiteral("&Terminer"));
        stopWaitingButton->show(); // as while Batch indexes
        clashes = mnemonicClashes(&w);
        stopWaitingButton->hide();
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("result: ") + clashes.join(u"; ")));
    }

    void mainWindowInFrench()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QNetworkAccessManager network;
        ProfileStore profiles(&settings);
        SecretStore secrets;
        secrets.setInMemoryForTesting(true);
        AppSettings appSettings(&settings);
        SandboxHost sandbox;
        AppContext context;
        context.network = &network;
        context.profiles = &profiles;
        context.secrets = &secrets;
        context.settings = &appSettings;
        context.sandbox = &sandbox;

        MainWindow window(context);
        window.show();
        window.start(true);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Bac à sable")));
        auto *audienceBrowser = child<AudienceBrowser>(&window, "audienceBrowser");
        QVERIFY(audienceBrowser);
        QVERIFY(QTest::qWaitFor([&] { return !audienceBrowser->pager()->isLoading(); }, 10000));
        QStringList menus;
        for (const QAction *a : window.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus,
                 (QStringList {QStringLiteral("&Fichier"), QStringLiteral("A&udience"),
                               QStringLiteral("&Aide")}));
        QCOMPARE(audienceBrowser->pagingBar()->rangeText(), QStringLiteral("Affichage 1–25"));
        auto *audienceTable = child<QTableView>(audienceBrowser, "audienceTable");
        QVERIFY(audienceTable);
        QAbstractItemModel *model = audienceTable->model();
        QCOMPARE(model->headerData(AudienceTableModel::Ids, Qt::Horizontal).toString(),
                 QStringLiteral("ID"));
        // French groups digits with a narrow no-break space: "12 345".
        bool grouped = false;
        for (int row = 0; row < model->rowCount(); ++row)
            grouped |= model->index(row, AudienceTableModel::Ids)
                           .data()
                           .toString()
                           .contains(QRegularExpression(QStringLiteral("\\d[\u00a0\u202f]\\d")));
        QVERIFY(grouped);
        QStringList clashes = mnemonicClashes(&window, true);
        // Within each menu too: one item per letter.
        for (const QAction *title : window.menuBar()->actions()) {
            QMap<QChar, QStringList> letters;
            for (const QAction *a : title->menu()->actions()) {
                const qsizetype at = a->text().indexOf(u'&');
                if (at >= 0 && at + 1 < a->text().size())
                    letters[a->text().at(at + 1).toLower()] << a->text();
            }
            for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
                if (it.value().size() > 1)
                    clashes << it.value().join(u", ");
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
    }

    // The language choice: saved at once, for the next start; the dialog in French.
    void settingsDialogLanguage()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        SecretStore secrets;
        secrets.setInMemoryForTesting(true);
        ProfileSession session(&profiles, &secrets);
        AppSettings appSettings(&settings);
        QNetworkAccessManager network;
        SettingsDialog dialog(&session, &network);
        auto *languageCombo = child<QComboBox>(&dialog, "languageCombo");
        QVERIFY(languageCombo);
        QVERIFY(!languageCombo->isVisibleTo(&dialog)); // no settings, no choice
        dialog.setAppSettings(&appSettings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Profils et clés"));
        QVERIFY(languageCombo->isVisible());
        QCOMPARE(languageCombo->currentText(), QStringLiteral("Langue du système"));
        languageCombo->setCurrentIndex(languageCombo->findData(QStringLiteral("fr")));
        QCOMPARE(AppSettings::language(settings), QStringLiteral("fr"));
        languageCombo->setCurrentIndex(0);
        QCOMPARE(AppSettings::language(settings), QString());
        if (m_qtFrench) {
            auto *box = dialog.findChild<QDialogButtonBox *>();
            QVERIFY(box);
            QCOMPARE(box->button(QDialogButtonBox::Close)->text().remove(u'&'),
                     QStringLiteral("Fermer"));
        }
        const QStringList clashes = mnemonicClashes(&dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
    }
};

QTEST_MAIN(TestFrenchUi)
#include "tst_frenchui.moc"
