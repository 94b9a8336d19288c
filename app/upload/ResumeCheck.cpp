// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ResumeCheck.h"

#include "IndexingPoller.h"

#include <QLocale>
#include <QTimer>
#include <algorithm>

ResumeCheck::ResumeCheck(BatchClient *client, QObject *parent)
    : QObject(parent)
    , m_poller(new IndexingPoller(client, this))
{
    m_poller->setLimitMs(60 * 1000);
    connect(m_poller, &IndexingPoller::failed, this, [this](const ApiError &error) {
        m_failed = true;
        if (error.httpStatus == 404) {
            emit decided(Verdict::Gone, explain(Verdict::Gone, m_record, -1), error);
            return;
        }
        emit decided(
            Verdict::Unknown,
            tr("Could not check %1 before resuming: %2").arg(m_record.audience, error.message),
            error);
    });
    connect(m_poller, &IndexingPoller::finished, this, [this](IndexingState state) {
        if (m_failed)
            return;
        const Verdict v = state == IndexingState::Unknown
            ? Verdict::StillIndexing
            : judge(m_record, state, m_poller->idCount());
        emit decided(v, explain(v, m_record, m_poller->idCount()), {});
    });
}

void ResumeCheck::setWaitLimitMs(int ms)
{
    m_poller->setLimitMs(ms);
}

void ResumeCheck::start(const UploadRecord &record)
{
    m_record = record;
    m_failed = false;
    const QString token = record.lastIndexingToken();
    if (token.isEmpty()) { // nothing acknowledged: starting from the Replace is the resume
        QTimer::singleShot(0, this, [this] { emit decided(Verdict::Resumable, {}, {}); });
        return;
    }
    m_poller->start(record.audience, token);
}

void ResumeCheck::stop()
{
    m_poller->stop();
}

ResumeCheck::Verdict ResumeCheck::judge(const UploadRecord &record, IndexingState state,
                                        qint64 idCount)
{
    switch (state) {
    case IndexingState::Replaced:
        return Verdict::Replaced;
    case IndexingState::InProgress:
        return Verdict::StillIndexing;
    case IndexingState::Unknown:
        return Verdict::Unknown;
    case IndexingState::Applied:
        break;
    }
    // Updates alone (add, remove, sync) say nothing of the count the audience must hold:
    // only a Replace since (REPLACED) or its deletion (404) voids them.
    const bool updatesOnly
        = std::none_of(record.requests.cbegin(), record.requests.cend(),
                       [](const UploadRequestRecord &r) { return r.method == u"replace"; });
    if (updatesOnly)
        return Verdict::Resumable;
    // Every acknowledged ID is distinct (duplicates were resolved in the file), so an
    // unchanged audience holds at least that many (more if the uncertain request landed).
    return idCount < record.acknowledgedIds() ? Verdict::Changed : Verdict::Resumable;
}

QString ResumeCheck::explain(Verdict verdict, const UploadRecord &record, qint64 idCount)
{
    const QLocale l;
    switch (verdict) {
    case Verdict::Gone:
        return tr("%1 was deleted since the interrupted upload #%2: starting again from the "
                  "first request.")
            .arg(record.audience)
            .arg(record.id);
    case Verdict::Replaced:
        return tr("%1 was replaced by another upload since the interrupted upload #%2: "
                  "starting again from the first request, which replaces it.")
            .arg(record.audience)
            .arg(record.id);
    case Verdict::Changed:
        return tr("%1 holds %2 IDs, fewer than the %3 the interrupted upload #%4 had sent: it "
                  "changed since, so starting again from the first request, which replaces it.")
            .arg(record.audience, l.toString(idCount), l.toString(record.acknowledgedIds()))
            .arg(record.id);
    case Verdict::StillIndexing:
        return tr("Batch is still indexing %1, so it cannot be compared with the interrupted "
                  "upload #%2: starting again from the first request, which replaces it.")
            .arg(record.audience)
            .arg(record.id);
    case Verdict::Resumable:
    case Verdict::Unknown:
        break;
    }
    return {};
}
