// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Child.h"
#include "SandboxFixture.h"
#include "history/UploadHistory.h"
#include "wizard/ImportWizard.h"
#include "wizard/TargetPage.h"
#include "wizard/ValidationPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMap>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <functional>

// What the import wizard tests share: the sandbox, settings and history in a folder, the
// 25,000-row segment file and what the server must hold after importing it, and driving
// the wizard up to its Target or Upload page.

// Waits for the page to be complete, then goes on (the wizard's Next).
#define NEXT(w)                                                                                    \
    do {                                                                                           \
        QTRY_VERIFY_WITH_TIMEOUT((w).currentPage()->isComplete(), 30000);                          \
        (w).next();                                                                                \
    } while (false)

// Once every request is acknowledged the wizard moves to the Result page by itself.
#define TO_RESULT(w) QTRY_VERIFY_WITH_TIMEOUT((w).currentId() == ImportWizard::ResultPageId, 30000)

struct WizardHarness
{
    explicit WizardHarness(const QString &dir)
        : settings(dir + QStringLiteral("/w.ini"), QSettings::IniFormat)
        , history(dir + QStringLiteral("/history.sqlite"))
    {
        // These tests walk every page; tst_wizardfastpath takes the way a clean file goes.
        settings.setValue(QStringLiteral("import/reviewEachStep"), true);
    }
    SandboxFixture sandbox; // start() it in the test, with the sample audiences it needs
    QSettings settings;
    UploadHistory history;
    QThreadPool pool; // the wizard's background reads (the app's AppContext::pool)

    ImportWizard::Context context()
    {
        Profile p;
        p.id = QStringLiteral("sandbox");
        p.displayName = QStringLiteral("Sandbox");
        return {&sandbox.client, p, &history, &settings, {}, nullptr, &pool};
    }
    // The ID count the server reports (sample audiences do not hold their members).
    qint64 idsOf(const QString &audience)
    {
        ApiReply *reply = sandbox.client.view(audience);
        QSignalSpy finished(reply, &ApiReply::finished);
        finished.wait(10000);
        reply->deleteLater();
        return reply->isOk() ? reply->audience().idCount : -1;
    }
};

// A clean file of `rows` rows (every value valid, so the defaults go through):
// install_id, First Name, age, tags.
inline QString cleanFile(const QString &dir, int rows)
{
    const QString path = dir + QStringLiteral("/clean-%1.csv").arg(rows);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write("install_id,First Name,age,tags\n");
    for (int i = 0; i < rows; ++i)
        f.write(QStringLiteral("id-%1,Name %2,%3,VIP|Fr\n")
                    .arg(i, 6, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(18 + i % 60)
                    .toUtf8());
    return path;
}

// Whether the wizard's way forward (Next, Commit or Finish) can be pressed.
inline bool forwardEnabled(QWizard &w)
{
    for (auto which : {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
        QAbstractButton *b = w.button(which);
        if (b->isVisible() && b->isEnabled())
            return true;
    }
    return false;
}

// 25,000 rows in `dir`; every 1000th repeats the previous ID (the later row wins); 5 ages
// are "n/a" (rejected). Three requests once validated.
inline QString segmentFile(const QString &dir)
{
    const QString path = dir + QStringLiteral("/segment.csv");
    if (QFile::exists(path))
        return path;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write("install_id;age;vip;signup;tags\r\n");
    for (int i = 0; i < 25000; ++i) {
        const int id = i % 1000 == 999 ? i - 1 : i;
        const QString age = i % 5000 == 4999 ? QStringLiteral("n/a") : QString::number(18 + i % 60);
        f.write(QStringLiteral("%1;%2;%3;2025-03-%4;VIP|%5\r\n")
                    .arg(id, 8, 10, QLatin1Char('0'))
                    .arg(age, i % 3 ? QStringLiteral("yes") : QStringLiteral("no"))
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(i % 2 ? QStringLiteral("fr") : QStringLiteral("be"))
                    .toUtf8());
    }
    return path;
}

// What the sandbox must end up holding: the last valid row of each ID, by ID.
inline QMap<QString, QStringList> segmentExpected(const QString &path)
{
    QMap<QString, QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    f.readLine();
    while (!f.atEnd()) {
        const QStringList cells = QString::fromUtf8(f.readLine().trimmed()).split(QLatin1Char(';'));
        if (cells.at(1) != u"n/a")
            rows[cells.at(0)] = cells;
    }
    return rows;
}

// The wizard shown on `csv`, past File and Format with their defaults: on the Mapping page.
inline void openOnMapping(ImportWizard &w, const QString &csv)
{
    w.setFile(csv);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w)); // key events need the active window
    NEXT(w); // File
    NEXT(w); // Format
}

// Once the plan is known: the tick where the Target page asks for it (something can be lost).
inline void confirmIfAsked(TargetPage *target)
{
    auto *confirmBox = child<QCheckBox>(target, "confirmBox");
    QVERIFY(confirmBox);
    QTRY_VERIFY(target->isComplete() || confirmBox->isVisible());
    if (!target->isComplete())
        confirmBox->setChecked(true);
}

// File, Format, Mapping, Validation (the 5 invalid rows skipped): on the Target page.
// `beforeTarget` runs just before it opens.
inline void driveToTarget(ImportWizard &w, const QString &csv,
                          const std::function<void()> &beforeTarget = {})
{
    openOnMapping(w, csv);
    NEXT(w); // Mapping
    auto *validation = qobject_cast<ValidationPage *>(w.currentPage());
    QVERIFY(validation);
    auto *skipInvalidBox = child<QCheckBox>(validation, "skipInvalidBox");
    QVERIFY(skipInvalidBox);
    QTRY_VERIFY_WITH_TIMEOUT(!validation->isRunning() && skipInvalidBox->isVisible(), 30000);
    QCOMPARE(w.validation().rejectedRows, 5);
    QCOMPARE(w.validation().rowsRead, 25000);
    QVERIFY(!w.currentPage()->isComplete()); // invalid rows: the user must choose
    skipInvalidBox->setChecked(true);
    if (beforeTarget)
        beforeTarget();
    NEXT(w);
    QVERIFY(qobject_cast<TargetPage *>(w.currentPage()));
}

// ...then the audience named, the plan checked, the confirmation ticked: the upload starts.
inline void driveToUpload(ImportWizard &w, const QString &csv, const QString &audience)
{
    driveToTarget(w, csv);
    auto *target = qobject_cast<TargetPage *>(w.currentPage());
    QVERIFY(target);
    auto *audienceBox = child<QComboBox>(target, "audienceBox");
    QVERIFY(audienceBox);
    audienceBox->setEditText(audience);
    auto *planLabel = child<QLabel>(target, "planLabel");
    QVERIFY(planLabel);
    QTRY_VERIFY2(planLabel->text().contains(QStringLiteral("in 3 requests")),
                 qPrintable(planLabel->text()));
    if (target->needsConfirmation()) {
        auto *confirmBox = child<QCheckBox>(target, "confirmBox");
        QVERIFY(confirmBox);
        QVERIFY(!w.currentPage()->isComplete()); // the confirmation must be ticked
        confirmBox->setChecked(true);
    }
    NEXT(w); // commit: the upload starts
}
