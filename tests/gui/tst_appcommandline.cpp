// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppCommandLine.h"

#include <QTest>

#include <vector>

// The desktop app's command line: which arguments are answered without a GUI (help and
// version, so help2man and a terminal without a display work), and what the GUI reads.
class TestAppCommandLine : public QObject
{
    Q_OBJECT
private:
    static bool asks(const QStringList &arguments)
    {
        std::vector<QByteArray> bytes;
        for (const QString &argument : arguments)
            bytes.push_back(argument.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &b : bytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        return AppCommandLine::answersWithoutGui(int(bytes.size()), argv.data());
    }

private slots:
    void helpAndVersionNeedNoGui_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("answeredWithoutGui");
        const QString app = QStringLiteral("audience-desk");
        QTest::newRow("nothing") << QStringList {app} << false;
        QTest::newRow("file") << QStringList {app, QStringLiteral("segment.csv")} << false;
        QTest::newRow("--version") << QStringList {app, QStringLiteral("--version")} << true;
        QTest::newRow("-v") << QStringList {app, QStringLiteral("-v")} << true;
        QTest::newRow("--help") << QStringList {app, QStringLiteral("--help")} << true;
        QTest::newRow("-h") << QStringList {app, QStringLiteral("-h")} << true;
        QTest::newRow("-?") << QStringList {app, QStringLiteral("-?")} << true;
        QTest::newRow("--help-all after an option")
            << QStringList {app, QStringLiteral("--sandbox"), QStringLiteral("--help-all")} << true;
        QTest::newRow("a file named --help after --")
            << QStringList {app, QStringLiteral("--"), QStringLiteral("--help")} << false;
        // A wrong command line is answered (with its error) without a display as well.
        QTest::newRow("--helpful") << QStringList {app, QStringLiteral("--helpful")} << true;
        QTest::newRow("--log-file without its value")
            << QStringList {app, QStringLiteral("--log-file")} << true;
        QTest::newRow("--log-file FILE")
            << QStringList {app, QStringLiteral("--log-file"), QStringLiteral("x.log")} << false;
    }
    void helpAndVersionNeedNoGui()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, answeredWithoutGui);
        QCOMPARE(asks(arguments), answeredWithoutGui);
    }

    void readsTheOptionsTheGuiUses()
    {
        AppCommandLine commandLine;
        QVERIFY(commandLine.parser().parse({QStringLiteral("audience-desk"),
                                            QStringLiteral("--sandbox"),
                                            QStringLiteral("segment.csv")}));
        QVERIFY(commandLine.sandbox());
        QVERIFY(!commandLine.newInstance());
        QCOMPARE(commandLine.files(), QStringList {QStringLiteral("segment.csv")});

        AppCommandLine second;
        QVERIFY(second.parser().parse(
            {QStringLiteral("audience-desk"), QStringLiteral("--new-instance")}));
        QVERIFY(!second.sandbox());
        QVERIFY(second.newInstance());
        QVERIFY(second.files().isEmpty());
        QVERIFY(second.logFile().isEmpty());
        QVERIFY(second.parser().parse({QStringLiteral("audience-desk"),
                                       QStringLiteral("--log-file"), QStringLiteral("x.log")}));
        QCOMPARE(second.logFile(), QStringLiteral("x.log"));
    }

    void helpListsEveryOption()
    {
        const QString help = AppCommandLine().parser().helpText();
        for (const char *option :
             {"--sandbox", "--new-instance", "--log-file", "--version", "--help"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }
};

QTEST_MAIN(TestAppCommandLine)
#include "tst_appcommandline.moc"
