// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders each page of the import wizard (and the main window) to PNG, driven against the
// sandbox as a user would: for the README and for looking at every screen.
// usage: ad_screenshots FILE.csv OUT_DIR [NEWER.csv [WORKBOOK.xlsx]]
// In the language of LANG / LANGUAGE, as the app picks it: bench/screenshots runs it for
// docs/ (English) and docs/fr/ (LANGUAGE=fr LANG=fr_FR.UTF-8); with AD_SCREENSHOT_THEME=dark
// on a dark Fusion palette, for docs/dark/.
#include "AboutDialog.h"
#include "AppContext.h"
#include "AppIdentity.h"
#include "BenchSandbox.h"
#include "MainWindow.h"
#include "browse/AudienceBrowser.h"
#include "browse/AudiencePager.h"
#include "history/HistoryWindow.h"
#include "i18n/Translations.h"
#include "profiles/SettingsDialog.h"
#include "settings/AppSettings.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"
#include "upload/ImportSession.h"
#include "wizard/AlsoSendToBox.h"
#include "wizard/ResultPage.h"
#include "wizard/TargetPage.h"
#include "wizard/UploadPage.h"
#include "wizard/ValidationPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>

namespace {
bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QElapsedTimer settle; // let pending paints and replies land
    settle.start();
    while (settle.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}
// What a dark desktop theme hands Qt (close to KDE's Breeze Dark): the app has no theme of
// its own, it follows the system's palette, so this stands in for the system.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(49, 54, 59), base(35, 38, 41), text(239, 240, 241);
    const QColor disabled(127, 140, 141), highlight(61, 174, 233);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::LinkVisited, QColor(155, 89, 182));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    AppIdentity::apply(); // the app's name and version (About shows them)
    Translations::install(QString()); // the environment's language, not a saved setting
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (qEnvironmentVariable("AD_SCREENSHOT_THEME") == u"dark")
        QApplication::setPalette(darkPalette());
    const QString out = QString::fromLocal8Bit(argv[2]);
    BenchSandbox bench(12);
    if (!bench.started)
        return 1;
    // A second profile, Live, on the same sandbox: the Target page offers the choice.
    ImportWizard::Context context = bench.context();
    Profile live = bench.profile;
    live.id = QStringLiteral("shop-ios");
    live.displayName = QStringLiteral("Shop iOS");
    live.keyKind = ApiKeyKind::Live;
    live.transient = false;
    context.profiles = {bench.profile, live};
    ImportWizard w(context);
    w.resize(900, 640);
    w.setFile(QString::fromLocal8Bit(argv[1]));
    w.show();
    auto shot
        = [&](const char *name) { w.grab().save(out + QLatin1Char('/') + QLatin1String(name)); };
    auto complete = [&w] { return w.currentPage()->isComplete(); };
    waitFor(complete);
    shot("wizard-1-file.png");
    w.next();
    waitFor(complete);
    shot("wizard-2-format.png");
    w.next();
    waitFor(complete);
    shot("wizard-mapping.png");
    w.next();
    auto *validation = qobject_cast<ValidationPage *>(w.currentPage());
    waitFor([validation] { return !validation->isRunning(); });
    waitFor([] { return false; }, 500);
    shot("wizard-4-validation.png");
    named<QCheckBox>(validation, "skipInvalidBox")->setChecked(true);
    w.next();
    auto *target = qobject_cast<TargetPage *>(w.currentPage());
    auto *profileBox = named<QComboBox>(target, "profileBox");
    auto *confirmBox = named<QCheckBox>(target, "confirmBox");
    named<QComboBox>(target, "audienceBox")->setEditText(QStringLiteral("spring_sale_fr"));
    waitFor(complete); // the plan is known: a new audience, no tick to give
    shot("wizard-5-target.png");
    profileBox->setCurrentIndex(1);
    emit profileBox->activated(1);
    waitFor([confirmBox] { return confirmBox->isVisible(); });
    shot("wizard-5-target-live.png");
    profileBox->setCurrentIndex(0);
    emit profileBox->activated(0);
    waitFor(complete);
    // The same file to a second app too (then back to one, for the rest of the run).
    auto *also = named<AlsoSendToBox>(target, "alsoSendToBox");
    if (QListWidgetItem *other = named<QListWidget>(also, "alsoSendToList")->item(0)) {
        other->setCheckState(Qt::Checked);
        waitFor([also] { return !also->checked().isEmpty(); }, 5000);
        confirmBox->setChecked(true);
        waitFor(complete);
        shot("wizard-5-target-apps.png");
        other->setCheckState(Qt::Unchecked);
    }
    waitFor(complete);
    // Slowed down, so the Upload page shows its progress before the Result page comes.
    QMetaObject::invokeMethod(
        bench.sandbox.server(), [&bench] { bench.sandbox.server()->setResponseDelayMs(1500); },
        Qt::BlockingQueuedConnection);
    w.next();
    auto *upload = qobject_cast<UploadPage *>(w.currentPage());
    auto *log = named<QPlainTextEdit>(upload, "uploadLog");
    waitFor([log] { return log->blockCount() >= 2; }, 20000); // a request out
    shot("wizard-6-upload.png");
    QMetaObject::invokeMethod(
        bench.sandbox.server(), [&bench] { bench.sandbox.server()->setResponseDelayMs(0); },
        Qt::BlockingQueuedConnection);
    waitFor([&w] { return w.currentId() == ImportWizard::ResultPageId; });
    auto *result = qobject_cast<ResultPage *>(w.currentPage());
    auto *stopWaiting = named<QPushButton>(result, "stopWaitingButton");
    waitFor([stopWaiting] { return !stopWaiting->isVisible(); }); // verified
    shot("wizard-result.png");
    HistoryWindow history(&bench.history);
    history.show();
    named<QTableView>(&history, "historyTable")->selectRow(0);
    waitFor([] { return false; }, 300);
    history.grab().save(out + QStringLiteral("/history.png"));

    // Sync: a newer export of the segment into the audience just verified (its baseline).
    if (argc > 3) {
        ImportWizard sync(context);
        sync.resize(900, 640);
        sync.setFile(QString::fromLocal8Bit(argv[3]));
        sync.setTargetAudience(QStringLiteral("spring_sale_fr"));
        sync.session()->setMode(UploadMode::Sync);
        sync.show();
        // A clean file: straight from the File page to the Target page, once checked.
        waitFor([&sync] { return sync.canSkipToTarget(); });
        sync.next();
        auto *syncTarget = qobject_cast<TargetPage *>(sync.currentPage());
        auto *syncConfirm = named<QCheckBox>(syncTarget, "confirmBox");
        waitFor([syncConfirm] { return syncConfirm->isVisible(); }); // it holds IDs
        waitFor([] { return false; }, 500);
        sync.grab().save(out + QStringLiteral("/wizard-5-target-sync.png"));
    }
    // An Excel workbook: the Format page offers its sheets.
    if (argc > 4) {
        ImportWizard workbook(context);
        workbook.resize(900, 640);
        workbook.setFile(QString::fromLocal8Bit(argv[4]));
        workbook.show();
        waitFor([&workbook] { return workbook.currentPage()->isComplete(); });
        workbook.next();
        waitFor([&workbook] { return workbook.currentPage()->isComplete(); });
        workbook.grab().save(out + QStringLiteral("/wizard-2-format-xlsx.png"));
    }
    // The fast path: a clean file (the newer export) checked while the File page shows,
    // then straight to the Target page and its summary.
    if (argc > 3) {
        ImportWizard fast(context);
        fast.resize(900, 640);
        fast.setFile(QString::fromLocal8Bit(argv[3]));
        fast.show();
        waitFor([&fast] { return fast.canSkipToTarget(); });
        waitFor([] { return false; }, 300);
        fast.grab().save(out + QStringLiteral("/wizard-1-file-checked.png"));
        fast.next();
        auto *summaryTarget = qobject_cast<TargetPage *>(fast.currentPage());
        named<QComboBox>(summaryTarget, "audienceBox")
            ->setEditText(QStringLiteral("spring_sale_all"));
        waitFor([summaryTarget] { return summaryTarget->isComplete(); });
        waitFor([] { return false; }, 300);
        fast.grab().save(out + QStringLiteral("/wizard-target-summary.png"));
    }

    // The main window on the app's sandbox (137 sample audiences), as `--sandbox` opens it.
    ProfileStore profiles(&bench.settings);
    SecretStore secrets;
    secrets.setInMemoryForTesting(true);
    AppSettings appSettings(&bench.settings);
    SandboxHost sandbox;
    AppContext appContext;
    appContext.network = &bench.network;
    appContext.profiles = &profiles;
    appContext.secrets = &secrets;
    appContext.settings = &appSettings;
    appContext.sandbox = &sandbox;
    appContext.history = &bench.history;
    appContext.qsettings = &bench.settings;
    appContext.pool = &bench.pool;
    MainWindow window(appContext);
    window.resize(1100, 640);
    window.show();
    window.start(true);
    auto *browser = named<AudienceBrowser>(&window, "audienceBrowser");
    auto *table = named<QTableView>(browser, "audienceTable");
    waitFor([browser, table] {
        return !browser->pager()->isLoading() && table->model()->rowCount() > 0;
    });
    window.grab().save(out + QStringLiteral("/main-window.png"));

    // Profiles and Keys, with the language choice.
    ProfileSession session(&profiles, &secrets);
    SettingsDialog settingsDialog(&session, &bench.network);
    settingsDialog.setAppSettings(&appSettings);
    settingsDialog.show();
    waitFor([] { return false; }, 300);
    settingsDialog.grab().save(out + QStringLiteral("/settings.png"));

    AboutDialog about(appContext, &window);
    about.show();
    waitFor([] { return false; }, 300);
    about.grab().save(out + QStringLiteral("/about.png"));
    return 0;
}
