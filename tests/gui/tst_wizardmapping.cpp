// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Child.h"
#include "WizardTestSupport.h"
#include "import/AttributeMappingModel.h"
#include "import/RecentMappings.h"
#include "wizard/MappingPage.h"
#include "wizard/TagEditor.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

// The Mapping page: mapping files round-trip, and the mappings used before are offered
// again.
class TestWizardMapping : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file() { return segmentFile(m_dir.path()); }
    // One ID whose tag cell holds every separator offered (quoted: the file's delimiter is
    // the comma, and the sniffer must not see the others).
    QString tagFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("tag-separators.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write("install_id,tags\nid1,\"A|b;c,d e/f\"\nid2,x\n");
        return path;
    }
    // The tags of the first ID in the first request the check prepared.
    static QStringList firstTags(ImportWizard &w)
    {
        QFile body(w.validation().chunks.value(0).path);
        if (!body.open(QIODevice::ReadOnly))
            return {QStringLiteral("(no body)")};
        const QJsonArray ids = QJsonDocument::fromJson(body.readAll())
                                   .object()
                                   .value(QStringLiteral("ids"))
                                   .toArray();
        QStringList tags;
        for (const QJsonValue &t : ids.at(0).toObject().value(QStringLiteral("tags")).toArray())
            tags << t.toString();
        return tags;
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void mappingSaveLoadRoundTrip()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        openOnMapping(w, file());
        auto *page = qobject_cast<MappingPage *>(w.currentPage());
        QVERIFY(page);
        auto *model = child<AttributeMappingModel>(page, "attributeModel");
        QVERIFY(model);
        QCOMPARE(model->data(model->index(0, AttributeMappingModel::Type)).toString(),
                 QStringLiteral("int"));
        QCOMPARE(model->data(model->index(1, AttributeMappingModel::Type)).toString(),
                 QStringLiteral("bool"));
        QCOMPARE(model->data(model->index(2, AttributeMappingModel::Type)).toString(),
                 QStringLiteral("date"));
        model->setData(model->index(0, AttributeMappingModel::Name),
                       QStringLiteral("Customer Age"));
        QCOMPARE(model->data(model->index(0, AttributeMappingModel::Name)).toString(),
                 QStringLiteral("customer_age"));
        model->setData(model->index(1, AttributeMappingModel::Include), Qt::Unchecked,
                       Qt::CheckStateRole);
        const QString path = m_dir.filePath(QStringLiteral("saved-mapping.json"));
        QVERIFY(page->saveMapping(path));
        model->setData(model->index(0, AttributeMappingModel::Name), QStringLiteral("other"));
        model->setData(model->index(1, AttributeMappingModel::Include), Qt::Checked,
                       Qt::CheckStateRole);
        QVERIFY(page->loadMapping(path));
        QCOMPARE(model->data(model->index(0, AttributeMappingModel::Name)).toString(),
                 QStringLiteral("customer_age"));
        QCOMPARE(model->data(model->index(1, AttributeMappingModel::Include), Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Unchecked));
        QVERIFY(ColumnMapping::load(path, nullptr)->tagColumns.size() == 1);
        model->setData(model->index(0, AttributeMappingModel::Name), QStringLiteral("bad name!"));
        QVERIFY(!page->isComplete()); // names are checked as typed
    }

    void theTableReadsLikeTheFile()
    {
        // European numbers and dates, and more columns than Batch takes.
        const QString path = m_dir.filePath(QStringLiteral("wide.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QStringList header {QStringLiteral("install_id"), QStringLiteral("price"),
                                QStringLiteral("born")};
            for (int c = 4; c <= 18; ++c)
                header << QStringLiteral("c%1").arg(c);
            f.write(header.join(u';').toUtf8() + "\n");
            const QStringList prices {QStringLiteral("12,50"), QStringLiteral("3,10"),
                                      QStringLiteral("0,99"), QStringLiteral("7,25")};
            for (int r = 0; r < 20; ++r) {
                QStringList row {QStringLiteral("id%1").arg(r), prices.at(r % 4),
                                 QStringLiteral("%1/12/1990").arg(10 + r, 2, 10, QLatin1Char('0'))};
                for (int c = 4; c <= 18; ++c)
                    row << QStringLiteral("v%1").arg(c * 100 + r);
                f.write(row.join(u';').toUtf8() + "\n");
            }
        }
        WizardHarness h(m_dir.path());
        h.settings.clear();
        h.settings.setValue(QStringLiteral("import/reviewEachStep"), true);
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        openOnMapping(w, path);
        auto *page = qobject_cast<MappingPage *>(w.currentPage());
        QVERIFY(page);
        auto *model = child<AttributeMappingModel>(page, "attributeModel");
        QVERIFY(model);
        const auto cell
            = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, AttributeMappingModel::Source), QStringLiteral("price"));
        QCOMPARE(cell(0, AttributeMappingModel::Samples), QStringLiteral("12,50 · 3,10 · 0,99"));
        QCOMPARE(cell(0, AttributeMappingModel::Type), QStringLiteral("float"));
        auto *decimalCommaBox = child<QCheckBox>(page, "decimalCommaBox");
        QVERIFY(decimalCommaBox);
        auto *decimalCommaNote = child<QLabel>(page, "decimalCommaNote");
        QVERIFY(decimalCommaNote);
        QVERIFY(decimalCommaBox->isChecked()); // the decimal comma, and why
        QVERIFY(decimalCommaNote->isVisible());
        QCOMPARE(decimalCommaNote->text(), QStringLiteral("(guessed from price: 12,50)"));
        QCOMPARE(cell(1, AttributeMappingModel::Samples),
                 QStringLiteral("10/12/1990 · 11/12/1990 · 12/12/1990"));
        QCOMPARE(cell(1, AttributeMappingModel::Type), QStringLiteral("date"));
        QCOMPARE(cell(1, AttributeMappingModel::DateFormat),
                 QStringLiteral("dd/MM/yyyy, as in 10/12/1990"));
        QCOMPARE(model->index(1, AttributeMappingModel::DateFormat).data(Qt::EditRole).toString(),
                 QStringLiteral("dd/MM/yyyy"));
        // The table shows the samples column, wide enough to read.
        auto *attributeView = child<QTableView>(page, "attributeView");
        QVERIFY(attributeView);
        QVERIFY(!attributeView->isColumnHidden(AttributeMappingModel::Samples));
        QVERIFY(attributeView->columnWidth(AttributeMappingModel::Samples) >= 150);

        auto *notSentLabel = child<QLabel>(page, "notSentLabel");
        QVERIFY(notSentLabel);
        QVERIFY(notSentLabel->isVisible());
        QCOMPARE(notSentLabel->text(),
                 QStringLiteral("Not sent: c17, c18 — Batch takes 15 attributes"));
        model->setData(model->index(16, AttributeMappingModel::Include), Qt::Checked,
                       Qt::CheckStateRole); // c18 in: one too many, said so
        QVERIFY(!page->isComplete());
        QCOMPARE(notSentLabel->text(), QStringLiteral("Not sent: c17 — Batch takes 15 attributes"));
    }

    // The tag column is not an attribute, but it is sent (as tags): never "Not sent".
    void aTagColumnIsNotListedAsNotSent()
    {
        WizardHarness h(m_dir.path());
        h.settings.clear();
        h.settings.setValue(QStringLiteral("import/reviewEachStep"), true);
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        openOnMapping(w, cleanFile(m_dir.path(), 50));
        auto *page = qobject_cast<MappingPage *>(w.currentPage());
        QVERIFY(page);
        auto *tagEditor = child<TagEditor>(page, "tagEditor");
        QVERIFY(tagEditor);
        QCOMPARE(tagEditor->tagColumns().size(), 1);
        QCOMPARE(tagEditor->tagColumns().first().column, QStringLiteral("tags"));
        auto *notSentLabel = child<QLabel>(page, "notSentLabel");
        QVERIFY(notSentLabel);
        QVERIFY2(!notSentLabel->isVisible(), qPrintable(notSentLabel->text()));
    }

    void eachTagSeparatorSplitsTheCell_data()
    {
        QTest::addColumn<int>("choice"); // in the list: pipe, semicolon, comma, space, Custom…
        QTest::addColumn<QString>("custom");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("pipe") << 0 << QString() << QStringLiteral("|")
                              << QStringList {QStringLiteral("a"), QStringLiteral("b;c,d e/f")};
        QTest::newRow("semicolon")
            << 1 << QString() << QStringLiteral(";")
            << QStringList {QStringLiteral("a|b"), QStringLiteral("c,d e/f")};
        QTest::newRow("comma") << 2 << QString() << QStringLiteral(",")
                               << QStringList {QStringLiteral("a|b;c"), QStringLiteral("d e/f")};
        QTest::newRow("space") << 3 << QString() << QStringLiteral(" ")
                               << QStringList {QStringLiteral("a|b;c,d"), QStringLiteral("e/f")};
        QTest::newRow("custom") << 4 << QStringLiteral("/") << QStringLiteral("/")
                                << QStringList {QStringLiteral("a|b;c,d e"), QStringLiteral("f")};
    }
    void eachTagSeparatorSplitsTheCell()
    {
        QFETCH(int, choice);
        QFETCH(QString, custom);
        QFETCH(QString, separator);
        QFETCH(QStringList, tags);
        WizardHarness h(m_dir.path());
        h.settings.clear();
        h.settings.setValue(QStringLiteral("import/reviewEachStep"), true);
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        openOnMapping(w, tagFile());
        auto *page = qobject_cast<MappingPage *>(w.currentPage());
        QVERIFY(page);
        auto *editor = child<TagEditor>(page, "tagEditor");
        QVERIFY(editor);
        auto *separatorBox = child<QComboBox>(editor, "separatorBox");
        QVERIFY(separatorBox);
        QCOMPARE(editor->tagColumns().size(), 1); // "tags" is guessed as the tag column
        QCOMPARE(separatorBox->currentText(), QStringLiteral("| (pipe)"));
        auto *customSeparatorEdit = child<QLineEdit>(editor, "customSeparatorEdit");
        QVERIFY(customSeparatorEdit);
        QVERIFY(!customSeparatorEdit->isVisible());
        separatorBox->setCurrentIndex(choice);
        QCOMPARE(customSeparatorEdit->isVisible(), !custom.isEmpty());
        if (!custom.isEmpty()) {
            QCOMPARE(separatorBox->currentText(), QStringLiteral("Custom…"));
            QVERIFY(!page->isComplete()); // an empty custom separator: said, no going on
            QVERIFY(!editor->problem().isEmpty());
            QTest::keyClicks(customSeparatorEdit, custom);
        }
        QVERIFY(page->isComplete());
        NEXT(w); // the mapping is taken, the whole file checked
        QCOMPARE(w.mapping().tagColumns.size(), 1);
        QCOMPARE(w.mapping().tagColumns.first().separator, separator);
        auto *validation = qobject_cast<ValidationPage *>(w.currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isRunning() && w.validation().ok, 30000);
        QCOMPARE(firstTags(w), tags);
    }

    void anEmptyCustomSeparatorIsNamed()
    {
        WizardHarness h(m_dir.path());
        h.settings.clear();
        h.settings.setValue(QStringLiteral("import/reviewEachStep"), true);
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        openOnMapping(w, tagFile());
        auto *page = qobject_cast<MappingPage *>(w.currentPage());
        auto *editor = child<TagEditor>(page, "tagEditor");
        QVERIFY(editor);
        auto *separatorBox = child<QComboBox>(editor, "separatorBox");
        QVERIFY(separatorBox);
        separatorBox->setCurrentIndex(separatorBox->count() - 1);
        QVERIFY(!page->isComplete());
        QCOMPARE(editor->problem(),
                 QStringLiteral("Type a custom tag separator, or choose one from the list."));
        // No tag column: no separator needed.
        auto *tagColumnList = child<QListWidget>(editor, "tagColumnList");
        QVERIFY(tagColumnList);
        tagColumnList->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(page->isComplete());
        QVERIFY(editor->problem().isEmpty());
    }

    void aCustomSeparatorRoundTrips()
    {
        WizardHarness h(m_dir.path());
        h.settings.clear();
        h.settings.setValue(QStringLiteral("import/reviewEachStep"), true);
        QVERIFY(h.sandbox.start());
        ColumnMapping saved;
        saved.idColumn = QStringLiteral("install_id");
        saved.tagColumns = {{QStringLiteral("tags"), QStringLiteral("/")}};
        ColumnMapping named = saved;
        named.tagColumns = {{QStringLiteral("tags"), QStringLiteral(";")}};
        RecentMappings recent(&h.settings);
        recent.remember(QStringLiteral("sandbox"), QStringLiteral("custom_sep"), saved);
        recent.remember(QStringLiteral("sandbox"), QStringLiteral("named_sep"), named);
        {
            ImportWizard w(h.context());
            w.setTargetAudience(QStringLiteral("custom_sep"));
            openOnMapping(w, tagFile());
            auto *page = qobject_cast<MappingPage *>(w.currentPage());
            QVERIFY(page);
            auto *editor = child<TagEditor>(page, "tagEditor");
            QVERIFY(editor);
            auto *separatorBox = child<QComboBox>(editor, "separatorBox");
            QVERIFY(separatorBox);
            QCOMPARE(separatorBox->currentText(), QStringLiteral("Custom…"));
            auto *customSeparatorEdit = child<QLineEdit>(editor, "customSeparatorEdit");
            QVERIFY(customSeparatorEdit);
            QVERIFY(customSeparatorEdit->isVisible());
            QCOMPARE(customSeparatorEdit->text(), QStringLiteral("/"));
            // Saved to a file and read back: the same separator.
            const QString path = m_dir.filePath(QStringLiteral("custom-separator.json"));
            QVERIFY(page->saveMapping(path));
            QCOMPARE(ColumnMapping::load(path, nullptr)->tagColumns.value(0).separator,
                     QStringLiteral("/"));
            separatorBox->setCurrentIndex(0);
            QVERIFY(page->loadMapping(path));
            QCOMPARE(separatorBox->currentText(), QStringLiteral("Custom…"));
            QCOMPARE(customSeparatorEdit->text(), QStringLiteral("/"));
            NEXT(w);
            QCOMPARE(w.mapping().tagColumns.value(0).separator, QStringLiteral("/"));
        }
        {
            ImportWizard w(h.context());
            w.setTargetAudience(QStringLiteral("named_sep"));
            openOnMapping(w, tagFile());
            auto *page = qobject_cast<MappingPage *>(w.currentPage());
            auto *editor = child<TagEditor>(page, "tagEditor");
            QVERIFY(editor);
            auto *separatorBox = child<QComboBox>(editor, "separatorBox");
            QVERIFY(separatorBox);
            QCOMPARE(separatorBox->currentText(), QStringLiteral("; (semicolon)"));
            auto *customSeparatorEdit = child<QLineEdit>(editor, "customSeparatorEdit");
            QVERIFY(customSeparatorEdit);
            QVERIFY(!customSeparatorEdit->isVisible());
            NEXT(w);
            QCOMPARE(w.mapping().tagColumns.value(0).separator, QStringLiteral(";"));
        }
    }

    void theLastMappingIsOfferedAgain()
    {
        WizardHarness h(m_dir.path());
        h.settings.clear();
        h.settings.setValue(QStringLiteral("import/reviewEachStep"), true);
        QVERIFY(h.sandbox.start());
        ColumnMapping saved;
        saved.idColumn = QStringLiteral("install_id");
        saved.attributes
            = {{QStringLiteral("age"), QStringLiteral("years"), AttributeType::Int, {}, true}};
        saved.tagColumns = {{QStringLiteral("tags"), QStringLiteral("|")}};
        saved.constantTags = {QStringLiteral("returning")};
        ColumnMapping otherFile = saved;
        otherFile.idColumn = QStringLiteral("email"); // not a column of this file
        RecentMappings recent(&h.settings);
        recent.remember(QStringLiteral("sandbox"), QStringLiteral("vip_fr"), saved);
        recent.remember(QStringLiteral("sandbox"), QStringLiteral("newsletter"), otherFile);
        recent.remember(QStringLiteral("another_profile"), QStringLiteral("theirs"), saved);
        const auto rowName = [](AttributeMappingModel *m, int row) {
            return m->data(m->index(row, AttributeMappingModel::Name)).toString();
        };
        const auto rowIncluded = [](AttributeMappingModel *m, int row) {
            return m->data(m->index(row, AttributeMappingModel::Include), Qt::CheckStateRole)
                       .toInt()
                == Qt::Checked;
        };
        {
            // Known up front ("Replace from CSV…"): applied, and said so.
            ImportWizard w(h.context());
            w.setTargetAudience(QStringLiteral("vip_fr"));
            openOnMapping(w, file());
            auto *page = qobject_cast<MappingPage *>(w.currentPage());
            QVERIFY(page);
            auto *noticeLabel = child<QLabel>(page, "noticeLabel");
            QVERIFY(noticeLabel);
            QVERIFY(noticeLabel->isVisible());
            QVERIFY(noticeLabel->text().contains(QStringLiteral("vip_fr")));
            auto *model = child<AttributeMappingModel>(page, "attributeModel");
            QVERIFY(model);
            QCOMPARE(rowName(model, 0), QStringLiteral("years"));
            QVERIFY(rowIncluded(model, 0));
            auto *tagEditor = child<TagEditor>(page, "tagEditor");
            QVERIFY(tagEditor);
            QVERIFY(!rowIncluded(model, 1)); // vip: not in the saved mapping
            QCOMPARE(tagEditor->constantTags(), saved.constantTags);
            QCOMPARE(tagEditor->tagColumns().size(), 1);
            NEXT(w);
            QCOMPARE(w.mapping().attributes.size(), 4); // every column, one included
            QCOMPARE(w.mapping().includedAttributeCount(), 1);
            QCOMPARE(w.mapping().constantTags, saved.constantTags);
        }
        {
            // Chosen later: the guess first, the saved mapping one menu entry away; only
            // this profile's mappings that fit the file are listed.
            ImportWizard w(h.context());
            openOnMapping(w, file());
            auto *page = qobject_cast<MappingPage *>(w.currentPage());
            auto *noticeLabel = child<QLabel>(page, "noticeLabel");
            QVERIFY(noticeLabel);
            QVERIFY(!noticeLabel->isVisible());
            auto *model = child<AttributeMappingModel>(page, "attributeModel");
            QVERIFY(model);
            QCOMPARE(rowName(model, 0), QStringLiteral("age"));
            auto *recentButton = child<QPushButton>(page, "recentButton");
            QVERIFY(recentButton);
            QVERIFY(recentButton->isEnabled());
            const QList<QAction *> actions = recentButton->menu()->actions();
            QCOMPARE(actions.size(), 1);
            QVERIFY2(actions.first()->text().startsWith(QStringLiteral("vip_fr")),
                     qPrintable(actions.first()->text()));
            actions.first()->trigger();
            QCOMPARE(rowName(model, 0), QStringLiteral("years"));
            QVERIFY(!rowIncluded(model, 1));
            auto *tagEditor = child<TagEditor>(page, "tagEditor");
            QVERIFY(tagEditor);
            QCOMPARE(tagEditor->constantTags(), saved.constantTags);
            QVERIFY(noticeLabel->isVisible());
        }
    }
};

QTEST_MAIN(TestWizardMapping)
#include "tst_wizardmapping.moc"
