// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/UploadPage.h"

#include "api/BatchClient.h"
#include "common/Palette.h"
#include "upload/ImportSession.h"
#include "wizard/ImportWizard.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <utility>

UploadPage::UploadPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("&Cancel Upload"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_apps(new QTreeWidget(this))
{
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_rate->setObjectName(QStringLiteral("rateLabel"));
    m_log->setObjectName(QStringLiteral("uploadLog"));
    m_cancel->setObjectName(QStringLiteral("cancelUploadButton"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_apps->setObjectName(QStringLiteral("uploadAppsView"));
    setTitle(tr("Uploading"));
    m_status->setWordWrap(true);
    m_rate->setAccessibleName(tr("Throughput"));
    m_clock.start();
    m_log->setReadOnly(true);
    m_log->setTabChangesFocus(true);
    m_log->setAccessibleName(tr("Upload log"));
    m_resume->hide();
    m_apps->setHeaderLabels({tr("App"), tr("State"), tr("IDs acknowledged")});
    m_apps->setRootIsDecorated(false);
    m_apps->setSelectionMode(QAbstractItemView::NoSelection);
    m_apps->setAccessibleName(tr("Apps"));
    m_apps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_apps->setMaximumHeight(120); // a few apps
    m_apps->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_rate);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_apps);
    layout->addWidget(m_log, 1);
    layout->addLayout(buttons);

    ImportSession *session = wizard->session();
    connect(m_cancel, &QPushButton::clicked, this, [this, session] {
        if (m_wizard->fanOut()->isRunning())
            m_wizard->fanOut()->cancel(); // the app under way, and the others skipped
        else
            session->cancel();
    });
    ImportFanOut *fanOut = wizard->fanOut();
    connect(fanOut, &ImportFanOut::targetStarted, this, &UploadPage::followTarget);
    connect(fanOut, &ImportFanOut::targetFinished, this, &UploadPage::onTargetFinished);
    connect(fanOut, &ImportFanOut::finished, this, &UploadPage::onFanOutFinished);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        append(tr("Resuming."));
        start();
    });
    connect(session, &ImportSession::note, this, &UploadPage::append);
    connect(session, &ImportSession::waitingForLock, this, [this](const QString &holder) {
        append(tr("Waiting for another upload into this audience to finish (%1)…").arg(holder));
    });
    connect(session, &ImportSession::requestStarted, this,
            [this](int index, int total, const QString &method, qint64 ids) {
                append(tr("Request %1 of %2: %3 of %4 IDs…")
                           .arg(index + 1)
                           .arg(total)
                           .arg(method == u"replace" ? tr("replace") : tr("add"),
                                QLocale().toString(ids)));
            });
    connect(session, &ImportSession::requestRetrying, this,
            [this](int index, int attempt, int delayMs, const ApiError &cause) {
                append(tr("Request %1 failed (%2): retrying (attempt %3) in %4 s.")
                           .arg(index + 1)
                           .arg(cause.detail)
                           .arg(attempt)
                           .arg(QLocale().toString(delayMs / 1000.0, 'f', 1)));
            });
    connect(
        session, &ImportSession::requestFinished, this,
        [this](int index, bool ok, const QString &detail) {
            append(
                ok ? tr("Request %1 acknowledged (indexing token %2).").arg(index + 1).arg(detail)
                   : tr("Request %1 failed: %2").arg(index + 1).arg(detail));
        });
    connect(session, &ImportSession::progress, this,
            [this](int done, int total, qint64 ids, qint64 idsTotal) {
                if (!std::exchange(m_rateStarted, true))
                    m_rateMeter.start(m_clock.elapsed(), ids);
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_progress->setFormat(
                    tr("%1 of %n requests", nullptr, total).arg(QLocale().toString(done)));
                m_status->setText(tr("%1 of %2 IDs acknowledged by Batch for %3.")
                                      .arg(QLocale().toString(ids), QLocale().toString(idsTotal),
                                           m_wizard->audience()));
            });
    connect(session, &ImportSession::transferred, this,
            [this](qint64 bytes, qint64 ids, qint64 idsTotal) {
                const qint64 now = m_clock.elapsed();
                if (!m_rateStarted)
                    return;
                m_rateMeter.update(now, bytes, ids, idsTotal);
                if (m_lastRateShownMs >= 0 && now - m_lastRateShownMs < 250)
                    return; // a readable pace, not one repaint per network packet
                m_lastRateShownMs = now;
                m_rate->setText(m_rateMeter.text());
            });
    connect(session, &ImportSession::uploadFinished, this, &UploadPage::onFinished);
}

