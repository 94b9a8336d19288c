// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppCommandLine.h"
#include "AppContext.h"
#include "AppIdentity.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "api/SecretRedactor.h"
#include "history/UploadHistory.h"
#include "i18n/Translations.h"
#include "log/LogFile.h"
#include "sandbox/SandboxHost.h"
#include "settings/AppSettings.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QThreadPool>
#include <algorithm>

int main(int argc, char *argv[])
{
    if (AppCommandLine::answersWithoutGui(argc, argv)) {
        // Help, version and usage errors need no display (help2man, ssh): no GUI.
        QCoreApplication app(argc, argv);
        AppIdentity::apply();
        Translations::install(); // help and errors in the user's language too
        AppCommandLine().process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(audience_desk); // the resources live in a static library
    AppIdentity::apply();
    Translations::install(); // before any text: the language setting, else LANGUAGE / LANG
    QApplication::setApplicationDisplayName(QObject::tr("Audience Desk"));
    QApplication::setDesktopFileName(QLatin1String(AppIdentity::Id));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QLatin1String(AppIdentity::Id), QIcon(QStringLiteral(":/icons/audience-desk.svg"))));
    SecretRedactor::installMessageHandler();

    AppCommandLine commandLine;
    commandLine.process(app);

    SingleInstance instance;
    if (!commandLine.newInstance() && !instance.claim() && instance.handOver(commandLine.files()))
        return 0; // the running window opens the file
    // After the hand-over: a launch that only passes its file on leaves the log alone.
    QString logError;
    const QString logFile = commandLine.logFile();
    if (!LogFile::start(logFile.isEmpty() ? LogFile::defaultPath() : logFile, &logError))
        qWarning().noquote() << logError;
    instance.watchFileOpenEvents();

    QSettings qsettings;
    QNetworkAccessManager network;
    ProfileStore profiles(&qsettings);
    SecretStore secrets;
    AppSettings settings(&qsettings);
    SandboxHost sandbox;
    // The sandbox keeps what it holds between launches, and indexes in a few seconds as
    // Batch does (AUDIENCE_DESK_SANDBOX_INDEXING_MS sets how long; 0: at once).
    sandbox.setStateFile(SandboxHost::defaultStateFile());
    bool delaySet = false;
    const int delay = qEnvironmentVariableIntValue("AUDIENCE_DESK_SANDBOX_INDEXING_MS", &delaySet);
    sandbox.setIndexingDelayMs(delaySet ? std::max(0, delay) : 3000);
    UploadHistory history;

    QThreadPool pool; // before the window: destroyed after it, and before what tasks read
    AppContext context;
    context.network = &network;
    context.profiles = &profiles;
    context.secrets = &secrets;
    context.settings = &settings;
    context.sandbox = &sandbox;
    context.history = &history;
    context.qsettings = &qsettings;
    context.pool = &pool;

    MainWindow window(context);
    window.show();
    // Connected before start(): the first-run dialog runs an event loop, and a file handed
    // over meanwhile must not be lost.
    QObject::connect(&instance, &SingleInstance::filesReceived, &window,
                     [&window](const QStringList &files) {
                         qCInfo(lcSession) << "handed over by another launch:" << files;
                         window.raise();
                         window.activateWindow();
                         if (!files.isEmpty())
                             window.openImportWizard(files.first());
                     });
    window.start(commandLine.sandbox());
    // "Open with" / `audience-desk FILE.csv`: straight to the import wizard, here or, from a
    // later launch, in this window.
    if (!commandLine.files().isEmpty())
        window.openImportWizard(commandLine.files().first());
    return app.exec();
}
