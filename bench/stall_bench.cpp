// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The import wizard offscreen on a large file, against the sandbox running on its own
// thread (as in `audience-desk --sandbox`), while a StallMeter watches the GUI thread.
// Prints the longest event-loop stall of each phase. Each round chooses the file (a copy
// of its own) on the File page and times the wizard until every row is checked (read,
// format and mapping decided, whole-file check: what the fast path waits for). With --cli,
// each round also runs `audience-desk-cli import --dry-run` on the same file with the
// wizard's mapping (saved as a mapping file), right before or after (the order alternates),
// and prints the wizard's time against the CLI's (target: at most 1.15x) and whether both
// prepared the same request bodies. Then Next (straight to the Target page) and the upload.
// usage: ad_stall_bench FILE.csv [--cli PATH] [--rounds N] [--no-upload]
#include "BenchSandbox.h"
#include "StallMeter.h"
#include "upload/ImportSession.h"
#include "wizard/ImportWizard.h"
#include "wizard/TargetPage.h"
#include "wizard/UploadPage.h"
#include "wizard/ValidationPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {
// Sleeps between events, as the app's event loop does. (processEvents(flags, maxTime) would
// not: it drops WaitForMoreEvents and spins, which took a core from the check it timed.)
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer tick; // wakes the loop up to look at done() and the time
    tick.start(20);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double cpuSeconds(int who) // user + system, of this process or of its waited-for children
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty()   ? 0
        : v.size() % 2 ? v[v.size() / 2]
                       : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// The wizard's bodies against the CLI's, byte for byte.
