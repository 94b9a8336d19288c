// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// audience-desk-cli as a French user runs it: LANG=fr_FR.UTF-8 (ctest's LC_ALL=C.UTF-8
// removed), its --help in French, Qt's part of it too, and --json still machine output
// (C-locale numbers, ISO dates) whatever the language. The saved setting wins over LANG.
class TestCliFrench : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args, const QByteArray &lang, const QByteArray &language = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
        if (!language.isEmpty())
            env.insert(QStringLiteral("LANGUAGE"), QString::fromLatin1(language));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AD_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            qWarning() << "cli timed out" << args;
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    void saveLanguage(const QString &language)
    {
        QSettings settings(
            m_home.filePath(QStringLiteral("config/AudienceDesk/audience-desk.conf")),
            QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), language);
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void helpInFrench()
    {
        const Run r = cli({QStringLiteral("--help")}, "fr_FR.UTF-8", "fr");
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Commandes\u00a0:")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Utiliser un profil enregistré")));
        QVERIFY(r.out.contains(QStringLiteral("Codes de sortie")));
        QVERIFY(!r.out.contains(QStringLiteral("Commands:")));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                          + QStringLiteral("/qtbase_fr.qm")))
            QVERIFY2(r.out.contains(QStringLiteral("Options :")), qPrintable(r.out));
    }

    void langAloneIsEnough()
    {
        const Run r = cli({QStringLiteral("--help")}, "fr_FR.UTF-8");
        QVERIFY2(r.out.contains(QStringLiteral("Commandes\u00a0:")), qPrintable(r.out));
    }

    void errorsInFrench()
    {
        const Run r = cli({QStringLiteral("frobnicate")}, "fr_FR.UTF-8");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("erreur")), qPrintable(r.err));
    }

    void englishElsewhere()
    {
        QVERIFY(cli({QStringLiteral("--help")}, "en_US.UTF-8").out.contains(u"Commands:"));
        QVERIFY(cli({QStringLiteral("--help")}, "de_DE.UTF-8").out.contains(u"Commands:"));
        // LC_ALL=C (as ctest sets it) means untranslated, whatever LANGUAGE says.
        QVERIFY(cli({QStringLiteral("--help")}, "C.UTF-8", "fr").out.contains(u"Commands:"));
    }

    void theSavedSettingWins()
    {
        saveLanguage(QStringLiteral("en"));
        QVERIFY(cli({QStringLiteral("--help")}, "fr_FR.UTF-8").out.contains(u"Commands:"));
        saveLanguage(QStringLiteral("fr"));
        QVERIFY(cli({QStringLiteral("--help")}, "en_US.UTF-8").out.contains(u"Commandes"));
        saveLanguage(QString());
    }

    void jsonStaysMachineReadable()
    {
        const Run r = cli({QStringLiteral("--sandbox"), QStringLiteral("list"),
                           QStringLiteral("--all"), QStringLiteral("--json")},
                          "fr_FR.UTF-8", "fr");
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out.left(500)));
        const QJsonArray audiences = doc.object().value(u"custom_audiences").toArray();
        QVERIFY(audiences.size() > 100);
        // No French digit grouping or decimal comma anywhere, ISO dates.
        QVERIFY(!r.out.contains(QChar(0x202f)) && !r.out.contains(QChar(0xa0)));
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"));
        bool bigCount = false;
        for (const QJsonValue &v : audiences) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.value().isDouble())
                    bigCount |= it.value().toDouble() >= 1000;
                if (it.key().contains(u"created") || it.key().contains(u"updated")) {
                    QVERIFY2(it.value().toString().isEmpty()
                                 || iso.match(it.value().toString()).hasMatch(),
                             qPrintable(it.value().toString()));
                }
            }
        }
        QVERIFY(bigCount); // some counts are big enough to be grouped, and are not
    }
};

QTEST_GUILESS_MAIN(TestCliFrench)
#include "tst_clifrench.moc"
