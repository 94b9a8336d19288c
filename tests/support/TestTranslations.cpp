// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Linked into every test executable (tests/CMakeLists.txt): the tests read English texts, so
// each starts with the English translation installed, as the app does under an English
// locale. Without it a %n string would read "1 rows". The i18n tests install French themselves.

#include "i18n/Translations.h"

#include <QCoreApplication>

namespace {
void installEnglish()
{
    Translations::install(QStringLiteral("en"));
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
