// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppIdentity.h"
#include "CliApp.h"
#include "api/SecretRedactor.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply(); // the desktop app's names: --profile finds its saved profiles
    Translations::install(); // before the parser builds its --help
    SecretRedactor::installMessageHandler();
    CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
