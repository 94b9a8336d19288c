// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Child.h"
#include "WizardTestSupport.h"
#include "common/FileDialog.h"
#include "import/ImportPlan.h"
#include "upload/ImportSession.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

// One plan for both front ends: a plan saved on the Target page runs from the CLI with the
// body the wizard sent, and a plan saved by the CLI opens in the wizard on its Target page
// and sends the body the CLI sent.
class TestWizardPlan : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // The CLI against the test's server, as the app with these keys (not the plan's apps).
    int cli(const SandboxFixture &s, const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("AUDIENCE_DESK_REST_KEY"), FakeBatchServer::sandboxRestKey);
        env.insert(QStringLiteral("AUDIENCE_DESK_BASE_URL"), s.server.baseUrl().toString());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AD_CLI_PATH),
                args + QStringList {QStringLiteral("--api-key"), FakeBatchServer::sandboxApiKey});
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(60000))
            return -1;
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }
    // The bodies that carried IDs into `audience`, in the order the server took them.
    static QList<QByteArray> bodies(const FakeBatchServer &s, const QString &audience)
    {
        QList<QByteArray> found;
        for (const auto &r : s.requests()) {
            if (r.path.endsWith(u'/' + audience) && r.body.contains("\"ids\""))
                found << r.body;
        }
        return found;
    }
    static void upload(ImportWizard &w)
    {
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        QVERIFY(target);
        confirmIfAsked(target);
        NEXT(w); // commit: the upload starts
        TO_RESULT(w);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aPlanSavedOnTheTargetPageRunsFromTheCli()
    {
        WizardHarness h(m_dir.path());
        h.settings.setValue(QStringLiteral("import/reviewEachStep"), false); // the fast path
        QVERIFY(h.sandbox.start());
        const QString csv = cleanFile(m_dir.path(), 30);
        ImportWizard w(h.context());
        w.setFile(csv);
        w.show();
        NEXT(w); // File: a clean file goes straight to the Target page
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(ImportWizard::TargetPageId), 30000);
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *save = child<QPushButton>(target, "savePlanButton");
        QVERIFY(save);
        QVERIFY(!save->isEnabled()); // no audience yet: a plan needs one
        auto *audience = child<QComboBox>(target, "audienceBox");
        QVERIFY(audience);
        audience->setEditText(QStringLiteral("planned"));
        QTRY_VERIFY(save->isEnabled());
        const QString planPath = m_dir.filePath(QStringLiteral("clean.plan.json"));
        FileDialog::setNextPath(planPath);
        save->click();
        auto *note = child<QLabel>(target, "planNote");
        QVERIFY(note && note->text().contains(QDir::toNativeSeparators(planPath)));
        upload(w);
        QTRY_COMPARE_WITH_TIMEOUT(h.idsOf(QStringLiteral("planned")), 30, 30000);

        // The plan holds what the wizard decided, and the CLI sends it byte for byte.
        QString why;
        const auto plan = ImportPlan::load(planPath, &why);
        QVERIFY2(plan, qPrintable(why));
        QCOMPARE(plan->audience, QStringLiteral("planned"));
        QCOMPARE(plan->file, QFileInfo(csv).absoluteFilePath());
        QCOMPARE(plan->mapping.idColumn, QStringLiteral("install_id"));
        QCOMPARE(plan->targets.size(), 1);
        QCOMPARE(plan->targets.first().profile, QStringLiteral("sandbox"));
        QByteArray err;
        QCOMPARE(cli(h.sandbox, {QStringLiteral("run"), planPath}, &err), 0);
        const QList<QByteArray> sent = bodies(h.sandbox.server, QStringLiteral("planned"));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.last(), sent.first());
    }

    void aCliPlanOpensOnTheTargetPageAndSendsTheSameBody()
    {
        WizardHarness h(m_dir.path());
        h.settings.setValue(QStringLiteral("import/reviewEachStep"), false);
        QVERIFY(h.sandbox.start());
        const QString csv = cleanFile(m_dir.path(), 20);
        const QString planPath = m_dir.filePath(QStringLiteral("cli.plan.json"));
        QByteArray err;
        QCOMPARE(
            cli(h.sandbox,
                {QStringLiteral("import"), QStringLiteral("from-cli"), QStringLiteral("--csv"), csv,
                 QStringLiteral("--mode"), QStringLiteral("add"), QStringLiteral("--create"),
                 QStringLiteral("--save-plan"), planPath, QStringLiteral("--wait")},
                &err),
            0);
        QString why;
        const auto plan = ImportPlan::load(planPath, &why);
        QVERIFY2(plan, qPrintable(why));

        ImportWizard w(h.context());
        w.openPlan(*plan);
        w.show();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(ImportWizard::TargetPageId), 30000);
        auto *target = qobject_cast<TargetPage *>(w.currentPage());
        auto *audience = child<QComboBox>(target, "audienceBox");
        QVERIFY(audience);
        QCOMPARE(audience->currentText(), QStringLiteral("from-cli"));
        QCOMPARE(w.session()->mode(), UploadMode::Add);
        QCOMPARE(w.mapping().idColumn, plan->mapping.idColumn);
        upload(w);
        const QList<QByteArray> sent = bodies(h.sandbox.server, QStringLiteral("from-cli"));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.last(), sent.first());
    }

    void aPlanWithADoubtWalksThePages()
    {
        WizardHarness h(m_dir.path());
        h.settings.setValue(QStringLiteral("import/reviewEachStep"), false);
        QVERIFY(h.sandbox.start());
        const QString csv = segmentFile(m_dir.path()); // 5 rejected rows: a doubt
        ImportPlan plan;
        plan.file = csv;
        plan.audience = QStringLiteral("doubt");
        plan.mapping.idColumn = QStringLiteral("install_id");
        plan.mapping.delimiter = QStringLiteral(";");
        plan.mapping.attributes.append({QStringLiteral("age"),
                                        QStringLiteral("age"),
                                        AttributeType::Int,
                                        {},
                                        true}); // "n/a" is rejected
        ImportWizard w(h.context());
        w.openPlan(plan);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentId() > ImportWizard::FilePageId, 30000);
        QVERIFY(w.currentId() != ImportWizard::TargetPageId);
        QTRY_VERIFY_WITH_TIMEOUT(w.isChecked(), 30000);
        QCOMPARE(w.validation().rejectedRows, 5); // the plan's types, not guessed ones
        QCOMPARE(w.audience(), QStringLiteral("doubt"));
    }
};

QTEST_MAIN(TestWizardPlan)
#include "tst_wizardplan.moc"
