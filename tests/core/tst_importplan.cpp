// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestFiles.h"
#include "import/ImportPlan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The plan file: a value that round-trips, paths relative to its folder, a mapping file read
// as a plan, and every mistake an error that names the key, never a silent default.
class TestImportPlan : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static ImportPlan sample(const QString &dir)
    {
        ImportPlan plan;
        plan.file = QDir(dir).filePath(QStringLiteral("exports/vip.csv"));
        plan.mapping.encoding = QStringLiteral("windows-1252");
        plan.mapping.delimiter = QStringLiteral(";");
        plan.mapping.decimalComma = true;
        plan.mapping.idColumn = QStringLiteral("install_id");
        ColumnMapping::Attribute age;
        age.column = QStringLiteral("Age");
        age.name = QStringLiteral("age");
        age.type = AttributeType::Int;
        ColumnMapping::Attribute signup;
        signup.column = QStringLiteral("signup");
        signup.name = QStringLiteral("signup");
        signup.type = AttributeType::Date;
        signup.dateFormat = QStringLiteral("dd/MM/yyyy");
        plan.mapping.attributes = {age, signup};
        plan.mapping.tagColumns = {{QStringLiteral("tags"), QStringLiteral(";")}};
        plan.mapping.constantTags = {QStringLiteral("spring")};
        plan.mode = UploadMode::Sync;
        plan.audience = QStringLiteral("vip_fr");
        plan.targets
            = {{QStringLiteral("Shop iOS"), {}, {}},
               {{}, QStringLiteral("ANDROIDKEY"), QUrl(QStringLiteral("http://127.0.0.1:9"))}};
        plan.skipInvalid = true;
        plan.createIfMissing = true;
        plan.requestTimeoutSeconds = 300;
        plan.syncFallback = false;
        return plan;
    }
    std::optional<ImportPlan> parse(const QByteArray &json, QString *error)
    {
        error->clear();
        return ImportPlan::fromJson(json, m_dir.path(), error);
    }
    // The sample's JSON with one change made to its object.
    QByteArray changed(const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject root = QJsonDocument::fromJson(sample(m_dir.path()).toJson()).object();
        change(root);
        return QJsonDocument(root).toJson();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripsThroughItsFile()
    {
        const ImportPlan plan = sample(m_dir.path());
        const QString path = m_dir.filePath(QStringLiteral("vip.plan.json"));
        QString error;
        QVERIFY2(plan.save(path, &error), qPrintable(error));
        const auto loaded = ImportPlan::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == plan);
        QCOMPARE(loaded->file, plan.file);
        QCOMPARE(loaded->targets, plan.targets);
        QCOMPARE(loaded->mode, UploadMode::Sync);
        QCOMPARE(loaded->requestTimeoutSeconds, 300);
        QVERIFY(!loaded->syncFallback);
        QVERIFY(ImportPlan::looksLikePlan(path));
        QVERIFY(!ImportPlan::looksLikePlan(
            writeTestFile(m_dir.filePath(QStringLiteral("data.csv")), "install_id\n1\n")));
    }

    void pathsAreRelativeToThePlanFolder()
    {
        const ImportPlan plan = sample(m_dir.path());
        const QString path = m_dir.filePath(QStringLiteral("relative.plan.json"));
        QString error;
        QVERIFY(plan.save(path, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("source")).toObject().value(QStringLiteral("file")),
                 QStringLiteral("exports/vip.csv"));
        // The folder moved with its plan: the file is found beside it.
        QTemporaryDir moved;
        const auto there = ImportPlan::fromJson(QJsonDocument(root).toJson(), moved.path(), &error);
        QVERIFY(there);
        QCOMPARE(there->file, QDir(moved.path()).filePath(QStringLiteral("exports/vip.csv")));
    }

    // A plan is a superset of a mapping file: the mapping's keys mean the same, a plan reads
    // as a mapping, and a mapping file reads as a plan with only its mapping.
    void mappingFilesAndPlansReadEachOther()
    {
        const ImportPlan plan = sample(m_dir.path());
        QString error;
        const auto asMapping = ColumnMapping::fromJson(plan.toJson(), &error);
        QVERIFY2(asMapping, qPrintable(error));
        QVERIFY(*asMapping == plan.mapping);
        const auto fromMapping = parse(plan.mapping.toJson(), &error);
        QVERIFY2(fromMapping, qPrintable(error));
        QVERIFY(fromMapping->mapping == plan.mapping);
        QVERIFY(fromMapping->file.isEmpty());
        QVERIFY(fromMapping->audience.isEmpty());
        QCOMPARE(fromMapping->mode, UploadMode::Replace);
    }

    void mistakesNameTheirKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        using O = QJsonObject;
        QTest::newRow("unknown top-level key")
            << changed([](O &o) { o.insert(QStringLiteral("audiance"), QStringLiteral("x")); })
            << "audiance";
        QTest::newRow("unknown option") << changed([](O &o) {
            O options = o.value(QStringLiteral("options")).toObject();
            options.insert(QStringLiteral("skip_invalids"), true);
            o.insert(QStringLiteral("options"), options);
        }) << "options.skip_invalids";
        QTest::newRow("wrong type") << changed([](O &o) {
            O options = o.value(QStringLiteral("options")).toObject();
            options.insert(QStringLiteral("skip_invalid"), QStringLiteral("yes"));
            o.insert(QStringLiteral("options"), options);
        }) << "options.skip_invalid";
        QTest::newRow("timeout out of range") << changed([](O &o) {
            O options = o.value(QStringLiteral("options")).toObject();
            options.insert(QStringLiteral("request_timeout"), 0);
            o.insert(QStringLiteral("options"), options);
        }) << "options.request_timeout";
        QTest::newRow("attribute type not text") << changed([](O &o) {
            QJsonArray attributes = o.value(QStringLiteral("attributes")).toArray();
            O first = attributes.at(0).toObject();
            first.insert(QStringLiteral("type"), 3);
            attributes.replace(0, first);
            o.insert(QStringLiteral("attributes"), attributes);
        }) << "attributes[0].type";
        QTest::newRow("unknown csv key") << changed([](O &o) {
            O csv = o.value(QStringLiteral("csv")).toObject();
            csv.insert(QStringLiteral("quote"), QStringLiteral("'"));
            o.insert(QStringLiteral("csv"), csv);
        }) << "csv.quote";
        QTest::newRow("unknown mode")
            << changed([](O &o) { o.insert(QStringLiteral("mode"), QStringLiteral("merge")); })
            << "mode";
        QTest::newRow("newer version")
            << changed([](O &o) { o.insert(QStringLiteral("audience_desk_plan"), 2); })
            << "audience_desk_plan";
        QTest::newRow("a REST key") << changed([](O &o) {
            QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
            targets.append(O {{QStringLiteral("api_key"), QStringLiteral("K")},
                              {QStringLiteral("rest_key"), QStringLiteral("secret")}});
            o.insert(QStringLiteral("targets"), targets);
        }) << "targets[2].rest_key";
        QTest::newRow("target with both") << changed([](O &o) {
            o.insert(QStringLiteral("targets"),
                     QJsonArray {O {{QStringLiteral("api_key"), QStringLiteral("K")},
                                    {QStringLiteral("profile"), QStringLiteral("P")}}});
        }) << "targets[0]";
        QTest::newRow("no version")
            << QByteArray("{\"audience\": \"vip\"}") << "audience_desk_plan";
        QTest::newRow("not JSON") << QByteArray("install_id\n1\n") << "not a plan file";
    }
    void mistakesNameTheirKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!parse(json, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