void UploadPage::initializePage()
{
    m_log->clear();
    m_apps->setVisible(m_wizard->isFanOut());
    if (m_wizard->isFanOut()) {
        startFanOut();
        return;
    }
    ImportSession *session = m_wizard->session();
    const auto &resumed = m_wizard->resumed();
    ImportSession::Target target;
    target.config = m_wizard->context().client->config();
    target.profileId = resumed ? resumed->profileId : m_wizard->context().profile.id;
    target.profileName = resumed ? resumed->profileName : m_wizard->context().profile.displayName;
    target.audience = m_wizard->audience();
    target.createIfMissing = true; // chosen on the Target page (or when the upload began)
    session->setTarget(target);
    if (resumed)
        append(
            tr("Resuming the upload of %1 into %2.").arg(resumed->fileName, m_wizard->audience()));
    start();
}

void UploadPage::start()
{
    m_state = UploadRecord::State::Running;
    m_resume->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    ImportSession *session = m_wizard->session();
    // Uploaded at once after the check: the requests' hashes may still be being taken.
    if (session->isPreparing()) {
        m_status->setText(tr("Preparing the requests…"));
        connect(
            session, &ImportSession::prepared, this,
            [this] {
                if (m_state == UploadRecord::State::Running)
                    m_status->setText(tr("Sending…"));
            },
            Qt::SingleShotConnection);
    } else {
        m_status->setText(tr("Sending…"));
    }
    Palette::clearText(m_status);
    m_rateStarted = false; // at the runner's first progress: what it resumes from
    m_lastRateShownMs = -1;
    m_rate->clear();
    emit completeChanged();
    if (m_wizard->resumed()) // the record as the session last left it
        session->resume(session->upload().id ? session->upload() : *m_wizard->resumed());
    else
        session->start(); // a second time: resumes what the first left
}

void UploadPage::onFinished(UploadRecord::State state, const QString &message)
{
    m_state = state;
    m_rate->setText(m_rateMeter.rateText()); // the pace it had; no time left to tell
    if (state == UploadRecord::State::Completed) {
        m_status->setText(tr("Done: %1").arg(message));
        m_cancel->hide();
        showResult();
    } else {
        m_status->setText(message);
        Palette::setText(m_status, Palette::Role::Error);
        m_cancel->hide();
        m_resume->show();
        m_resume->setFocus();
    }
    append(message);
    emit completeChanged();
}

void UploadPage::append(const QString &line)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

bool UploadPage::isComplete() const
{
    if (m_wizard->isFanOut())
        return m_fanOutDone; // the Result page says, app by app, what Batch confirmed
    return m_state == UploadRecord::State::Completed;
}

