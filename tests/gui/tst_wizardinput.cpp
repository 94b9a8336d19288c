// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Child.h"
#include "TestFiles.h"
#include "WizardTestSupport.h"
#include "import/AttributeMappingModel.h"
#include "import/RejectedRowsModel.h"
#include "wizard/FilePage.h"
#include "wizard/MappingPage.h"

#include <QTableView>
#include <QTemporaryDir>

// What the wizard says about input that would otherwise change silently or be read as
// garbage: zero-padded numbers, and files that are not text at all.
class TestWizardInput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return writeTestFile(m_dir.filePath(name), bytes);
    }

private slots:
    void initTestCase() { prepareNetworkTest(); }

    void zeroPaddedNumbersAreWarnedOnTheValidationPage()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        QByteArray csv = "install_id;zip\n";
        for (int i = 0; i < 40; ++i)
            csv += "id" + QByteArray::number(i) + ';' + (i % 4 ? "75001" : "08104") + '\n';
        ImportWizard w(h.context());
        openOnMapping(w, write(QStringLiteral("zips.csv"), csv));
        auto *mapping = qobject_cast<MappingPage *>(w.currentPage());
        QVERIFY(mapping);
        auto *model = child<AttributeMappingModel>(mapping, "attributeModel");
        QVERIFY(model);
        // Guessed as text: 08104 would lose its zero as a number.
        QCOMPARE(model->data(model->index(0, AttributeMappingModel::Type)).toString(),
                 QStringLiteral("string"));
        QVERIFY(
            model->setData(model->index(0, AttributeMappingModel::Type), QStringLiteral("int")));
        NEXT(w);
        auto *validation = qobject_cast<ValidationPage *>(w.currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isRunning(), 30000);
        auto *checkSummaryLabel = child<QLabel>(validation, "checkSummaryLabel");
        QVERIFY(checkSummaryLabel);
        QVERIFY2(checkSummaryLabel->text().contains(QStringLiteral("1 warning")),
                 qPrintable(checkSummaryLabel->text()));
        auto *problemsView = child<QTableView>(validation, "problemsView");
        QVERIFY(problemsView);
        QAbstractItemModel *problems = problemsView->model();
        QCOMPARE(problems->rowCount(), 1);
        const QString reason = problems->index(0, RejectedRowsModel::Reason).data().toString();
        QVERIFY2(reason.contains(QStringLiteral("08104"))
                     && reason.contains(QStringLiteral("10 rows")),
                 qPrintable(reason));
        QCOMPARE(problems->index(0, RejectedRowsModel::Line).data().toInt(), 2);
        QVERIFY(validation->isComplete()); // a warning, not a rejection
    }

    void aFileThatIsNotTextIsRefused()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 2000; ++i)
            png += char(i * 7 % 256);
        ImportWizard w(h.context());
        w.setFile(write(QStringLiteral("segment.xlsx"), png));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *page = qobject_cast<FilePage *>(w.currentPage());
        QVERIFY(page);
        const auto said = [page] {
            for (const QLabel *l : page->findChildren<QLabel *>()) {
                if (l->text().contains(QStringLiteral("not a text file")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(said(), 10000);
        QVERIFY(!page->isComplete());
    }
};

QTEST_MAIN(TestWizardInput)
#include "tst_wizardinput.moc"
