// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QSet>

class AudienceListLoader;
class AudiencePager;
class AudienceTableModel;
class BatchClient;

// Every audience, for the filter: while the browser pages, a search reads the remaining
// pages in the background (AudienceListLoader) into a model of its own: the page on screen
// at once, then each List page's new audiences appended as rows (no reset: a sorted and
// filtered view of 10,000 stays smooth, and the selection stays). What was read is kept for the
// next search as long as the pages the pager loads agree with it; a page that differs (an audience
// created, deleted or replaced, another profile) makes it stale, and a page loaded during a search
// (F5, Retry) reads everything again. The total is known once the pager reaches a short page or a
// search read everything.
class AudienceSearch : public QObject
{
    Q_OBJECT
public:
    AudienceSearch(BatchClient *client, AudiencePager *pager, QObject *parent = nullptr);
    ~AudienceSearch() override;

    AudienceTableModel *model() const { return m_model; }
    void begin(); // reads what is not known yet
    void end(); // stops reading
    bool isActive() const { return m_active; }
    bool isLoading() const;
    bool isComplete() const; // every audience is in model()
    int loadedCount() const; // read so far
    int total() const { return m_total; } // -1: not known
    // While reading again: the total the previous reading found (for a progress share).
    int estimatedTotal() const { return m_total >= 0 ? m_total : m_previousTotal; }
    const ApiError &error() const;

signals:
    void progress(int loaded);
    void finished(); // read everything, or failed (error())
    void totalChanged(int total);

private:
    void onPageLoaded();
    void onLoaderProgress();
    void onLoaderFinished();
    bool pageAgreesWithLoaded() const;
    void setTotal(int total);

    AudiencePager *m_pager;
    AudienceListLoader *m_loader;
    AudienceTableModel *m_model;
    bool m_active = false;
    bool m_stale = true;
    bool m_reading = false; // from start to finished (or end())
    int m_appended = 0; // of the loader's audiences, those model() has seen
    QSet<QString> m_inModel; // names in model()
    int m_total = -1;
    int m_previousTotal = -1;
};
