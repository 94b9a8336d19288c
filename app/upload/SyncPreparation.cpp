// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SyncPreparation.h"

#include "api/ApiReply.h"
#include "api/BatchClient.h"
#include "history/SyncBaselineStore.h"
#include "import/UploadPlanText.h"

#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent>

SyncPreparation::SyncPreparation(BatchClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_loader, &QFutureWatcher<std::optional<SyncBaseline>>::finished, this,
            [this] { onBaseline(m_loader.result()); });
    connect(&m_planner, &QFutureWatcher<SyncPlanner::Plan>::finished, this, [this] {
        if (m_stopped || m_planner.isCanceled())
            return;
        m_plan = m_planner.result();
        if (!m_plan.ok)
            emit finished(Outcome::Failed, m_plan.error, {});
        else
            emit finished(Outcome::Planned, {}, {});
    });
}

SyncPreparation::~SyncPreparation()
{
    m_loader.waitForFinished();
    m_planner.waitForFinished();
    if (m_view)
        m_view->abandon();
}

void SyncPreparation::start(const ImportJob::Result &check, const QString &audience,
                            const QString &baselinePath, const QString &key,
                            const QString &outputDir)
{
    m_planner.waitForFinished(); // a plan for another audience: a second at most
    m_loader.waitForFinished();
    m_check = check;
    m_audience = audience;
    m_outputDir = outputDir;
    m_plan = {};
    m_serverIds = -1;
    m_stopped = false;
    // A baseline of a million IDs takes a second to read: off the calling (GUI) thread.
    m_loader.setFuture(QtConcurrent::run(pool(), [baselinePath, key] {
        SyncBaselineStore store(baselinePath);
        return store.load(key);
    }));
}

void SyncPreparation::stop()
{
    m_stopped = true;
    if (m_view)
        m_view->cancel();
}

void SyncPreparation::onBaseline(std::optional<SyncBaseline> baseline)
{
    if (m_stopped)
        return;
    if (!baseline) {
        // Batch's count, for the Replace it comes to (404: a new audience, -1).
        ApiReply *view = m_client->view(m_audience);
        m_view = view;
        connect(view, &ApiReply::finished, this, [this, view] {
            view->deleteLater();
            m_view = nullptr;
            if (m_stopped)
                return;
            if (view->isOk())
                m_serverIds = view->audience().idCount;
            emit finished(
                Outcome::NoBaseline,
                tr("No verified upload to %1 from this computer to compare the file with.")
                    .arg(m_audience),
                {});
        });
        return;
    }
    ApiReply *view = m_client->view(m_audience, baseline->token);
    m_view = view;
    connect(view, &ApiReply::finished, this,
            [this, view, b = std::move(*baseline)] { onView(view, b); });
}

void SyncPreparation::onView(ApiReply *reply, const SyncBaseline &baseline)
{
    reply->deleteLater();
    m_view = nullptr;
    if (m_stopped)
        return;
    const QLocale l;
    const QString since
        = tr("the last verified upload from this computer (%1)")
              .arg(l.toString(baseline.verifiedAt.toLocalTime(), QLocale::ShortFormat));
    if (!reply->isOk()) {
        if (reply->error().httpStatus == 404) {
            emit finished(Outcome::Stale, tr("%1 was deleted since %2.").arg(m_audience, since),
                          reply->error());
            return;
        }
        emit finished(
            Outcome::Failed,
            tr("Could not check %1 before the sync: %2").arg(m_audience, reply->error().message),
            reply->error());
        return;
    }
    const AudienceInfo info = reply->audience();
    m_serverIds = info.idCount;
    if (info.indexingState == IndexingState::Replaced) {
        emit finished(Outcome::Stale, tr("%1 was replaced since %2.").arg(m_audience, since), {});
        return;
    }
    if (info.idCount != baseline.verifiedIds) {
        emit finished(
            Outcome::Stale,
            tr("Batch reports %1 IDs in %2, but it held %3 after %4: it changed since.")
                .arg(l.toString(info.idCount), m_audience, l.toString(baseline.verifiedIds), since),
            {});
        return;
    }
    m_planner.setFuture(
        QtConcurrent::run(pool(), [check = m_check, b = baseline, dir = m_outputDir] {
            return SyncPlanner::run(check, b, dir, true);
        }));
}

QThreadPool *SyncPreparation::pool() const
{
    return m_pool ? m_pool : QThreadPool::globalInstance();
}

QString SyncPreparation::planSentence() const
{
    return UploadPlanText::describeSync(m_audience, m_plan.added, m_plan.updated, m_plan.removed,
                                        m_plan.unchanged, int(m_plan.chunks.size()));
}

QString SyncPreparation::withoutBaseline(Outcome outcome, const QString &sentence, bool fallback,
                                         qint64 currentIds) const
{
    const QString why
        = outcome == Outcome::Stale ? tr("The baseline is stale: %1").arg(sentence) : sentence;
    if (!fallback)
        return why + QLatin1Char(' ')
            + tr("A sync needs a Replace of the whole file then, which was not allowed: nothing "
                 "was sent, %1 is unchanged.")
                  .arg(m_audience);
    return why + QLatin1Char(' ')
        + tr("A sync sends a Replace of the whole file instead: %1")
              .arg(UploadPlanText::describe(m_audience, currentIds, m_check.uniqueIds,
                                            int(m_check.chunks.size())));
}

QString SyncPreparation::keep(const QString &baselinePath, const QString &key,
                              const UploadRecord &verified, qint64 serverIds,
                              const EntryDigests &entries)
{
    SyncBaseline baseline;
    baseline.key = key;
    baseline.token = verified.lastIndexingToken();
    baseline.verifiedIds = serverIds;
    baseline.uploadId = verified.id;
    SyncBaselineStore store(baselinePath);
    if (store.save(baseline, entries))
        return {};
    return tr("Warning: the sync baseline of %1 could not be saved (%2): the next sync "
              "replaces it whole.")
        .arg(verified.audience, store.errorString());
}
