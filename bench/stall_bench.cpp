// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The import wizard offscreen on a large file, against the sandbox running on its own
// thread (as in `audience-desk --sandbox`), while a StallMeter watches the GUI thread.
// Prints the longest event-loop stall of each phase. usage: ad_stall_bench FILE.csv
#include "BenchSandbox.h"
#include "StallMeter.h"
#include "wizard/ImportWizard.h"
#include "wizard/TargetPage.h"
#include "wizard/UploadPage.h"
#include "wizard/ValidationPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <cstdio>

namespace {
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.csv\n", argv[0]);
        return 2;
    }
    BenchSandbox bench;
    if (!bench.started)
        return 1;
    ImportWizard wizard(bench.context());
    StallMeter meter;
    QElapsedTimer clock;
    // Each phase starts before the action that leads to it (page changes included).
    auto phase = [&](const char *name, const std::function<void()> &action,
                     const std::function<bool()> &done, int timeoutMs) {
        meter.start();
        clock.start();
        action();
        const bool ok = waitFor(done, timeoutMs);
        std::printf("%-28s longest stall %7.1f ms   (%.1f s)%s\n", name, meter.longestMs(),
                    clock.elapsed() / 1000.0, ok ? "" : "  TIMED OUT");
        std::fflush(stdout);
        return ok;
    };
    auto complete
        = [&wizard] { return wizard.currentPage() && wizard.currentPage()->isComplete(); };

    auto next = [&wizard] { wizard.next(); };
    const QString file = QString::fromLocal8Bit(argv[1]);
    auto open = [&wizard, &file] {
        wizard.show();
        wizard.setFile(file);
    };
    if (!phase("file page (row estimate)", open, complete, 60000)
        || !phase("format page (preview)", next, complete, 60000)
        || !phase("mapping page", next, complete, 60000))
        return 1;
    auto checked = [&wizard] {
        auto *v = qobject_cast<ValidationPage *>(wizard.currentPage());
        return v && !v->isRunning();
    };
    if (!phase("validation (whole file)", next, checked, 600000))
        return 1;
    qobject_cast<ValidationPage *>(wizard.currentPage())->skipInvalidBox()->setChecked(true);
    wizard.next();
    auto *target = qobject_cast<TargetPage *>(wizard.currentPage());
    target->audienceBox()->setEditText(QStringLiteral("stall_bench"));
    if (!waitFor([target] { return target->confirmBox()->isVisible(); }, 60000)) // plan known
        return 1;
    target->confirmBox()->setChecked(true);
    UploadPage *upload = nullptr;
    auto uploaded = [&wizard, &upload] {
        upload = qobject_cast<UploadPage *>(wizard.currentPage());
        return upload && upload->state() != UploadRecord::State::Running
            && upload->state() != UploadRecord::State::Planned;
    };
    if (!phase("upload (all requests)", next, uploaded, 1800000))
        return 1;
    std::printf("upload state: %s, %lld IDs validated\n",
                upload->state() == UploadRecord::State::Completed ? "completed" : "NOT completed",
                static_cast<long long>(wizard.validation().uniqueIds));
    return upload->state() == UploadRecord::State::Completed ? 0 : 1;
}