void UploadPage::startFanOut()
{
    QList<Profile> apps {m_wizard->context().profile};
    apps << m_wizard->extraTargets();
    m_apps->clear();
    for (const Profile &p : std::as_const(apps)) {
        auto *item
            = new QTreeWidgetItem(m_apps,
                                  {p.isLive() ? tr("%1 (LIVE)").arg(p.displayName) : p.displayName,
                                   tr("Waiting"), QString()});
        if (p.isLive())
            item->setForeground(0, Palette::text(Palette::Role::Live, palette()));
    }
    m_apps->resizeColumnToContents(0);
    m_fanOutDone = false;
    m_state = UploadRecord::State::Running;
    m_resume->hide(); // each app's own upload is resumed from Upload History
    m_cancel->show();
    m_cancel->setEnabled(true);
    Palette::clearText(m_status);
    m_status->setText(
        tr("Sending %1 into %2 in %n apps, one after the other…", nullptr, int(apps.size()))
            .arg(QFileInfo(m_wizard->csvPath()).fileName(), m_wizard->audience()));
    m_progress->setRange(0, int(apps.size()) * 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p%"));
    m_rate->clear();
    emit completeChanged();
    m_wizard->startFanOut();
}

void UploadPage::followTarget(int index, ImportSession *session)
{
    const QString app = m_apps->topLevelItem(index)->text(0);
    append(tr("App %1 of %2: %3").arg(index + 1).arg(m_apps->topLevelItemCount()).arg(app));
    setAppState(index, tr("Checking the file…"));
    m_progress->setValue(index * 1000);
    connect(session, &ImportSession::note, this,
            [this, app](const QString &line) { append(tr("%1: %2").arg(app, line)); });
    connect(session, &ImportSession::waitingForLock, this,
            [this, index, app](const QString &holder) {
                setAppState(index, tr("Waiting for another upload"));
                append(tr("%1: waiting for another upload into this audience to finish (%2)…")
                           .arg(app, holder));
            });
    connect(session, &ImportSession::requestFinished, this,
            [this, app](int request, bool ok, const QString &detail) {
                append(ok ? tr("%1: request %2 acknowledged (indexing token %3).")
                                .arg(app)
                                .arg(request + 1)
                                .arg(detail)
                          : tr("%1: request %2 failed: %3").arg(app).arg(request + 1).arg(detail));
            });
    connect(session, &ImportSession::progress, this,
            [this, index](int done, int total, qint64 ids, qint64) {
                setAppState(index, tr("Sending: %1 of %2 requests").arg(done).arg(total));
                m_apps->topLevelItem(index)->setText(2, QLocale().toString(ids));
                if (total > 0)
                    m_progress->setValue(index * 1000 + done * 1000 / total);
            });
    connect(session, &ImportSession::uploadFinished, this,
            [this, index, app](UploadRecord::State state, const QString &message) {
                append(tr("%1: %2").arg(app, message));
                if (state == UploadRecord::State::Completed)
                    setAppState(index, tr("Waiting for Batch to apply…"));
            });
}

void UploadPage::onTargetFinished(int index, const ImportFanOut::Outcome &outcome)
{
    QTreeWidgetItem *item = m_apps->topLevelItem(index);
    if (!item)
        return;
    if (outcome.started)
        item->setText(2, QLocale().toString(outcome.idsAcknowledged));
    if (!outcome.started)
        setAppState(index, tr("Not started"), true);
    else if (outcome.stop != ImportSession::Stop::Completed)
        setAppState(index, tr("Failed"), true);
    else if (outcome.verification.matches())
        setAppState(index, tr("Done: Batch confirmed it"));
    else
        setAppState(index, tr("Sent, not confirmed by Batch"));
    if (!outcome.message.isEmpty() && outcome.stop != ImportSession::Stop::Completed)
        item->setToolTip(1, outcome.message);
    m_progress->setValue((index + 1) * 1000);
}

void UploadPage::onFanOutFinished()
{
    const QList<ImportFanOut::Outcome> &outcomes = m_wizard->fanOut()->outcomes();
    int done = 0;
    for (const ImportFanOut::Outcome &o : outcomes)
        done += o.stop == ImportSession::Stop::Completed ? 1 : 0;
    m_fanOutDone = true;
    m_state = done == outcomes.size() ? UploadRecord::State::Completed
        : done > 0                    ? UploadRecord::State::Partial
                                      : UploadRecord::State::Failed;
    m_cancel->hide();
    m_progress->setValue(m_progress->maximum());
    m_status->setText(tr("Sent to %1 of %n apps.", nullptr, int(outcomes.size())).arg(done));
    if (done < outcomes.size())
        Palette::setText(m_status, Palette::Role::Error);
    emit completeChanged();
    showResult(); // what Batch confirmed in each app
}

void UploadPage::showResult()
{
    // The result comes to the user: the Result page follows the indexing straight away.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_wizard->currentPage() == this && isComplete())
                m_wizard->next();
        },
        Qt::QueuedConnection);
}

void UploadPage::setAppState(int index, const QString &text, bool failed)
{
    QTreeWidgetItem *item = m_apps->topLevelItem(index);
    if (!item)
        return;
    item->setText(1, text);
    if (failed)
        item->setForeground(1, Palette::text(Palette::Role::Error, palette()));
    else
        item->setData(1, Qt::ForegroundRole, QVariant());
}