bool sameBodies(const ImportJob::Result &wizard, const QString &cliDir)
{
    for (const ImportJob::Chunk &c : wizard.chunks) {
        QFile a(c.path), b(QDir(cliDir).filePath(QFileInfo(c.path).fileName()));
        if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly)
            || a.readAll() != b.readAll())
            return false;
    }
    return QDir(cliDir).entryList({QStringLiteral("payload-*.json")}).size()
        == wizard.chunks.size();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const QString value = args.takeAt(i + 1);
        args.removeAt(i);
        return value;
    };
    const QString cli = option(QStringLiteral("--cli"), {});
    const int rounds = std::max(1, option(QStringLiteral("--rounds"), QStringLiteral("3")).toInt());
    const bool upload = !args.removeOne(QStringLiteral("--no-upload"));
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: %s FILE.csv [--cli PATH] [--rounds N] [--no-upload]\n",
                     argv[0]);
        return 2;
    }
    BenchSandbox bench;
    if (!bench.started)
        return 1;
    ImportWizard wizard(bench.context());
    StallMeter meter;
    QElapsedTimer clock;
    double lastSeconds = 0;
    std::vector<double> preparedTimes;
    // Each phase starts before the action that leads to it (page changes included).
    auto phase = [&](const char *name, const std::function<void()> &action,
                     const std::function<bool()> &done, int timeoutMs) {
        meter.start();
        clock.start();
        const double cpu = cpuSeconds(RUSAGE_SELF);
        action();
        const bool ok = waitFor(done, timeoutMs);
        lastSeconds = double(clock.nsecsElapsed()) / 1e9;
        std::printf("%-28s longest stall %7.1f ms at %5.2f s   (%.2f s, CPU %.2f s)%s\n", name,
                    meter.longestMs(), meter.longestAtSeconds(), lastSeconds,
                    cpuSeconds(RUSAGE_SELF) - cpu, ok ? "" : "  TIMED OUT");
        std::fflush(stdout);
        return ok;
    };

    auto next = [&wizard] { wizard.next(); };
    const QString file = args.first();
    // Each round on a link of its own (else a copy): a new file for the wizard,
    // which checks every row from the moment it is chosen, as a user's would be.
    auto copyFor = [&bench, &file](int round) {
        const QString copy = bench.dir.filePath(QStringLiteral("round-%1.csv").arg(round));
        QFile::remove(copy);
        if (!QFile::link(file, copy) && !QFile::copy(file, copy))
            return file;
        return copy;
    };
    QString chosen;
    auto choose = [&wizard, &chosen] {
        wizard.restart();
        wizard.setFile(chosen);
    };
    auto checked = [&wizard, &chosen] {
        const ImportSession *s = wizard.session();
        return wizard.draft().path == QFileInfo(chosen).absoluteFilePath() && !s->isChecking()
            && s->hasCheckOf(wizard.draft().path, wizard.mapping());
    };
    wizard.show();
    // The CLI with the wizard's mapping, as a mapping file (README, "Mapping files").
    const QString mappingFile = bench.dir.filePath(QStringLiteral("mapping.json"));
    const QString cliOut = bench.dir.filePath(QStringLiteral("cli-out"));
    auto saveMapping = [&] {
        QFile f(mappingFile);
        return f.open(QIODevice::WriteOnly) && f.write(wizard.mapping().toJson()) >= 0;
    };
    auto runCli = [&]() -> double {
        QDir(cliOut).removeRecursively();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels); // shown when it fails
        QElapsedTimer t;
        const double cpu = cpuSeconds(RUSAGE_CHILDREN);
        t.start();
        p.start(cli,
                {QStringLiteral("import"), QStringLiteral("stall_bench"), QStringLiteral("--csv"),
                 file, QStringLiteral("--mapping"), mappingFile, QStringLiteral("--dry-run"),
                 QStringLiteral("--out"), cliOut});
        const bool ok = p.waitForFinished(600000) && p.exitCode() == 0;
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        std::printf("%-28s                                    (%.2f s, CPU %.2f s)%s\n",
                    "audience-desk-cli --dry-run", seconds, cpuSeconds(RUSAGE_CHILDREN) - cpu,
                    ok ? "" : "  FAILED");
        if (!ok)
            std::printf("%s\n", p.readAll().constData());
        std::fflush(stdout);
        return ok ? seconds : -1;
    };

    std::vector<double> wizardTimes, cliTimes, ratios;
    double longestStall = 0;
    bool identical = true;
    for (int round = 1; round <= rounds; ++round) {
        chosen = copyFor(round);
        double cliSeconds = 0;
        const bool cliFirst = !cli.isEmpty() && round % 2 == 0;
        if (cliFirst && (cliSeconds = runCli()) < 0)
            return 1;
        if (!phase("file chosen, every row checked", choose, checked, 600000))
            return 1;
        // The hashes and entries the upload needs follow (ImportSession::prepared), while a
        // user would name the audience.
        if (!waitFor([&wizard] { return !wizard.session()->isPreparing(); }, 600000))
            return 1;
        preparedTimes.push_back(double(clock.nsecsElapsed()) / 1e9);
        std::printf("    ready to upload (hashes, entries) at %.2f s\n", preparedTimes.back());
        if (!saveMapping()) // the wizard's own, for the CLI
            return 1;
        const ImportJob::Result &checkedResult = wizard.validation();
        std::printf("    %lld rows, %lld rejected, %lld problems listed, %lld IDs\n",
                    static_cast<long long>(checkedResult.rowsRead),
                    static_cast<long long>(checkedResult.rejectedRows),
                    static_cast<long long>(checkedResult.problems.size()),
                    static_cast<long long>(checkedResult.uniqueIds));
        wizardTimes.push_back(lastSeconds);
        longestStall = std::max(longestStall, meter.longestMs());
        if (cli.isEmpty())
            continue;
        if (!cliFirst && (cliSeconds = runCli()) < 0)
            return 1;
        cliTimes.push_back(cliSeconds);
        ratios.push_back(lastSeconds / cliSeconds);
        identical = identical && sameBodies(wizard.validation(), cliOut);
    }
    if (!cli.isEmpty()) {
        const double ratio = median(ratios);
        std::printf("\nwhole-file check, median of %d rounds: wizard %.2f s (ready to upload "
                    "%.2f s), CLI %.2f s\n",
                    rounds, median(wizardTimes), median(preparedTimes), median(cliTimes));
        std::printf("%s  wizard / CLI (per round, median): %.2fx (target <= 1.15x)\n",
                    ratio <= 1.15 ? "PASS" : "MISS", ratio);
        std::printf("%s  longest GUI stall while checking: %.1f ms (target < 50 ms)\n",
                    longestStall < 50 ? "PASS" : "MISS", longestStall);
        std::printf("%s  request bodies identical to the CLI's\n\n", identical ? "PASS" : "MISS");
        std::fflush(stdout);
    }
    if (!upload)
        return identical ? 0 : 1;

    // A clean file: Next goes straight to the Target page; a new audience needs no tick.
    if (!wizard.canSkipToTarget())
        std::printf("the file is not clean: the wizard would walk every page\n");
    wizard.next();
    auto *target = qobject_cast<TargetPage *>(wizard.currentPage());
    if (!target)
        return 1;
    named<QComboBox>(target, "audienceBox")->setEditText(QStringLiteral("stall_bench"));
    if (!waitFor([target] { return target->isComplete(); }, 60000)) // plan known
        return 1;
    UploadPage *uploadPage = nullptr;
    auto uploaded = [&wizard, &uploadPage] {
        uploadPage = qobject_cast<UploadPage *>(wizard.page(ImportWizard::UploadPageId));
        return wizard.currentId() >= ImportWizard::UploadPageId
            && uploadPage->state() != UploadRecord::State::Running
            && uploadPage->state() != UploadRecord::State::Planned;
    };
    if (!phase("upload (all requests)", next, uploaded, 1800000))
        return 1;
    const bool completed = uploadPage->state() == UploadRecord::State::Completed;
    std::printf("upload state: %s, %lld IDs validated\n", completed ? "completed" : "NOT completed",
                static_cast<long long>(wizard.validation().uniqueIds));
    return completed && identical ? 0 : 1;
}
