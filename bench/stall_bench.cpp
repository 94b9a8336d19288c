// The import wizard offscreen on a large file, against the sandbox running on its own
// thread (as in `audience-desk --sandbox`), while a StallMeter watches the GUI thread.
// Prints the longest event-loop stall of each phase. usage: ad_stall_bench FILE.csv
#include "StallMeter.h"
#include "api/BatchClient.h"
#include "history/UploadHistory.h"
#include "sandbox/FakeBatchServer.h"
#include "sandbox/SandboxHost.h"
#include "wizard/ImportWizard.h"
#include "wizard/UploadPage.h"
#include "wizard/ValidationPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QTemporaryDir>
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
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.path().toUtf8());
    SandboxHost sandbox;
    if (!sandbox.start(0))
        return 1;
    QNetworkAccessManager network;
    BatchClient client(&network);
    BatchClient::Config config;
    config.baseUrl = sandbox.baseUrl();
    config.apiKey = FakeBatchServer::sandboxApiKey;
    config.restKey = FakeBatchServer::sandboxRestKey;
    config.timeoutMs = 120000;
    client.setConfig(config);
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    UploadHistory history(dir.filePath(QStringLiteral("h.sqlite")));
    Profile profile;
    profile.id = QStringLiteral("sandbox");
    profile.displayName = QStringLiteral("Sandbox");

    ImportWizard wizard({&client, profile, &history, &settings});
    StallMeter meter;
    QElapsedTimer clock;
    auto phase = [&](const char *name, const std::function<bool()> &done, int timeoutMs) {
        meter.start();
        clock.start();
        const bool ok = waitFor(done, timeoutMs);
        std::printf("%-28s longest stall %7.1f ms   (%.1f s)%s\n", name, meter.longestMs(),
                    clock.elapsed() / 1000.0, ok ? "" : "  TIMED OUT");
        std::fflush(stdout);
        return ok;
    };
    auto complete
        = [&wizard] { return wizard.currentPage() && wizard.currentPage()->isComplete(); };

    wizard.show();
    wizard.setFile(QString::fromLocal8Bit(argv[1]));
    if (!phase("file page (row estimate)", complete, 60000))
        return 1;
    wizard.next();
    if (!phase("format page (preview)", complete, 60000))
        return 1;
    wizard.next();
    if (!phase("mapping page", complete, 60000))
        return 1;
    wizard.next();
    auto *validation = qobject_cast<ValidationPage *>(wizard.currentPage());
    if (!phase(
            "validation (whole file)", [validation] { return !validation->isRunning(); }, 600000))
        return 1;
    validation->skipInvalidBox()->setChecked(true);
    wizard.next();
    auto *target = wizard.currentPage();
    target->findChild<QComboBox *>()->setEditText(QStringLiteral("stall_bench"));
    target->findChild<QCheckBox *>()->setChecked(true);
    wizard.next();
    auto *upload = qobject_cast<UploadPage *>(wizard.currentPage());
    if (!phase(
            "upload (all requests)",
            [upload] {
                return upload->state() != UploadRecord::State::Running
                    && upload->state() != UploadRecord::State::Planned;
            },
            1800000))
        return 1;
    std::printf("upload state: %s, %lld IDs validated\n",
                upload->state() == UploadRecord::State::Completed ? "completed" : "NOT completed",
                static_cast<long long>(wizard.validation().uniqueIds));
    return upload->state() == UploadRecord::State::Completed ? 0 : 1;
}
