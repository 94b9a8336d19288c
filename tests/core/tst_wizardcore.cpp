// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestFiles.h"
#include "import/AttributeMappingModel.h"
#include "import/CsvPreview.h"
#include "import/CsvPreviewModel.h"
#include "import/RejectedRowsModel.h"
#include "import/TypeGuesser.h"
#include "import/UploadPlanText.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The import wizard's non-presentation pieces, without widgets.
class TestWizardCore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return writeTestFile(m_dir.filePath(name), bytes);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void planTextReadsLikeTheIssue()
    {
        QCOMPARE(UploadPlanText::describe(QStringLiteral("vip_fr"), 12480, 24950, 3),
                 QStringLiteral("Replaces all 12,480 IDs of vip_fr with 24,950 IDs in 3 requests"));
        QCOMPARE(UploadPlanText::describe(QStringLiteral("new_one"), -1, 10000, 1),
                 QStringLiteral("Fills the new audience new_one with 10,000 IDs in 1 request"));
    }

    void attributeNamesAreLowercasedAndChecked()
    {
        AttributeMappingModel model;
        QSignalSpy changed(&model, &AttributeMappingModel::mappingChanged);
        model.setAttributes(
            ColumnMapping::defaultFor(
                {QStringLiteral("id"), QStringLiteral("First Name"), QStringLiteral("Age")})
                .attributes);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.problems().isEmpty());
        const QModelIndex name0 = model.index(0, AttributeMappingModel::Name);
        QVERIFY(model.setData(name0, QStringLiteral("Given Name")));
        QCOMPARE(name0.data().toString(), QStringLiteral("given_name"));
        QVERIFY(model.setData(name0, QStringLiteral("age"))); // the same as row 1
        QCOMPARE(model.problems().size(), 1);
        QVERIFY(model.problems().first().contains(QStringLiteral("twice")));
        // A duplicate is shown on every row that has it, not only the one just edited.
        QVERIFY(!model.index(0, AttributeMappingModel::Name)
                     .data(AttributeMappingModel::ProblemRole)
                     .toString()
                     .isEmpty()
                || !model.index(1, AttributeMappingModel::Name)
                        .data(AttributeMappingModel::ProblemRole)
                        .toString()
                        .isEmpty());
        QVERIFY(model.setData(model.index(1, AttributeMappingModel::Include), Qt::Unchecked,
                              Qt::CheckStateRole));
        QVERIFY(model.problems().isEmpty()); // leaving one out resolves the clash
        for (const QString &bad :
             {QStringLiteral("bad-name"), QString(31, QLatin1Char('a')), QString()}) {
            QVERIFY(model.setData(name0, bad));
            QVERIFY2(!model.problem(0).isEmpty(), qPrintable(bad));
        }
        QVERIFY(model.setData(name0, QString(30, QLatin1Char('a'))));
        QVERIFY(model.problem(0).isEmpty());
        QVERIFY(
            !model.setData(model.index(0, AttributeMappingModel::Type), QStringLiteral("nope")));
        QVERIFY(model.setData(model.index(0, AttributeMappingModel::Type), QStringLiteral("Date")));
        QCOMPARE(model.attributes().first().type, AttributeType::Date);
        QVERIFY(model.flags(model.index(0, AttributeMappingModel::DateFormat))
                & Qt::ItemIsEditable);
        QVERIFY(changed.size() >= 8);
    }

    void theLimitOfFifteenIsCounted()
    {
        QStringList header {QStringLiteral("id")};
        for (int i = 0; i < 20; ++i)
            header << QStringLiteral("c%1").arg(i);
        AttributeMappingModel model;
        model.setAttributes(ColumnMapping::defaultFor(header).attributes);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.includedCount(), 15);
        QVERIFY(model.problems().isEmpty());
        model.setData(model.index(17, AttributeMappingModel::Include), Qt::Checked,
                      Qt::CheckStateRole);
        QCOMPARE(model.includedCount(), 16);
        QVERIFY(!model.problems().isEmpty()); // 16 > 15: said, and the page stays incomplete
        model.setData(model.index(0, AttributeMappingModel::Include), Qt::Unchecked,
                      Qt::CheckStateRole);
        QVERIFY(model.problems().isEmpty());
    }

    void previewReadsTheStartAndEstimatesTheRows()
    {
        QByteArray csv = "id;name\n";
        for (int i = 0; i < 1000; ++i)
            csv += "id" + QByteArray::number(1000 + i) + ";n\n";
        const CsvPreview p = CsvPreview::read(write(QStringLiteral("big.csv"), csv), {});
        QVERIFY(p.ok);
        QCOMPARE(p.format.delimiter, QChar(u';'));
        QCOMPARE(p.header, (QStringList {QStringLiteral("id"), QStringLiteral("name")}));
        QCOMPARE(p.rows.size(), 100);
        QVERIFY2(p.estimatedRows > 900 && p.estimatedRows < 1100,
                 qPrintable(QString::number(p.estimatedRows)));
        CsvPreviewModel model;
        model.setPreview(p);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("id1000"));

        CsvFormat noHeader;
        noHeader.hasHeader = false;
        const CsvPreview small
            = CsvPreview::read(write(QStringLiteral("s.csv"), "a,b\nc,d\n"), noHeader);
        QVERIFY(small.ok);
        QCOMPARE(small.estimatedRows, 2);
        QCOMPARE(small.header.size(), 2); // generated names for the mapping
        QVERIFY(!CsvPreview::read(m_dir.filePath(QStringLiteral("missing.csv")), {}).ok);
    }

    void aPreviewOfWhatIsNotTextIsAnError()
    {
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 2000; ++i)
            png += char(i * 7 % 256);
        const CsvPreview p = CsvPreview::read(write(QStringLiteral("image.xlsx"), png), {});
        QVERIFY(!p.ok);
        QVERIFY2(p.error.contains(QStringLiteral("not a text file")), qPrintable(p.error));
        QVERIFY(p.rows.isEmpty());
    }

    void typesAreGuessedFromTheRows()
    {
        const QStringList header {QStringLiteral("id"),   QStringLiteral("age"),
                                  QStringLiteral("vip"),  QStringLiteral("signup"),
                                  QStringLiteral("site"), QStringLiteral("city"),
                                  QStringLiteral("Tags")};
        QList<QStringList> rows;
        for (int i = 0; i < 50; ++i)
            rows << QStringList {QStringLiteral("i%1").arg(i),
                                 QString::number(18 + i),
                                 i % 2 ? QStringLiteral("yes") : QStringLiteral("no"),
                                 QStringLiteral("2024-03-1%1").arg(i % 9),
                                 QStringLiteral("https://e.com/%1").arg(i),
                                 QStringLiteral("Lyon"),
                                 QStringLiteral("a|b")};
        rows[7][1] = QStringLiteral("forty"); // one bad value keeps the column an int
        const ColumnMapping m = TypeGuesser::suggest(header, rows);
        QCOMPARE(m.idColumn, QStringLiteral("id"));
        QCOMPARE(m.attributes.size(), 5);
        QCOMPARE(m.attributes.at(0).type, AttributeType::Int);
        QCOMPARE(m.attributes.at(1).type, AttributeType::Bool);
        QCOMPARE(m.attributes.at(2).type, AttributeType::Date);
        QCOMPARE(m.attributes.at(3).type, AttributeType::Url);
        QCOMPARE(m.attributes.at(4).type, AttributeType::String);
        QCOMPARE(m.tagColumns.size(), 1);
        QCOMPARE(m.tagColumns.first().column, QStringLiteral("Tags"));
    }

    void leadingZerosKeepAColumnText()
    {
        // 08104 guessed int would be sent as 8104: one padded value makes the column text.
        // A lone 0, and 0.x, are numbers, not padding.
        QList<QStringList> rows;
        for (int i = 0; i < 50; ++i)
            rows << QStringList {QStringLiteral("i%1").arg(i),
                                 i == 3 ? QStringLiteral("08104") : QString::number(10000 + i),
                                 i % 2 ? QStringLiteral("0.5") : QStringLiteral("12.25"),
                                 QString::number(i % 7),
                                 i == 9 ? QStringLiteral("-007") : QStringLiteral("-7")};
        QCOMPARE(TypeGuesser::guess(rows, 1), AttributeType::String);
        QCOMPARE(TypeGuesser::guess(rows, 2), AttributeType::Float);
        QCOMPARE(TypeGuesser::guess(rows, 3), AttributeType::Int);
        QCOMPARE(TypeGuesser::guess(rows, 4), AttributeType::String);
    }

    void rejectedRowsAsATable()
    {
        RejectedRowsModel model;
        model.setProblems({{12, 3, QStringLiteral("age"), QStringLiteral("not a number"), false},
                           {40, 0, {}, QStringLiteral("too many fields"), false},
                           {41, 2, QStringLiteral("vip"), QStringLiteral("odd"), true}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, RejectedRowsModel::Line).data().toLongLong(), 12);
        QVERIFY(model.index(0, RejectedRowsModel::ColumnName)
                    .data()
                    .toString()
                    .contains(QStringLiteral("age")));
        QCOMPARE(model.index(0, RejectedRowsModel::Reason).data().toString(),
                 QStringLiteral("not a number"));
        QVERIFY(!model.index(1, RejectedRowsModel::ColumnName).data().toString().isEmpty());
        QVERIFY(model.index(2, RejectedRowsModel::Reason)
                    .data()
                    .toString()
                    .contains(QStringLiteral("warning")));
    }
};

QTEST_GUILESS_MAIN(TestWizardCore)
#include "tst_wizardcore.moc"
