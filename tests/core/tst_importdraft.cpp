// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestFiles.h"
#include "import/ImportDraft.h"
#include "import/ImportSummaryText.h"
#include "import/UploadConfirmation.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What the wizard decides on its own for a file, and when it must stop and ask: the rules
// behind its fast path (File page straight to Target page) and its summary.
class TestImportDraft : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return writeTestFile(m_dir.filePath(name), bytes);
    }
    static QStringList reasons(const QList<ImportDraft::Doubt> &doubts)
    {
        QStringList out;
        for (const auto &d : doubts)
            out << d.reason;
        return out;
    }
    ImportDraft drafted(const QString &name, const QByteArray &bytes)
    {
        ImportDraft d = ImportDraft::inspect(write(name, bytes));
        if (d.isReady())
            d.decideMapping(std::nullopt);
        return d;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void aCleanFileHasNoDoubt()
    {
        const ImportDraft d = drafted(QStringLiteral("clean.csv"),
                                      "install_id,First Name,age,tags\n"
                                      "id-1,Ann,31,vip|fr\n"
                                      "id-2,Bob,42,fr\n");
        QVERIFY(d.isReady());
        QVERIFY2(d.doubts().isEmpty(), qPrintable(reasons(d.doubts()).join(u'\n')));
        QCOMPARE(d.mapping.idColumn, QStringLiteral("install_id"));
        QCOMPARE(d.mapping.delimiter, QStringLiteral(","));
        QCOMPARE(d.mapping.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.mapping.tagColumns.size(), 1);
        // Laid out as the Mapping page would: one attribute per other column, file order
        // (the tag column among them, left out as an attribute).
        QCOMPARE(d.mapping.attributes.size(), 3);
        QVERIFY(!d.mapping.attributes.at(2).included);
        QCOMPARE(d.mapping.attributes.at(0).column, QStringLiteral("First Name"));
        QCOMPARE(d.mapping.attributes.at(1).type, AttributeType::Int);
        QCOMPARE(ImportSummaryText::format(d.preview), QStringLiteral("UTF-8, comma, header row"));
        QCOMPARE(ImportSummaryText::mapping(d.mapping),
                 QStringLiteral("IDs from install_id, 2 attributes, tags from tags"));
    }

    void whatNoChoiceCanMendBlocksTheFile()
    {
        QCOMPARE(ImportDraft::inspect(write(QStringLiteral("empty.csv"), {})).blocking,
                 QStringLiteral("The file is empty."));
        const ImportDraft header
            = ImportDraft::inspect(write(QStringLiteral("h.csv"), "install_id\n"));
        QVERIFY(!header.isReady());
        QVERIFY2(header.blocking.contains(QStringLiteral("no rows")), qPrintable(header.blocking));
        const ImportDraft png = ImportDraft::inspect(
            write(QStringLiteral("image.csv"),
                  QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0')));
        QVERIFY(!png.isReady());
        QVERIFY(!png.blocking.isEmpty());
    }

    // The 11-byte text file: said on the File page, and the Format page asks.
    void aSingleLineIsSaidAndAsked()
    {
        const ImportDraft d
            = ImportDraft::inspect(write(QStringLiteral("hello.txt"), "hello world"));
        QVERIFY(d.isReady());
        QVERIFY2(d.note.contains(QStringLiteral("nothing to send")), qPrintable(d.note));
        QCOMPARE(d.reasons(ImportDraft::Step::Format).size(), 1);
    }

    void aFirstLineThatLooksLikeDataIsAsked()
    {
        const ImportDraft d = drafted(QStringLiteral("ids.csv"),
                                      "4f1c2a9e-0b7d-4c1e-9a55-1f2e3d4c5b6a\n"
                                      "9a0b1c2d-3e4f-4a5b-8c7d-6e5f4a3b2c1d\n"
                                      "0f9e8d7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c\n");
        QCOMPARE(d.reasons(ImportDraft::Step::Format).size(), 1);
        QVERIFY(d.reasons(ImportDraft::Step::Format).first().contains(QStringLiteral("4f1c2a9e")));
        // A real header over the same IDs: no doubt.
        const ImportDraft named = drafted(QStringLiteral("named.csv"),
                                          "device\n"
                                          "9a0b1c2d-3e4f-4a5b-8c7d-6e5f4a3b2c1d\n"
                                          "0f9e8d7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c\n");
        QVERIFY2(named.doubts().isEmpty(), qPrintable(reasons(named.doubts()).join(u'\n')));
    }

    void twoDelimitersThatBothFitAreAsked()
    {
        const ImportDraft d
            = drafted(QStringLiteral("two.csv"), "install_id;a,b\nx1;1,2\nx2;3,4\nx3;5,6\n");
        QCOMPARE(d.reasons(ImportDraft::Step::Format).size(), 1);
        // Decimal commas in a semicolon file: the header has none, so no doubt.
        const ImportDraft excel
            = drafted(QStringLiteral("excel.csv"), "install_id;score\nx1;1,5\nx2;2,5\nx3;3,25\n");
        QVERIFY2(excel.reasons(ImportDraft::Step::Format).isEmpty(),
                 qPrintable(excel.reasons(ImportDraft::Step::Format).join(u'\n')));
    }

    void mixedEncodingIsAsked()
    {
        QByteArray bytes = "install_id,city\nx1,Montr\xc3\xa9"
                           "al\nx2,Li\xe8ge\n";
        const ImportDraft d = drafted(QStringLiteral("mixed.csv"), bytes);
        QCOMPARE(d.reasons(ImportDraft::Step::Format).size(), 1);
        const ImportDraft cp1252
            = drafted(QStringLiteral("cp.csv"), "install_id,city\nx2,Li\xe8ge\n");
        QVERIFY(cp1252.reasons(ImportDraft::Step::Format).isEmpty());
        QCOMPARE(cp1252.mapping.encoding, QStringLiteral("Windows-1252"));
    }

    void mappingDoubts()
    {
        // No ID column by name.
        ImportDraft d = drafted(QStringLiteral("email.csv"), "email,age\na@b.c,3\nd@e.f,4\n");
        QCOMPARE(d.reasons(ImportDraft::Step::Mapping).size(), 1);
        QVERIFY(d.reasons(ImportDraft::Step::Mapping).first().contains(QStringLiteral("email")));
        // More columns than Batch takes.
        QByteArray wide = "install_id";
        for (int i = 1; i <= 18; ++i)
            wide += ",c" + QByteArray::number(i);
        wide += "\nx1" + QByteArray(18 * 2, ',').replace(",,", ",1") + "\n";
        d = drafted(QStringLiteral("wide.csv"), wide);
        QVERIFY2(
            reasons(d.mappingDoubts).join(u' ').contains(QStringLiteral("3 columns are not sent")),
            qPrintable(reasons(d.mappingDoubts).join(u' ')));
        // Dates that could be either way round; one day above 12 settles it.
        d = drafted(QStringLiteral("d1.csv"), "install_id,signup\nx1,01/02/2024\nx2,03/04/2024\n");
        QCOMPARE(d.reasons(ImportDraft::Step::Mapping).size(), 1);
        d = drafted(QStringLiteral("d2.csv"), "install_id,signup\nx1,01/02/2024\nx2,23/04/2024\n");
        QVERIFY(d.reasons(ImportDraft::Step::Mapping).isEmpty());
        // The mapping last used for the audience is the user's own choice: no doubt.
        d = ImportDraft::inspect(write(QStringLiteral("email2.csv"), "email,age\na@b.c,3\n"));
        ColumnMapping recent;
        recent.idColumn = QStringLiteral("email");
        d.decideMapping(recent);
        QVERIFY(d.fromRecent);
        QVERIFY(d.mappingDoubts.isEmpty());
        QCOMPARE(d.mapping.idColumn, QStringLiteral("email"));
        QCOMPARE(d.mapping.attributes.size(), 1);
        QVERIFY(!d.mapping.attributes.first().included); // not named: left out, as the page shows
    }

    void theCheckDecidesTheRest()
    {
        ImportJob::Result r;
        r.ok = true;
        r.rowsRead = 500;
        r.validRows = 500;
        r.uniqueIds = 497;
        r.duplicateIds = 3;
        QVERIFY(ImportDraft::checkDoubts(r).isEmpty());
        QCOMPARE(ImportSummaryText::check(r),
                 QStringLiteral("500 rows checked, 0 rejected, 3 repeated IDs"));
        r.rejectedRows = 2;
        QCOMPARE(ImportDraft::checkDoubts(r).size(), 1);
        QCOMPARE(ImportDraft::checkDoubts(r).first().step, ImportDraft::Step::Validation);
        r.rejectedRows = 0;
        r.warnings = 1;
        QCOMPARE(ImportDraft::checkDoubts(r).size(), 1);
        r.warnings = 0;
        r.uniqueIds = 0;
        QCOMPARE(ImportDraft::checkDoubts(r).size(), 1);
        ImportJob::Result cancelled;
        cancelled.cancelled = true;
        QCOMPARE(ImportDraft::checkDoubts(cancelled).size(), 1);
    }

    void theTickOnlyWhereSomethingCanBeLost_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<qint64>("ids");
        QTest::addColumn<bool>("live");
        QTest::addColumn<bool>("several");
        QTest::addColumn<bool>("needed");
        QTest::newRow("new audience")
            << int(UploadMode::Replace) << false << qint64(-1) << false << false << false;
        QTest::newRow("empty audience")
            << int(UploadMode::Replace) << true << qint64(0) << false << false << false;
        QTest::newRow("replace ids")
            << int(UploadMode::Replace) << true << qint64(12) << false << false << true;
        QTest::newRow("count unknown")
            << int(UploadMode::Replace) << true << qint64(-1) << false << false << true;
        QTest::newRow("sync ids") << int(UploadMode::Sync) << true << qint64(12) << false << false
                                  << true;
        QTest::newRow("remove ids")
            << int(UploadMode::Remove) << true << qint64(12) << false << false << true;
        QTest::newRow("add ids") << int(UploadMode::Add) << true << qint64(12) << false << false
                                 << false;
        QTest::newRow("live, new")
            << int(UploadMode::Replace) << false << qint64(-1) << true << false << true;
        QTest::newRow("live, add")
            << int(UploadMode::Add) << true << qint64(12) << true << false << true;
        QTest::newRow("several apps")
            << int(UploadMode::Replace) << false << qint64(-1) << false << true << true;
    }
    void theTickOnlyWhereSomethingCanBeLost()
    {
        QFETCH(int, mode);
        QFETCH(bool, exists);
        QFETCH(qint64, ids);
        QFETCH(bool, live);
        QFETCH(bool, several);
        QFETCH(bool, needed);
        QCOMPARE((UploadConfirmation {UploadMode(mode), exists, ids, live, several}.needed()),
                 needed);
    }

    void theLayoutIsTheMappingPages()
    {
        const QStringList header
            = {QStringLiteral("Age"), QStringLiteral("install_id"), QStringLiteral("tags"),
               QStringLiteral("City"), QStringLiteral("more")};
        ColumnMapping m;
        m.idColumn = QStringLiteral("INSTALL_ID");
        m.attributes
            = {{QStringLiteral("city"), QStringLiteral("town"), AttributeType::String, {}, true},
               {QStringLiteral("1"), QStringLiteral("years"), AttributeType::Int, {}, true}};
        m.tagColumns = {{QStringLiteral("more"), QStringLiteral(";")},
                        {QStringLiteral("TAGS"), QStringLiteral(";")}};
        const ColumnMapping laid = m.laidOutFor(header);
        QCOMPARE(laid.idColumn, QStringLiteral("install_id"));
        QCOMPARE(laid.attributes.size(), 4);
        QCOMPARE(laid.attributes.at(0).name, QStringLiteral("years"));
        QCOMPARE(laid.attributes.at(0).column, QStringLiteral("Age"));
        QCOMPARE(laid.attributes.at(1).column, QStringLiteral("tags"));
        QVERIFY(!laid.attributes.at(1).included);
        QCOMPARE(laid.attributes.at(2).name, QStringLiteral("town"));
        QCOMPARE(laid.tagColumns.size(), 2);
        QCOMPARE(laid.tagColumns.at(0).column, QStringLiteral("tags"));
        QCOMPARE(laid.tagColumns.at(1).separator, QStringLiteral(";"));
        QCOMPARE(laid.laidOutFor(header), laid); // a fixed point
    }
};

QTEST_GUILESS_MAIN(TestImportDraft)
#include "tst_importdraft.moc"
