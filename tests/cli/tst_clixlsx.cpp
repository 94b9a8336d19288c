// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliTestBase.h"

// audience-desk-cli with Excel workbooks: --file, --sheet, the dry run's bodies against
// the CSV export's, cells named in the report, and what a workbook does not take.
class TestCliXlsx : public CliTestBase
{
    Q_OBJECT
private:
    static QString data(const QString &name)
    {
        return QStringLiteral(AD_TEST_DATA_DIR "/xlsx/") + name;
    }
    QStringList args(const QString &file, const QString &out, const QStringList &more = {})
    {
        return QStringList {QStringLiteral("import"),      QStringLiteral("dry"),
                            QStringLiteral("--file"),      file,
                            QStringLiteral("--id-column"), QStringLiteral("id"),
                            QStringLiteral("--dry-run"),   QStringLiteral("--out"),
                            m_home.filePath(out)}
        + more;
    }
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void dryRunOfASheetMatchesTheCsv()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const QStringList attrs {QStringLiteral("--attr"), QStringLiteral("score:float"),
                                 QStringLiteral("--attr"), QStringLiteral("joined:date"),
                                 QStringLiteral("--skip-invalid")};
        const Run x = cli(
            s,
            args(data(QStringLiteral("libreoffice.xlsx")), QStringLiteral("x"),
                 attrs + QStringList {QStringLiteral("--sheet"), QStringLiteral("Contacts")}));
        QVERIFY2(x.code == 0, x.err.constData());
        QVERIFY2(x.err.contains("Contacts!C5: cell C5 holds the error #DIV/0!"), x.err.constData());
        QVERIFY2(x.out.contains("Dry run: nothing was sent."), x.out.constData());
        const Run c
            = cli(s, args(data(QStringLiteral("libreoffice.csv")), QStringLiteral("c"), attrs));
        QVERIFY2(c.code == 0, c.err.constData());
        QVERIFY(s.server.requests().isEmpty());
        const QByteArray body = contents(m_home.filePath(QStringLiteral("x/payload-0001.json")));
        QVERIFY(body.contains("\"007\""));
        QCOMPARE(body, contents(m_home.filePath(QStringLiteral("c/payload-0001.json"))));
    }
    void anotherSheet()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const Run r = cli(s,
                          args(data(QStringLiteral("generated.xlsx")), QStringLiteral("o"),
                               {QStringLiteral("--sheet"), QStringLiteral("Other sheet")}));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("2 rows read: 2 valid"), r.err.constData());
        const QByteArray body = contents(m_home.filePath(QStringLiteral("o/payload-0001.json")));
        QVERIFY2(body.contains("Paris") && body.contains("\"x2\""), body.constData());
    }
    void rejectsStopTheImportWithTheirCells()
    {
        SandboxFixture s;
        QVERIFY(s.start());
        const Run r = cli(s,
                          args(data(QStringLiteral("generated.xlsx")), QStringLiteral("r"),
                               {QStringLiteral("--attr"), QStringLiteral("joined:date")}));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("Contacts!C5: cell C5 holds the error #DIV/0!"), r.err.constData());
        QVERIFY2(r.err.contains("Contacts!E9 (joined):"), r.err.constData());
    }
    void usageErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("unknown sheet")
            << "generated.xlsx" << QStringList {QStringLiteral("--sheet"), QStringLiteral("Nope")}
            << QByteArray("no sheet named “Nope”. Its sheets: Contacts, Other sheet.");
        QTest::newRow("encoding") << "generated.xlsx"
                                  << QStringList {QStringLiteral("--encoding"),
                                                  QStringLiteral("utf-8")}
                                  << QByteArray("--encoding and --delimiter are for CSV files");
        QTest::newRow("delimiter")
            << "generated.xlsx" << QStringList {QStringLiteral("--delimiter"), QStringLiteral(";")}
            << QByteArray("is an Excel workbook");
        QTest::newRow("sheet of a CSV")
            << "generated_contacts.csv"
            << QStringList {QStringLiteral("--sheet"), QStringLiteral("Contacts")}
            << QByteArray("--sheet is for Excel workbooks");
    }
    void usageErrors()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, more);
        QFETCH(QByteArray, says);
        SandboxFixture s;
        QVERIFY(s.start());
        const Run r = cli(s, args(data(file), QStringLiteral("u"), more));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), r.err.constData());
    }
    void oldAndProtectedWorkbooksAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow(".xls") << "old.xls" << QByteArray("Excel 97-2003 workbook (.xls)");
        QTest::newRow("password") << "encrypted.xlsx" << QByteArray("protected by a password");
    }
    void oldAndProtectedWorkbooksAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, says);
        SandboxFixture s;
        QVERIFY(s.start());
        const Run r = cli(s, args(data(file), QStringLiteral("z")));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(says) && r.err.contains("or as CSV"), r.err.constData());
        QVERIFY(s.server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliXlsx)
#include "tst_clixlsx.moc"
