// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WizardTestSupport.h"
#include "import/AttributeMappingModel.h"
#include "import/RecentMappings.h"
#include "wizard/MappingPage.h"
#include "wizard/TagEditor.h"

#include <QCheckBox>
#include <QFile>
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
        AttributeMappingModel *model = page->attributeModel();
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
        AttributeMappingModel *model = page->attributeModel();
        const auto cell
            = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, AttributeMappingModel::Source), QStringLiteral("price"));
        QCOMPARE(cell(0, AttributeMappingModel::Samples), QStringLiteral("12,50 · 3,10 · 0,99"));
        QCOMPARE(cell(0, AttributeMappingModel::Type), QStringLiteral("float"));
        QVERIFY(page->decimalCommaBox()->isChecked()); // the decimal comma, and why
        QVERIFY(page->decimalCommaNote()->isVisible());
        QCOMPARE(page->decimalCommaNote()->text(), QStringLiteral("(guessed from price: 12,50)"));
        QCOMPARE(cell(1, AttributeMappingModel::Samples),
                 QStringLiteral("10/12/1990 · 11/12/1990 · 12/12/1990"));
        QCOMPARE(cell(1, AttributeMappingModel::Type), QStringLiteral("date"));
        QCOMPARE(cell(1, AttributeMappingModel::DateFormat),
                 QStringLiteral("dd/MM/yyyy, as in 10/12/1990"));
        QCOMPARE(model->index(1, AttributeMappingModel::DateFormat).data(Qt::EditRole).toString(),
                 QStringLiteral("dd/MM/yyyy"));
        // The table shows the samples column, wide enough to read.
        QVERIFY(!page->attributeView()->isColumnHidden(AttributeMappingModel::Samples));
        QVERIFY(page->attributeView()->columnWidth(AttributeMappingModel::Samples) >= 150);

        QVERIFY(page->notSentLabel()->isVisible());
        QCOMPARE(page->notSentLabel()->text(),
                 QStringLiteral("Not sent: c17, c18 — Batch takes 15 attributes"));
        model->setData(model->index(16, AttributeMappingModel::Include), Qt::Checked,
                       Qt::CheckStateRole); // c18 in: one too many, said so
        QVERIFY(!page->isComplete());
        QCOMPARE(page->notSentLabel()->text(),
                 QStringLiteral("Not sent: c17 — Batch takes 15 attributes"));
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
        QCOMPARE(page->tagEditor()->tagColumns().size(), 1);
        QCOMPARE(page->tagEditor()->tagColumns().first().column, QStringLiteral("tags"));
        QVERIFY2(!page->notSentLabel()->isVisible(), qPrintable(page->notSentLabel()->text()));
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
            QVERIFY(page->noticeLabel()->isVisible());
            QVERIFY(page->noticeLabel()->text().contains(QStringLiteral("vip_fr")));
            AttributeMappingModel *model = page->attributeModel();
            QCOMPARE(rowName(model, 0), QStringLiteral("years"));
            QVERIFY(rowIncluded(model, 0));
            QVERIFY(!rowIncluded(model, 1)); // vip: not in the saved mapping
            QCOMPARE(page->tagEditor()->constantTags(), saved.constantTags);
            QCOMPARE(page->tagEditor()->tagColumns().size(), 1);
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
            QVERIFY(!page->noticeLabel()->isVisible());
            AttributeMappingModel *model = page->attributeModel();
            QCOMPARE(rowName(model, 0), QStringLiteral("age"));
            QVERIFY(page->recentButton()->isEnabled());
            const QList<QAction *> actions = page->recentButton()->menu()->actions();
            QCOMPARE(actions.size(), 1);
            QVERIFY2(actions.first()->text().startsWith(QStringLiteral("vip_fr")),
                     qPrintable(actions.first()->text()));
            actions.first()->trigger();
            QCOMPARE(rowName(model, 0), QStringLiteral("years"));
            QVERIFY(!rowIncluded(model, 1));
            QCOMPARE(page->tagEditor()->constantTags(), saved.constantTags);
            QVERIFY(page->noticeLabel()->isVisible());
        }
    }
};

QTEST_MAIN(TestWizardMapping)
#include "tst_wizardmapping.moc"
