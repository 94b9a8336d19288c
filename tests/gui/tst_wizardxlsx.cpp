// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Child.h"
#include "WizardTestSupport.h"
#include "import/RejectedRowsModel.h"
#include "wizard/FormatPage.h"

#include <QTableView>

#include <QTemporaryDir>

// The import wizard on an Excel workbook: the Format page offers the sheets instead of the
// encoding and delimiter, and the chosen sheet is what Mapping and Validation read.
class TestWizardXlsx : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString data(const QString &name)
    {
        return QStringLiteral(AD_TEST_DATA_DIR "/xlsx/") + name;
    }
    // The wizard shown on `file`, past the File page: on the Format page, read.
    static void openFormatPage(ImportWizard &w, const QString &file, FormatPage **page)
    {
        w.setFile(file);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        NEXT(w); // File
        *page = qobject_cast<FormatPage *>(w.currentPage());
        QVERIFY(*page);
        QTRY_VERIFY_WITH_TIMEOUT((*page)->isComplete(), 30000);
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void theFormatPageOffersTheSheets()
    {
        WizardHarness h(m_dir.path());
        ImportWizard w(h.context());
        FormatPage *page = nullptr;
        openFormatPage(w, data(QStringLiteral("generated.xlsx")), &page);
        if (QTest::currentTestFailed())
            return;
        auto *sheetBox = child<QComboBox>(page, "sheetBox");
        QVERIFY(sheetBox);
        QVERIFY(!sheetBox->isHidden());
        auto *encodingBox = child<QComboBox>(page, "encodingBox");
        QVERIFY(encodingBox);
        QVERIFY(encodingBox->isHidden());
        auto *delimiterBox = child<QComboBox>(page, "delimiterBox");
        QVERIFY(delimiterBox);
        QVERIFY(delimiterBox->isHidden());
        auto *headerBox = child<QCheckBox>(page, "headerBox");
        QVERIFY(headerBox);
        QVERIFY(!headerBox->isHidden());
        QCOMPARE(sheetBox->count(), 2);
        QCOMPARE(sheetBox->currentText(), QStringLiteral("Contacts"));
        QCOMPARE(w.preview().header.size(), 7);

        sheetBox->setCurrentIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(
            w.preview().header, QStringList({QStringLiteral("id"), QStringLiteral("city")}), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
        QCOMPARE(sheetBox->currentText(), QStringLiteral("Other sheet"));
        NEXT(w); // Format
        QCOMPARE(w.mapping().sheet, QStringLiteral("Other sheet"));
        NEXT(w); // Mapping
        auto *validation = qobject_cast<ValidationPage *>(w.currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isRunning() && w.validation().ok, 30000);
        QCOMPARE(w.validation().rowsRead, 2);
        QCOMPARE(w.validation().sheet, QStringLiteral("Other sheet"));
    }
    // The error cell's row is rejected, and the Validation page names the cell.
    void validationNamesTheCell()
    {
        WizardHarness h(m_dir.path());
        ImportWizard w(h.context());
        FormatPage *page = nullptr;
        openFormatPage(w, data(QStringLiteral("generated.xlsx")), &page);
        if (QTest::currentTestFailed())
            return;
        NEXT(w); // Format
        NEXT(w); // Mapping
        auto *validation = qobject_cast<ValidationPage *>(w.currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isRunning() && w.validation().ok, 30000);
        auto *problemsView = child<QTableView>(validation, "problemsView");
        QVERIFY(problemsView);
        QVERIFY(w.validation().rejectedRows >= 1); // and more if a column was guessed a date
        QAbstractItemModel *problems = problemsView->model();
        QStringList cells;
        for (int i = 0; i < problems->rowCount(); ++i) {
            if (problems->index(i, RejectedRowsModel::Line).data().toInt() == 5)
                cells << problems->index(i, RejectedRowsModel::ColumnName).data().toString();
        }
        QCOMPARE(cells, QStringList {QStringLiteral("Contacts!C5")});
        QCOMPARE(problems->headerData(RejectedRowsModel::Line, Qt::Horizontal).toString(),
                 QStringLiteral("Row"));
    }
    void aCsvFileKeepsEncodingAndDelimiter()
    {
        WizardHarness h(m_dir.path());
        ImportWizard w(h.context());
        FormatPage *page = nullptr;
        openFormatPage(w, data(QStringLiteral("generated_contacts.csv")), &page);
        if (QTest::currentTestFailed())
            return;
        auto *sheetBox = child<QComboBox>(page, "sheetBox");
        QVERIFY(sheetBox);
        QVERIFY(sheetBox->isHidden());
        auto *encodingBox = child<QComboBox>(page, "encodingBox");
        QVERIFY(encodingBox);
        QVERIFY(!encodingBox->isHidden());
        auto *delimiterBox = child<QComboBox>(page, "delimiterBox");
        QVERIFY(delimiterBox);
        QVERIFY(!delimiterBox->isHidden());
        NEXT(w);
        QVERIFY(w.mapping().sheet.isEmpty());
    }
    void anOldWorkbookIsRefusedOnTheFilePage()
    {
        WizardHarness h(m_dir.path());
        ImportWizard w(h.context());
        w.setFile(data(QStringLiteral("old.xls")));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY_WITH_TIMEOUT(!w.currentPage()->isComplete(), 10000);
        const QList<QLabel *> labels = w.currentPage()->findChildren<QLabel *>();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(labels.begin(), labels.end(),
                                             [](QLabel *l) {
                                                 return l->text().contains(
                                                     QStringLiteral("save it as an Excel "
                                                                    "workbook (.xlsx) or as CSV"));
                                             }),
                                 10000);
    }
};

QTEST_MAIN(TestWizardXlsx)
#include "tst_wizardxlsx.moc"
