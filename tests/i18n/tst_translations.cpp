// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "i18n/Translations.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The translations are complete: lupdate, run on the sources into a copy of each .ts (the
// source tree is never written), finds nothing new, nothing gone and nothing untranslated.
// A tr() string added without its French makes this fail, naming it; then run
//   cmake --build build --target update_translations
// and translate what it marks unfinished (Qt Linguist, or the .ts by hand).
// Also: the loader picks the language from the setting and the environment.
class TestTranslations : public QObject
{
    Q_OBJECT
private:
    struct Message
    {
        QString context;
        QString source;
        QString type; // the translation's type attribute: "", unfinished, obsolete, vanished
        QStringList forms; // one, or the numerus forms
        bool numerus = false;
    };

    static QList<Message> readTs(const QString &path)
    {
        QList<Message> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                m = Message();
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                m.source = xml.readElementText();
            } else if (name == u"translation") {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (m.numerus) {
                    while (xml.readNextStartElement())
                        m.forms << xml.readElementText();
                } else {
                    m.forms << xml.readElementText();
                }
                messages << m;
            }
        }
        return messages;
    }

    // lupdate as the update_translations target runs it, but on a copy and keeping what is
    // gone (no -no-obsolete), so that a string removed from the sources shows up here.
    static QString updatedCopy(const QString &tsName, const QStringList &extraOptions,
                               QTemporaryDir &dir)
    {
        const QString copy = dir.filePath(tsName);
        QFile::remove(copy);
        if (!QFile::copy(QStringLiteral(AD_TS_DIR "/") + tsName, copy))
            return {};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList args {QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-I"),         QStringLiteral(AD_SOURCE_DIR "/app"),
                          QStringLiteral("-I"),         QStringLiteral(AD_SOURCE_DIR "/ui")};
        args << extraOptions << QStringLiteral("@" AD_LUPDATE_SOURCES) << QStringLiteral("-ts")
             << copy;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(AD_LUPDATE), args);
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            qWarning().noquote() << "lupdate failed:" << lupdate.readAll();
            return {};
        }
        return copy;
    }

    static QStringList problems(const QList<Message> &messages)
    {
        QStringList found;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                found << QStringLiteral("%1 (%2): “%3”").arg(m.type, m.context, m.source);
        }
        return found;
    }

    // %1…%99, %n, %Ln and the accelerator: what a translation must keep.
    static QStringList markers(const QString &text)
    {
        static const QRegularExpression placeholder(QStringLiteral("%L?(\\d{1,2}|n)"));
        QStringList found;
        for (const auto &match : placeholder.globalMatch(text))
            found << match.captured();
        static const QRegularExpression mnemonic(QStringLiteral("&(?!&|[a-z]+;)\\w"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
        if (mnemonic.match(QString(text).remove(QStringLiteral("&&"))).hasMatch())
            found << QStringLiteral("&");
        found.sort();
        found.removeDuplicates();
        return found;
    }

private slots:
    void frenchIsComplete()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = updatedCopy(QStringLiteral("audience-desk_fr.ts"), {}, dir);
        QVERIFY(!copy.isEmpty());
        const QList<Message> messages = readTs(copy);
        QVERIFY(messages.size() > 500);
        const QStringList found = problems(messages);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("audience-desk_fr.ts is out of date (run the "
                                           "update_translations target, then translate):\n")
                            + found.join(u'\n')));
    }

    void englishHasEveryPluralForm()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = updatedCopy(QStringLiteral("audience-desk_en.ts"),
                                         {QStringLiteral("-pluralonly")}, dir);
        QVERIFY(!copy.isEmpty());
        const QList<Message> messages = readTs(copy);
        QVERIFY(messages.size() >= 20);
        QStringList found = problems(messages);
        for (const Message &m : messages) {
            if (!m.numerus)
                found << QStringLiteral("not a %n string: “%1”").arg(m.source);
            else if (m.forms.size() != 2 || m.forms.contains(QString()))
                found << QStringLiteral("English needs 2 forms: “%1”").arg(m.source);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // Every %1, %n and & of the source is in the translation (its plural form at least:
    // a singular may say "la ligne" for %n).
    void frenchKeepsPlaceholdersAndAccelerators()
    {
        QStringList found;
        for (const Message &m : readTs(QStringLiteral(AD_TS_DIR "/audience-desk_fr.ts"))) {
            if (m.forms.isEmpty())
                continue;
            const QStringList wanted = markers(m.source);
            const QStringList got = markers(m.forms.last());
            QStringList inSingular = markers(m.forms.first());
            inSingular.removeAll(QStringLiteral("%n"));
            inSingular.removeAll(QStringLiteral("%Ln"));
            QStringList wantedInSingular = wanted;
            wantedInSingular.removeAll(QStringLiteral("%n"));
            wantedInSingular.removeAll(QStringLiteral("%Ln"));
            if (got != wanted || inSingular != wantedInSingular)
                found << QStringLiteral("“%1” → “%2”").arg(m.source, m.forms.join(u" | "));
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void loadsFrenchAndEnglish()
    {
        QVERIFY2(!Translations::directory().isEmpty(), "no audience-desk_*.qm found");
        QCOMPARE(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QCoreApplication::translate("ApiErrorBuilder", "%n seconds", nullptr, 1),
                 QStringLiteral("1 seconde"));
        QCOMPARE(QCoreApplication::translate("ApiErrorBuilder", "%n seconds", nullptr, 3),
                 QStringLiteral("3 secondes"));
        QCOMPARE(QCoreApplication::translate("AudienceTableModel", "Install IDs"),
                 QStringLiteral("ID d'installation"));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                          + QStringLiteral("/qtbase_fr.qm")))
            QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Options:"),
                     QStringLiteral("Options :"));

        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("ApiErrorBuilder", "%n seconds", nullptr, 1),
                 QStringLiteral("1 second"));
        QCOMPARE(QCoreApplication::translate("ApiErrorBuilder", "%n seconds", nullptr, 2),
                 QStringLiteral("2 seconds"));
        QCOMPARE(QCoreApplication::translate("AudienceTableModel", "Install IDs"),
                 QStringLiteral("Install IDs"));
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Options:"),
                 QStringLiteral("Options:"));
    }

    void languageFromTheEnvironment_data()
    {
        QTest::addColumn<QByteArray>("lcAll");
        QTest::addColumn<QByteArray>("language");
        QTest::addColumn<QByteArray>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANG fr") << QByteArray() << QByteArray() << QByteArray("fr_FR.UTF-8")
                                 << QStringLiteral("fr");
        QTest::newRow("LANG fr_CA")
            << QByteArray() << QByteArray() << QByteArray("fr_CA.UTF-8") << QStringLiteral("fr");
        QTest::newRow("LANGUAGE first") << QByteArray() << QByteArray("fr:en")
                                        << QByteArray("en_US.UTF-8") << QStringLiteral("fr");
        QTest::newRow("LANGUAGE de then fr") << QByteArray() << QByteArray("de:fr")
                                             << QByteArray("de_DE.UTF-8") << QStringLiteral("fr");
        QTest::newRow("LANG de") << QByteArray() << QByteArray() << QByteArray("de_DE.UTF-8")
                                 << QStringLiteral("en");
        // As gettext: LC_ALL=C means untranslated, whatever LANGUAGE says.
        QTest::newRow("LC_ALL C") << QByteArray("C.UTF-8") << QByteArray("fr")
                                  << QByteArray("fr_FR.UTF-8") << QStringLiteral("en");
        QTest::newRow("LC_ALL fr") << QByteArray("fr_FR.UTF-8") << QByteArray()
                                   << QByteArray("en_US.UTF-8") << QStringLiteral("fr");
    }

    void languageFromTheEnvironment()
    {
        QFETCH(QByteArray, lcAll);
        QFETCH(QByteArray, language);
        QFETCH(QByteArray, lang);
        QFETCH(QString, expected);
        const QByteArray saved[]
            = {qgetenv("LC_ALL"), qgetenv("LANGUAGE"), qgetenv("LANG"), qgetenv("LC_MESSAGES")};
        const auto set = [](const char *name, const QByteArray &value) {
            if (value.isEmpty())
                qunsetenv(name);
            else
                qputenv(name, value);
        };
        set("LC_ALL", lcAll);
        set("LANGUAGE", language);
        set("LANG", lang);
        qunsetenv("LC_MESSAGES");
        // QLocale::system() reads the environment once; the loader reads it again.
        const QString got = Translations::systemLanguage();
        set("LC_ALL", saved[0]);
        set("LANGUAGE", saved[1]);
        set("LANG", saved[2]);
        set("LC_MESSAGES", saved[3]);
        QCOMPARE(got, expected);
    }

    void theSettingOverrides()
    {
        QTemporaryDir dir;
        QSettings qsettings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(AppSettings::language(qsettings), QString()); // the system's by default
        AppSettings settings(&qsettings);
        settings.setLanguage(QStringLiteral("fr"));
        QCOMPARE(AppSettings::language(qsettings), QStringLiteral("fr"));
        QCOMPARE(settings.language(), QStringLiteral("fr"));
        QCOMPARE(Translations::install(settings.language()), QStringLiteral("fr"));
        qsettings.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        QCOMPARE(AppSettings::language(qsettings), QString()); // unknown: the system's
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
