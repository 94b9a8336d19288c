// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Translations.h"

#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace {

const char fileStem[] = "audience-desk";

// Qt's own texts that Qt 6.4's qtbase_*.qm lacks, translated in the app's .ts files: the
// app's translator is installed before Qt's, so it is asked only for what Qt's has not.
[[maybe_unused]] const char *const qtTextsMissing[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

// The translators installed by the last install(), removed by the next one.
QPointer<QTranslator> &appTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}

QLocale &installedLocale()
{
    static QLocale l = QLocale::system();
    return l;
}

QString qmPath(const QString &dir, const QString &language)
{
    return dir + QLatin1Char('/') + QLatin1String(fileStem) + QLatin1Char('_') + language
        + QStringLiteral(".qm");
}

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString Translations::directory()
{
    // The build tree has the installed layout (programs in bin/, tests in tests/, .qm files
    // in share/audience-desk/translations), so one relative path serves both and no
    // build-machine path ends up in a package.
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath()
                + QStringLiteral("/../share/audience-desk/translations");
    for (const QString &dir : std::as_const(candidates)) {
        if (QFileInfo::exists(qmPath(dir, QStringLiteral("en"))))
            return QDir::cleanPath(dir);
    }
    return {};
}

QString Translations::systemLanguage()
{
    // As gettext reads it: the messages locale (LC_ALL, else LC_MESSAGES, else LANG); C or
    // POSIX means English whatever LANGUAGE says (LC_ALL=C in scripts and in the tests);
    // otherwise LANGUAGE's list first, then that locale. Read here rather than through
    // QLocale::system(), which reads the environment once per process.
    QByteArray messages;
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        messages = qgetenv(name);
        if (!messages.isEmpty())
            break;
    }
    QStringList wanted;
    if (messages.isEmpty()) {
        wanted = QLocale::system().uiLanguages(); // not a Unix environment: the system's
    } else {
        if (messages == "C" || messages == "POSIX" || messages.startsWith("C."))
            return QStringLiteral("en");
        wanted = QString::fromLocal8Bit(qgetenv("LANGUAGE")).split(u':', Qt::SkipEmptyParts);
        wanted << QString::fromLocal8Bit(messages);
    }
    const QStringList languages = available();
    for (const QString &name : std::as_const(wanted)) {
        // "fr_FR.UTF-8", "fr-CA", "fr@euro", "fr": the language part decides.
        const QString language = name.section(u'.', 0, 0)
                                     .section(u'@', 0, 0)
                                     .section(u'_', 0, 0)
                                     .section(u'-', 0, 0)
                                     .toLower();
        if (languages.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::install()
{
    const QSettings settings;
    return install(AppSettings::language(settings));
}

QString Translations::install(const QString &choice)
{
    const QString language = available().contains(choice) ? choice : systemLanguage();

    // The system's locale when it speaks that language (fr_CA keeps its own formats; the
    // C locale of scripts and tests keeps its plain numbers), else the language's own.
    const QLocale system = QLocale::system();
    const QString systemLanguagePart = system.name().section(QLatin1Char('_'), 0, 0);
    const bool keepSystem = systemLanguagePart == language
        || (system.language() == QLocale::C && language == QLatin1String("en"));
    const QLocale locale = keepSystem ? system : QLocale(language);
    QLocale::setDefault(locale);
    installedLocale() = locale;

    QObject *app = QCoreApplication::instance();
    const QString dir = directory();
    auto *own = new QTranslator(app);
    if (dir.isEmpty() || !own->load(qmPath(dir, language))) {
        delete own;
        own = nullptr;
    }
    replace(appTranslator(), own);

    // Qt's own texts (dialog buttons, QWizard's Back/Next, the parser's --help): qtbase_fr.qm
    // from Qt's translations folder (Debian: qt6-translations-l10n). English needs none.
    QTranslator *qt = nullptr;
    if (language != QLatin1String("en")) {
        qt = new QTranslator(app);
        if (!qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete qt;
            qt = nullptr;
        }
    }
    replace(qtTranslator(), qt);
    return language;
}

QLocale Translations::locale()
{
    return installedLocale();
}
