// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Child.h"
#include "MnemonicClashes.h"
#include "WizardTestSupport.h"
#include "import/AttributeMappingModel.h"
#include "wizard/ImportWizard.h"
#include "wizard/MappingPage.h"
#include "wizard/ResultPage.h"
#include "wizard/TagEditor.h"
#include "wizard/TargetPage.h"
#include "wizard/UploadPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The import wizard by keyboard alone, as the newcomer uses it: Enter on each page
// with the defaults, the audience name typed, Space on the confirmation.
class TestWizardKeyboard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void enter(QWizard &w)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && w.isAncestorOf(focus) ? focus : &w, Qt::Key_Return);
    }
private slots:
    void initTestCase()
    {
        prepareNetworkTest();
        QVERIFY(m_dir.isValid());
    }

    // "Show every step" (the harness's setting): Enter on each page with the defaults.
    void enterOnEveryStepWhenAskedToShowThemAll()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        w.setFile(cleanFile(m_dir.path(), 12000));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        int presses = 0;
        for (int page : {ImportWizard::FilePageId, ImportWizard::FormatPageId,
                         ImportWizard::MappingPageId, ImportWizard::ValidationPageId}) {
            QCOMPARE(w.currentId(), page);
            QTRY_VERIFY_WITH_TIMEOUT(forwardEnabled(w), 30000);
            enter(w);
            ++presses;
        }
        QCOMPARE(w.currentId(), int(ImportWizard::TargetPageId));
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *audienceBox = child<QComboBox>(target, "audienceBox");
        QVERIFY(audienceBox);
        QTRY_VERIFY(audienceBox->hasFocus()); // typing goes to its line edit
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("newcomer"));
        auto *planLabel = child<QLabel>(target, "planLabel");
        QVERIFY(planLabel);
        QTRY_VERIFY(planLabel->text().contains(QStringLiteral("in 2 requests")));
        auto *confirmBox = child<QCheckBox>(target, "confirmBox");
        QVERIFY(confirmBox);
        QVERIFY(!confirmBox->isVisible()); // a new audience: nothing to lose
        enter(w); // Upload
        ++presses;
        // Once acknowledged, the Result page comes by itself and follows the indexing.
        TO_RESULT(w);
        auto *result = qobject_cast<ResultPage *>(w.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(result->state(), IndexingState::Applied, 30000);
        enter(w); // Finish
        ++presses;
        QVERIFY(!w.isVisible());
        QCOMPARE(presses, 6);
        const auto held = h.sandbox.server.audience(QStringLiteral("newcomer"));
        QVERIFY(held);
        QCOMPARE(held->members.size(), 12000);
        const auto member = held->members.value(QStringLiteral("id-000042"));
        QCOMPARE(member.attributes.value(QStringLiteral("first_name")).toString(),
                 QStringLiteral("Name 42"));
        QCOMPARE(member.attributes.value(QStringLiteral("age")).toInt(), 18 + 42);
        QCOMPARE(member.tags, (QStringList {QStringLiteral("vip"), QStringLiteral("fr")}));
    }

    void mnemonicsAreUniqueOnEveryPage()
    {
        // Alt+letter must reach one control: two "&v" on a page make the second
        // unreachable by that key.
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        w.setFile(cleanFile(m_dir.path(), 12000));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        for (int page = 0; page < 5; ++page) {
            if (page < 4) {
                QTRY_VERIFY_WITH_TIMEOUT(forwardEnabled(w), 30000);
            } else { // the confirmation shows once a name is typed
                auto *audienceBox = child<QComboBox>(w.currentPage(), "audienceBox");
                QVERIFY(audienceBox);
                audienceBox->setEditText(QStringLiteral("mnemonics"));
            }
            const QStringList clashes = mnemonicClashes(&w);
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(QStringLiteral("page %1: ").arg(page) + clashes.join(u"; ")));
            if (page == 4)
                break; // the Target page: the next step would upload
            w.next();
        }
    }

    void enterInTheTagFieldAddsTheTagAndStays()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        openOnMapping(w, cleanFile(m_dir.path(), 12000));
        auto *mapping = qobject_cast<MappingPage *>(w.currentPage());
        QVERIFY(mapping);
        auto *tagEditor = child<TagEditor>(mapping, "tagEditor");
        QVERIFY(tagEditor);
        auto *tag = child<QLineEdit>(tagEditor, "tagEdit");
        QVERIFY(tag);
        tag->setFocus();
        QTest::keyClicks(tag, QStringLiteral("Spring Sale"));
        QCOMPARE(tag->text(), QStringLiteral("spring sale")); // lowercased as typed
        QTest::keyClick(tag, Qt::Key_Return);
        auto *tagList = child<QListWidget>(tagEditor, "tagList");
        QVERIFY(tagList);
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId)); // Enter did not go on
        QCOMPARE(tagList->count(), 1);
        QVERIFY(tag->text().isEmpty());
        // An empty field: Enter goes on, as on every page.
        QTest::keyClick(tag, Qt::Key_Return);
        QCOMPARE(w.currentId(), int(ImportWizard::ValidationPageId));
    }

    void attributeNamesAreLowercasedAsTyped()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        openOnMapping(w, cleanFile(m_dir.path(), 12000));
        auto *mapping = qobject_cast<MappingPage *>(w.currentPage());
        auto *view = child<QTableView>(mapping, "attributeView");
        QVERIFY(view);
        auto *attributeModel = child<AttributeMappingModel>(mapping, "attributeModel");
        QVERIFY(attributeModel);
        const QModelIndex name = attributeModel->index(0, AttributeMappingModel::Name);
        view->setFocus();
        view->setCurrentIndex(name);
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Given Name-2"));
        QCOMPARE(editor->text(), QStringLiteral("given_name2")); // as typed: - refused
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(name.data().toString(), QStringLiteral("given_name2")); // committed queued
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
    }

    void keyboardReachesEveryControl()
    {
        WizardHarness h(m_dir.path());
        QVERIFY(h.sandbox.start());
        ImportWizard w(h.context());
        w.setFile(segmentFile(m_dir.path())); // with invalid rows: page 3 has its choice
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        for (int page = 0; page < 5; ++page) {
            QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete() || page >= 3, 30000);
            if (page == 3)
                QTRY_VERIFY_WITH_TIMEOUT(
                    !qobject_cast<ValidationPage *>(w.currentPage())->isRunning(), 30000);
            QSet<QWidget *> wanted;
            for (QWidget *child : w.currentPage()->findChildren<QWidget *>()) {
                if (child->isVisible() && child->isEnabled()
                    && (child->focusPolicy() & Qt::TabFocus) && !child->focusProxy())
                    wanted.insert(child);
            }
            QSet<QWidget *> reached;
            w.currentPage()->setFocus();
            for (int i = 0; i < 4 * (wanted.size() + 6); ++i) {
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w,
                                Qt::Key_Tab);
                for (QWidget *f = QApplication::focusWidget(); f; f = f->parentWidget())
                    reached.insert(f);
            }
            for (QWidget *widget : std::as_const(wanted))
                QVERIFY2(reached.contains(widget),
                         qPrintable(QStringLiteral("page %1: %2 (%3) not reachable by Tab")
                                        .arg(page)
                                        .arg(QString::fromLatin1(widget->metaObject()->className()),
                                             widget->accessibleName())));
            if (page == 3) {
                auto *skipInvalid = child<QCheckBox>(w.currentPage(), "skipInvalidBox");
                QVERIFY(skipInvalid);
                skipInvalid->setChecked(true);
            }
            if (page == 4)
                break; // the Target page: the next step would upload
            w.next();
        }
    }
};

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizardkeyboard.moc"
