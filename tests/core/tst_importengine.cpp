// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestFiles.h"
#include "import/ChunkWriter.h"
#include "import/ColumnMapping.h"
#include "import/ImportJob.h"
#include "import/RejectsWriter.h"
#include "import/ValueConverter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Mapping, payload shape and the upload plan, on files we make or ship (the value rules cell
// by cell: tst_valueconverter).
class TestImportEngine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeIds(const QString &name, int count,
                     const QList<std::pair<int, QString>> &overrides = {})
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write("install_id,segment\n");
        for (int i = 0; i < count; ++i) {
            QString id = QStringLiteral("id-%1").arg(i, 6, 10, QLatin1Char('0'));
            QString segment = QStringLiteral("s%1").arg(i);
            for (const auto &[row, value] : overrides) {
                if (row == i)
                    id = value;
            }
            f.write(QStringLiteral("%1,%2\n").arg(id, segment).toUtf8());
        }
        return path;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return writeTestFile(m_dir.filePath(name), bytes);
    }
    static QList<RowProblem> warningsOf(const ImportJob::Result &r)
    {
        QList<RowProblem> out;
        for (const RowProblem &p : r.problems) {
            if (p.warning)
                out << p;
        }
        return out;
    }
    ImportJob::Result runJob(const QString &csv, const ColumnMapping &mapping, const QString &out)
    {
        ImportJob::Settings s;
        s.csvPath = csv;
        s.mapping = mapping;
        s.format = ImportJob::formatFor(mapping);
        s.outputDir = m_dir.filePath(out);
        s.rejectsPath = m_dir.filePath(out + QStringLiteral("-rejects.csv"));
        return ImportJob::run(s);
    }
    static QJsonArray ids(const QString &payload)
    {
        QFile f(payload);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
        if (e.error != QJsonParseError::NoError)
            qWarning() << "invalid JSON" << e.errorString();
        return doc.object().value(QStringLiteral("ids")).toArray();
    }

