// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppContext.h"
#include "AppIdentity.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "api/SecretRedactor.h"
#include "history/UploadHistory.h"
#include "i18n/Translations.h"
#include "sandbox/SandboxHost.h"
#include "settings/AppSettings.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(audience_desk); // the resources live in a static library
    AppIdentity::apply();
    Translations::install(); // before any text: the language setting, else LANGUAGE / LANG
    QApplication::setApplicationDisplayName(QObject::tr("Audience Desk"));
    QApplication::setDesktopFileName(QLatin1String(AppIdentity::Id));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/audience-desk.svg")));
    SecretRedactor::installMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Browse Batch custom audiences and upload CSV segments into them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QObject::tr("Start on a local sandbox with sample audiences (nothing reaches Batch)."));
    parser.addOption(sandboxOption);
    const QCommandLineOption newInstanceOption(
        QStringLiteral("new-instance"),
        QObject::tr("Open a new window even when Audience Desk is already running."));
    parser.addOption(newInstanceOption);
    parser.addPositionalArgument(QStringLiteral("file"), QObject::tr("A CSV file to import."),
                                 QStringLiteral("[file.csv]"));
    parser.process(app);

    SingleInstance instance;
    if (!parser.isSet(newInstanceOption) && !instance.claim()
        && instance.handOver(parser.positionalArguments()))
        return 0; // the running window opens the file

    QSettings qsettings;
    QNetworkAccessManager network;
    ProfileStore profiles(&qsettings);
    SecretStore secrets;
    AppSettings settings(&qsettings);
    SandboxHost sandbox;
    UploadHistory history;

    AppContext context;
    context.network = &network;
    context.profiles = &profiles;
    context.secrets = &secrets;
    context.settings = &settings;
    context.sandbox = &sandbox;
    context.history = &history;
    context.qsettings = &qsettings;

    MainWindow window(context);
    window.show();
    window.start(parser.isSet(sandboxOption));
    // "Open with" / `audience-desk FILE.csv`: straight to the import wizard, here or, from a
    // later launch, in this window.
    if (!parser.positionalArguments().isEmpty())
        window.openImportWizard(parser.positionalArguments().first());
    QObject::connect(&instance, &SingleInstance::filesReceived, &window,
                     [&window](const QStringList &files) {
                         window.raise();
                         window.activateWindow();
                         if (!files.isEmpty())
                             window.openImportWizard(files.first());
                     });
    return app.exec();
}
