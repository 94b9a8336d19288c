// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders each page of the import wizard (and the main window) to PNG, driven against the
// sandbox as a user would: for the README and for looking at every screen.
// usage: ad_screenshots FILE.csv OUT_DIR
#include "BenchSandbox.h"
#include "history/HistoryWindow.h"
#include "wizard/ResultPage.h"
#include "wizard/TargetPage.h"
#include "wizard/UploadPage.h"
#include "wizard/ValidationPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTableView>

namespace {
bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QElapsedTimer settle; // let pending paints and replies land
    settle.start();
    while (settle.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString out = QString::fromLocal8Bit(argv[2]);
    BenchSandbox bench(12);
    if (!bench.started)
        return 1;
    // A second profile, Live, on the same sandbox: the Target page offers the choice.
    ImportWizard::Context context = bench.context();
    Profile live = bench.profile;
    live.id = QStringLiteral("shop-ios");
    live.displayName = QStringLiteral("Shop iOS");
    live.keyKind = ApiKeyKind::Live;
    live.transient = false;
    context.profiles = {bench.profile, live};
    ImportWizard w(context);
    w.resize(900, 640);
    w.setFile(QString::fromLocal8Bit(argv[1]));
    w.show();
    auto shot
        = [&](const char *name) { w.grab().save(out + QLatin1Char('/') + QLatin1String(name)); };
    auto complete = [&w] { return w.currentPage()->isComplete(); };
    waitFor(complete);
    shot("wizard-1-file.png");
    w.next();
    waitFor(complete);
    shot("wizard-2-format.png");
    w.next();
    waitFor(complete);
    shot("wizard-mapping.png");
    w.next();
    auto *validation = qobject_cast<ValidationPage *>(w.currentPage());
    waitFor([validation] { return !validation->isRunning(); });
    waitFor([] { return false; }, 500);
    shot("wizard-4-validation.png");
    validation->skipInvalidBox()->setChecked(true);
    w.next();
    auto *target = qobject_cast<TargetPage *>(w.currentPage());
    target->audienceBox()->setEditText(QStringLiteral("spring_sale_fr"));
    waitFor([target] { return target->confirmBox()->isVisible(); }); // the plan is known
    target->confirmBox()->setChecked(true);
    waitFor(complete);
    shot("wizard-5-target.png");
    target->profileBox()->setCurrentIndex(1);
    emit target->profileBox()->activated(1);
    waitFor([target] { return target->confirmBox()->isVisible(); });
    shot("wizard-5-target-live.png");
    target->profileBox()->setCurrentIndex(0);
    emit target->profileBox()->activated(0);
    waitFor([target] { return target->confirmBox()->isVisible(); });
    target->confirmBox()->setChecked(true);
    waitFor(complete);
    w.next();
    auto *upload = qobject_cast<UploadPage *>(w.currentPage());
    waitFor([upload] { return upload->state() == UploadRecord::State::Completed; });
    shot("wizard-6-upload.png");
    w.next();
    auto *result = qobject_cast<ResultPage *>(w.currentPage());
    waitFor([result] { return !result->stopWaitingButton()->isVisible(); }); // verified
    shot("wizard-result.png");
    HistoryWindow history(&bench.history);
    history.show();
    history.view()->selectRow(0);
    waitFor([] { return false; }, 300);
    history.grab().save(out + QStringLiteral("/history.png"));
    return 0;
}
