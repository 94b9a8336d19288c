// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudienceSearch.h"

#include "browse/AudienceListLoader.h"
#include "browse/AudiencePager.h"
#include "browse/AudienceTableModel.h"

#include <utility>

AudienceSearch::AudienceSearch(BatchClient *client, AudiencePager *pager, QObject *parent)
    : QObject(parent)
    , m_pager(pager)
    , m_loader(new AudienceListLoader(client, this))
    , m_model(new AudienceTableModel(this))
{
    connect(pager, &AudiencePager::pageLoaded, this, &AudienceSearch::onPageLoaded);
    connect(m_loader, &AudienceListLoader::progress, this, &AudienceSearch::onLoaderProgress);
    connect(m_loader, &AudienceListLoader::finished, this, &AudienceSearch::onLoaderFinished);
}

AudienceSearch::~AudienceSearch() = default;

void AudienceSearch::begin()
{
    m_active = true;
    if (!m_stale && (m_loader->isComplete() || m_reading))
        return; // what was read still holds
    m_stale = false;
    m_model->setAudiences(m_pager->audiences()); // at once; the others as they arrive
    m_inModel.clear();
    for (const AudienceInfo &a : m_pager->audiences())
        m_inModel.insert(a.name);
    m_appended = 0;
    m_reading = true;
    m_loader->start();
}

void AudienceSearch::end()
{
    m_active = false;
    if (std::exchange(m_reading, false)) {
        m_loader->cancel();
        m_stale = true; // a partial read: start over next time
    }
}

bool AudienceSearch::isLoading() const
{
    return m_reading; // the loader has no request out between two pages
}

bool AudienceSearch::isComplete() const
{
    return !m_stale && m_loader->isComplete();
}

int AudienceSearch::loadedCount() const
{
    return int(m_loader->audiences().size());
}

const ApiError &AudienceSearch::error() const
{
    return m_loader->error();
}

void AudienceSearch::onPageLoaded()
{
    if (m_active) {
        m_stale = true;
        begin(); // reloaded during a search: read everything again
    } else if (!pageAgreesWithLoaded()) {
        m_stale = true;
    }
    const QList<AudienceInfo> &page = m_pager->audiences();
    if (page.size() < m_pager->pageSize() && !(page.isEmpty() && m_pager->from() > 0))
        setTotal(m_pager->from() + int(page.size()));
    else if (!isComplete())
        setTotal(-1);
}

void AudienceSearch::onLoaderProgress()
{
    // The loader only appends (it keeps the first of names met twice): add what is new.
    const QList<AudienceInfo> &all = m_loader->audiences();
    QList<AudienceInfo> more;
    for (qsizetype i = m_appended; i < all.size(); ++i) {
        if (!m_inModel.contains(all.at(i).name)) {
            m_inModel.insert(all.at(i).name);
            more.append(all.at(i));
        }
    }
    m_appended = int(all.size());
    m_model->appendAudiences(more);
    emit progress(loadedCount());
}

void AudienceSearch::onLoaderFinished()
{
    m_reading = false;
    if (m_loader->isComplete()) {
        // What the page showed and List no longer has (deleted meanwhile) goes.
        if (m_model->rowCount() != m_loader->audiences().size())
            m_model->setAudiences(m_loader->audiences());
        setTotal(loadedCount());
    } else {
        m_stale = true; // failed: the next search tries again
    }
    emit finished();
}

bool AudienceSearch::pageAgreesWithLoaded() const
{
    if (!m_loader->isComplete())
        return false;
    const QList<AudienceInfo> &page = m_pager->audiences();
    const QList<AudienceInfo> &all = m_loader->audiences();
    const qsizetype from = m_pager->from();
    if (from + page.size() > all.size())
        return false;
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (!(page.at(i) == all.at(from + i)))
            return false;
    }
    // A short page is the last: the total must agree too.
    return page.size() == m_pager->pageSize() || from + page.size() == all.size();
}

void AudienceSearch::setTotal(int total)
{
    if (total == m_total)
        return;
    if (m_total >= 0)
        m_previousTotal = m_total;
    m_total = total;
    emit totalChanged(total);
}
