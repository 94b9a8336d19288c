// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// Loads the app's translation and Qt's own (qtbase_*.qm) into the running QCoreApplication,
// for both the desktop app and the CLI. Call it after AppIdentity::apply() (it reads the
// language setting) and before anything builds translated text, a command-line parser's help
// included.
//
// The language is the Settings' choice (AppSettings::language()) or, when that is "system",
// the first of QLocale::uiLanguages() (LANGUAGE, then LC_ALL / LC_MESSAGES / LANG) the app has
// a translation for, else English. English too loads a file: the plural forms of the %n
// strings ("1 row", "2 rows"). QLocale::setDefault() follows, so the numbers and dates shown
// to people match the language; machine output (the CLI's --json) formats with QLocale::c().
//
// The app's .qm files are looked for in <binary>/../share/audience-desk/translations (the
// installed layout), then in the build tree's (tests, scripts/run, the CLI in build/app/cli).
class Translations
{
public:
    // The languages the app is translated into, as settings values: "en", "fr".
    static QStringList available();

    // Installs the translators for the saved setting and the environment. Returns the
    // language used ("en" or "fr").
    static QString install();
    // The same for a given choice: "" (the system's languages), or one of available().
    static QString install(const QString &choice);

    // The language the system's settings ask for, among available(); "en" when none fits.
    static QString systemLanguage();
    // The folder the app's .qm files were found in (empty when none was).
    static QString directory();
    // The locale QLocale::setDefault() was given by the last install().
    static QLocale locale();
};