private slots:
    void mappingDefaultsAndJsonRoundTrip()
    {
        const QStringList header {QStringLiteral("Email"), QStringLiteral("Install ID"),
                                  QStringLiteral("Prénom Client"), QStringLiteral("Age!")};
        ColumnMapping m = ColumnMapping::defaultFor(header);
        QCOMPARE(m.idColumn, QStringLiteral("Install ID"));
        QCOMPARE(m.attributes.size(), 3);
        QCOMPARE(m.attributes.at(1).name, QStringLiteral("prnom_client"));
        QCOMPARE(m.attributes.at(2).name, QStringLiteral("age"));
        QCOMPARE(ColumnMapping::defaultFor({QStringLiteral("a"), QStringLiteral("b")}).idColumn,
                 QStringLiteral("a"));
        QCOMPARE(ColumnMapping::resolveColumn(QStringLiteral("install id"), header), 1);
        QCOMPARE(ColumnMapping::resolveColumn(QStringLiteral("3"), header), 2);
        QCOMPARE(ColumnMapping::attributeNameFromHeader(QString(40, u'a')).size(), 30);

        QStringList many;
        for (int i = 0; i < 20; ++i)
            many << QStringLiteral("c%1").arg(i);
        QCOMPARE(ColumnMapping::defaultFor(many).includedAttributeCount(), 15);

        m.attributes[2].type = AttributeType::Int;
        m.attributes[0].type = AttributeType::Date;
        m.attributes[0].dateFormat = QStringLiteral("dd/MM/yyyy");
        m.tagColumns.append({QStringLiteral("Age!"), QStringLiteral(";")});
        m.constantTags = {QStringLiteral("spring")};
        m.delimiter = QStringLiteral(";");
        m.decimalComma = true;
        const QString path = m_dir.filePath(QStringLiteral("mapping.json"));
        QString error;
        QVERIFY(m.save(path, &error));
        const auto loaded = ColumnMapping::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == m);
        QCOMPARE(loaded->attributes[0].dateFormat, QStringLiteral("dd/MM/yyyy"));
        QVERIFY(!ColumnMapping::fromJson("{\"audience_desk_mapping\": 99}", &error));
        QVERIFY(!ColumnMapping::fromJson("not json", &error));
    }

    void defaultAttributesForAHundredThousandColumns()
    {
        // What the CLI maps without --attr: every column but the ID and tag columns. Linear
        // in the columns (100,000 in well under a second; it took 85 s), and cancellable.
        QStringList header;
        for (int i = 0; i < 100000; ++i)
            header << QStringLiteral("Col %1").arg(i);
        header[500] = QStringLiteral("install_id");
        ColumnMapping m;
        m.tagColumns = {{QStringLiteral("col 7"), QStringLiteral("|")}};
        QVERIFY(m.addDefaultAttributes(header));
        QCOMPARE(m.idColumn, QStringLiteral("install_id"));
        QCOMPARE(m.attributes.size(), 99998);
        QCOMPARE(m.includedAttributeCount(), ColumnMapping::maxAttributes);
        QCOMPARE(m.attributes.at(7).column, QStringLiteral("Col 8")); // the tag column is left out
        QCOMPARE(m.attributes.at(7).name, QStringLiteral("col_8"));
        QCOMPARE(m.attributes.last().column, QStringLiteral("Col 99999"));

        const std::atomic<bool> cancelled {true};
        ColumnMapping stopped;
        QVERIFY(!stopped.addDefaultAttributes(header, &cancelled));

        // Repeated names get numbered, still in one pass.
        const QStringList same(50000, QStringLiteral("x"));
        const ColumnMapping numbered = ColumnMapping::defaultFor(same);
        QCOMPARE(numbered.attributes.last().name, QStringLiteral("x_49999"));
    }

    void everyRowCheckedEveryProblemSaid()
    {
        ColumnMapping m;
        m.delimiter = QStringLiteral(";");
        m.decimalComma = true;
        m.attributes = {
            {QStringLiteral("Age"), QStringLiteral("age"), AttributeType::Int, {}, true},
            {QStringLiteral("Score"), QStringLiteral("score"), AttributeType::Float, {}, true},
            {QStringLiteral("VIP"), QStringLiteral("vip"), AttributeType::Bool, {}, true},
            {QStringLiteral("Signup Date"),
             QStringLiteral("signup"),
             AttributeType::Date,
             {},
             true},
            {QStringLiteral("Web Site"), QStringLiteral("site"), AttributeType::Url, {}, true},
            {QStringLiteral("Nick name"), QStringLiteral("nick"), AttributeType::String, {}, true}};
        m.tagColumns = {{QStringLiteral("tags"), QStringLiteral("|")}};
        m.constantTags = {QStringLiteral("Spring")};
        const auto r = runJob(QStringLiteral(AD_TEST_DATA_DIR "/import/attributes.csv"), m,
                              QStringLiteral("attrs"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rowsRead, 4);
        QCOMPARE(r.rejectedRows, 2);
        QCOMPARE(r.uniqueIds, 2);
        // Line 3: four bad values, each reported with its column.
        QList<int> columns;
        for (const RowProblem &p : r.problems) {
            if (p.line == 3)
                columns << p.column;
        }
        QCOMPARE(columns, (QList<int> {2, 4, 5, 6}));
        const RowProblem emptyId = r.problems.last();
        QCOMPARE(emptyId.line, 4);
        QCOMPARE(emptyId.column, 1);
        QCOMPARE(emptyId.reason, QStringLiteral("empty install ID"));

        const QJsonArray entries = ids(r.chunks.first().path);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(),
                 QStringLiteral("00123")); // leading zeros kept
        const QJsonObject attrs = first.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attrs.value(QStringLiteral("age")).toInt(), 31);
        QCOMPARE(attrs.value(QStringLiteral("score")).toDouble(), 3.5);
        QCOMPARE(attrs.value(QStringLiteral("vip")).toBool(), true);
        QCOMPARE(attrs.value(QStringLiteral("date(signup)")).toString(),
                 QStringLiteral("2024-05-01T00:00:00"));
        QCOMPARE(attrs.value(QStringLiteral("url(site)")).toString(),
                 QStringLiteral("https://example.com/a"));
        QCOMPARE(attrs.value(QStringLiteral("nick")).toString(), QStringLiteral("Zoé"));
        QCOMPARE(
            first.value(QStringLiteral("tags")).toArray(),
            (QJsonArray {QStringLiteral("spring"), QStringLiteral("vip"), QStringLiteral("fr")}));
        // Empty cells leave attributes out; constant tags still apply.
        const QJsonObject last = entries.at(1).toObject();
        QCOMPARE(last.value(QStringLiteral("id")).toString(), QStringLiteral("00789"));
        QVERIFY(!last.contains(QStringLiteral("attributes")));
        QCOMPARE(last.value(QStringLiteral("tags")).toArray(),
                 QJsonArray {QStringLiteral("spring")});
        QCOMPARE(QJsonDocument::fromJson([&] {
                     QFile f(r.chunks.first().path);
                     f.open(QIODevice::ReadOnly);
                     return f.readAll();
                 }())
                     .object()
                     .keys(),
                 QStringList {QStringLiteral("ids")}); // exactly the seed's shape
    }

    void leadingZerosAreNotDroppedSilently()
    {
        // Zero-padded codes mapped as int or float lose their zeros. The rows stay valid (the
        // type was chosen) but it is said once per column, with the count and the first line,
        // ahead of the other problems so that a short report shows it too.
        const QString csv = writeFile(QStringLiteral("zeros.csv"),
                                      "install_id,zip,price,qty\n"
                                      "a,08104,0.5,0\n"
                                      "b,75001,007.50,12\n"
                                      "c,00042,1.25,-0\n"
                                      "d,00000,0,3\n"
                                      "e,x,1,1\n");
        ColumnMapping m;
        m.attributes
            = {{QStringLiteral("zip"), QStringLiteral("zip"), AttributeType::Int, {}, true},
               {QStringLiteral("price"), QStringLiteral("price"), AttributeType::Float, {}, true},
               {QStringLiteral("qty"), QStringLiteral("qty"), AttributeType::Int, {}, true}};
        const auto r = runJob(csv, m, QStringLiteral("zeros"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.validRows, 4);
        QCOMPARE(r.rejectedRows, 1); // "x" is not a number
        const QList<RowProblem> warnings = warningsOf(r);
        QCOMPARE(warnings.size(), 2); // zip and price: 0, 0.5 and -0 are not padded
        QVERIFY(r.problems.first().warning);
        const RowProblem zip = warnings.at(0);
        QCOMPARE(zip.line, 2);
        QCOMPARE(zip.column, 2);
        QCOMPARE(zip.columnName, QStringLiteral("zip"));
        QVERIFY2(zip.reason.contains(QStringLiteral("08104"))
                     && zip.reason.contains(QStringLiteral("8104"))
                     && zip.reason.contains(QStringLiteral("3 rows")),
                 qPrintable(zip.reason));
        const RowProblem price = warnings.at(1);
        QCOMPARE(price.line, 3);
        QCOMPARE(price.column, 3);
        QVERIFY2(price.reason.contains(QStringLiteral("007.50"))
                     && price.reason.contains(QStringLiteral("7.5")),
                 qPrintable(price.reason));
        QVERIFY2(!price.reason.contains(QStringLiteral("rows")), qPrintable(price.reason));
        // The values are sent as the chosen type: the warning is about that.
        QCOMPARE(ids(r.chunks.first().path)
                     .first()
                     .toObject()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("zip"))
                     .toInt(),
                 8104);
        QCOMPARE(ValueConverter::hasLeadingZero(QStringLiteral("0.5")), false);
        QCOMPARE(ValueConverter::hasLeadingZero(QStringLiteral("0,5")), false);
        QCOMPARE(ValueConverter::hasLeadingZero(QStringLiteral("+012")), true);
        QCOMPARE(ValueConverter::hasLeadingZero(QStringLiteral("-00.5")), true);
        QCOMPARE(ValueConverter::hasLeadingZero(QStringLiteral("0e5")), false);
    }

    void whatIsNotTextIsRefusedBeforeAnyRow()
    {
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 3000; ++i)
            png += char((i * 7919 + i / 13) % 256);
        const auto r = runJob(writeFile(QStringLiteral("segment.xlsx"), png), ColumnMapping(),
                              QStringLiteral("png"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("not a text file")), qPrintable(r.error));
        QCOMPARE(r.rowsRead, 0);
        QVERIFY(r.header.isEmpty());
        QVERIFY(r.chunks.isEmpty());
    }

    void installIdsOfMoreThan128CharactersAreRefused()
    {
        const QString csv
            = writeFile(QStringLiteral("long-ids.csv"),
                        "install_id\n" + QByteArray(128, 'a') + '\n' + QByteArray(129, 'b') + '\n'
                            + QString(128, u'é').toUtf8() + '\n');
        const auto r = runJob(csv, ColumnMapping(), QStringLiteral("long-ids"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.validRows, 2); // 128 characters, even of two bytes each, are fine
        QCOMPARE(r.rejectedRows, 1);
        QCOMPARE(r.problems.first().line, 3);
        QCOMPARE(r.problems.first().column, 1);
        QVERIFY2(r.problems.first().reason.contains(QStringLiteral("129"))
                     && r.problems.first().reason.contains(QStringLiteral("128")),
                 qPrintable(r.problems.first().reason));
    }

    void aRowPastTheSizeLimitsIsRejectedAndTheRestRead()
    {
        const QString csv
            = writeFile(QStringLiteral("big-field.csv"),
                        "install_id,note\na,1\nb," + QByteArray(3 << 20, 'x') + "\nc,3\n");
        ColumnMapping m;
        m.attributes
            = {{QStringLiteral("note"), QStringLiteral("note"), AttributeType::String, {}, true}};
        const auto r = runJob(csv, m, QStringLiteral("big-field"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rowsRead, 3);
        QCOMPARE(r.validRows, 2);
        QCOMPARE(r.rejectedRows, 1);
        QCOMPARE(r.problems.first().line, 3);
        QCOMPARE(r.problems.first().column, 2);
        const QFileInfo rejects(m_dir.filePath(QStringLiteral("big-field-rejects.csv")));
        QVERIFY2(rejects.size() < 10000, qPrintable(QString::number(rejects.size())));
    }

    void columnNumbersPastTheFileAreMappingErrors()
    {
        // install_id,segment: 2 columns. Column 999 was silently left out as an attribute
        // and, as the ID column, rejected every row.
        const QString csv = writeIds(QStringLiteral("two-columns.csv"), 3);
        ColumnMapping attr;
        attr.attributes
            = {{QStringLiteral("999"), QStringLiteral("x"), AttributeType::String, {}, true}};
        ColumnMapping id;
        id.idColumn = QStringLiteral("999");
        ColumnMapping tags;
        tags.tagColumns = {{QStringLiteral("3"), QStringLiteral("|")}};
        for (const ColumnMapping &m : {attr, id, tags}) {
            const auto r = runJob(csv, m, QStringLiteral("refs"));
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QStringLiteral("2 columns")), qPrintable(r.error));
            QCOMPARE(r.header.size(), 2); // a mapping problem, not an unreadable file
            QVERIFY(r.chunks.isEmpty());
        }
        ColumnMapping last;
        last.attributes
            = {{QStringLiteral("2"), QStringLiteral("x"), AttributeType::String, {}, true}};
        QVERIFY(runJob(csv, last, QStringLiteral("refs-ok")).ok);
    }

    void mappingErrorsBeforeAnyRow()
    {
        ColumnMapping m;
        m.attributes
            = {{QStringLiteral("missing"), QStringLiteral("x"), AttributeType::String, {}, true},
               {QStringLiteral("segment"),
                QStringLiteral("Bad Name"),
                AttributeType::String,
                {},
                true}};
        const auto r = runJob(writeIds(QStringLiteral("few.csv"), 3), m, QStringLiteral("bad"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("missing")));
        QVERIFY(r.error.contains(QStringLiteral("Bad Name")));
        ColumnMapping tooMany;
        for (int i = 0; i < 16; ++i)
            tooMany.attributes.append({QStringLiteral("segment"),
                                       QStringLiteral("a%1").arg(i),
                                       AttributeType::String,
                                       {},
                                       true});
        QVERIFY(runJob(writeIds(QStringLiteral("few2.csv"), 3), tooMany, QStringLiteral("many"))
                    .error.contains(QStringLiteral("at most 15")));
    }

    void chunking_data()
    {
        // The two boundary files are committed (tests/data/import); the larger one is
        // generated, in the same shape.
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QList<qint64>>("chunks");
        QTest::newRow("10000") << QStringLiteral(AD_TEST_DATA_DIR "/import/ids_10000.csv") << 10000
                               << QList<qint64> {10000};
        QTest::newRow("10001") << QStringLiteral(AD_TEST_DATA_DIR "/import/ids_10001.csv") << 10001
                               << QList<qint64> {10000, 1};
        QTest::newRow("25000") << QString() << 25000 << QList<qint64> {10000, 10000, 5000};
    }
    void chunking()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(QList<qint64>, chunks);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString csv = file.isEmpty() ? writeIds(tag + QStringLiteral(".csv"), rows) : file;
        const auto r = runJob(csv, ColumnMapping(), tag);
        QCOMPARE(r.validRows, rows);
        QVERIFY2(r.ok, qPrintable(r.error));
        QList<qint64> sizes;
        for (const auto &c : r.chunks) {
            sizes << c.ids;
            QCOMPARE(c.replace, c.sequence == 1);
            const QJsonArray entries = ids(c.path);
            QCOMPARE(entries.size(), c.ids);
            QCOMPARE(entries.first().toObject().contains(QStringLiteral("action")), !c.replace);
            if (!c.replace)
                QCOMPARE(entries.first().toObject().value(QStringLiteral("action")).toString(),
                         QStringLiteral("add"));
        }
        QCOMPARE(sizes, chunks);
        QCOMPARE(ids(r.chunks.last().path).last().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("id-%1").arg(rows - 1, 6, 10, QLatin1Char('0')));
    }

    void duplicatesAcrossTheChunkBoundary()
    {
        // Row 5's ID appears again at row 10,003: it is sent once, with row 10,003's data,
        // at that position; row 7's ID appears three times.
        const QString path = QStringLiteral(AD_TEST_DATA_DIR "/import/dups_across_chunks.csv");
        ColumnMapping m;
        m.attributes = {{QStringLiteral("segment"),
                         QStringLiteral("segment"),
                         AttributeType::String,
                         {},
                         true}};
        const auto r = runJob(path, m, QStringLiteral("dups"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.validRows, 10010);
        QCOMPARE(r.duplicateIds, 2);
        QCOMPARE(r.supersededRows, 3);
        QCOMPARE(r.uniqueIds, 10007);
        QSet<QString> seen;
        QString segmentOf5, segmentOf7;
        int total = 0;
        for (const auto &c : r.chunks) {
            for (const QJsonValue &v : ids(c.path)) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
                ++total;
                const QString segment = v.toObject()
                                            .value(QStringLiteral("attributes"))
                                            .toObject()
                                            .value(QStringLiteral("segment"))
                                            .toString();
                if (id == u"id-000005")
                    segmentOf5 = segment;
                if (id == u"id-000007")
                    segmentOf7 = segment;
            }
        }
        QCOMPARE(total, 10007);
        QCOMPARE(segmentOf5, QStringLiteral("s10003"));
        QCOMPARE(segmentOf7, QStringLiteral("s30"));
        QCOMPARE(r.chunks.first().ids, 10000);
        QCOMPARE(ids(r.chunks.at(1).path).size(), 7);
    }

    void aBodyThatCannotBeWrittenIsReported()
    {
        // Bodies are written on another thread while the next fills: a failed write still
        // stops the job with the file named, and the bodies before it are whole.
        const QString dir = m_dir.filePath(QStringLiteral("blocked"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/payload-0002.json"))); // a folder there
        ColumnMapping m;
        const auto r
            = runJob(writeIds(QStringLiteral("blocked.csv"), 25000), m, QStringLiteral("blocked"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("payload-0002.json")), qPrintable(r.error));
        QCOMPARE(ids(dir + QStringLiteral("/payload-0001.json")).size(), 10000);

        ChunkWriter writer(dir, 2);
        for (int i = 0; i < 2; ++i)
            QVERIFY(writer.add("{\"id\":\"a\"}", 10)); // the first body goes out
        QVERIFY(writer.add("{\"id\":\"b\"}", 10));
        QVERIFY(writer.add("{\"id\":\"c\"}", 10)); // the second is sent to be written
        QVERIFY(!writer.finish()); // ...and its failure is known here at the latest
        QVERIFY(writer.errorString().contains(QStringLiteral("payload-0002.json")));
    }

    void rejectsCannotRunAsFormulas()
    {
        ColumnMapping m;
        m.attributes
            = {{QStringLiteral("name"), QStringLiteral("name"), AttributeType::Int, {}, true}};
        const auto r = runJob(QStringLiteral(AD_TEST_DATA_DIR "/import/formula.csv"), m,
                              QStringLiteral("formula"));
        QVERIFY(r.ok);
        QCOMPARE(r.rejectedRows, 2);
        QFile f(m_dir.filePath(QStringLiteral("formula-rejects.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("\"'=cmd|' /C calc'!A0\""))
                || text.contains(QStringLiteral("'=cmd|' /C calc'!A0")));
        QVERIFY(text.contains(QStringLiteral("'@SUM(1)")));
        QVERIFY(text.contains(QStringLiteral("'+danger")));
        QVERIFY(!text.contains(QStringLiteral(",=")));
        QCOMPARE(RejectsWriter::safeCell(QStringLiteral("-1")), QStringLiteral("'-1"));
        QCOMPARE(RejectsWriter::safeCell(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(RejectsWriter::safeCell(QStringLiteral("ok")), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestImportEngine)
#include "tst_importengine.moc"
