// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/ApiReply.h"
#include "api/AudienceInfo.h"

#include <QObject>
#include <QPointer>

class BatchClient;

// Pages through List. The API gives no total: a page shorter than the page size is the
// last one; an empty page after a full one steps back to the previous page and disables
// Next. Only the newest request counts: replies to older ones (the user paged quickly)
// are ignored.
class AudiencePager : public QObject
{
    Q_OBJECT
public:
    static constexpr int pageSizes[] = {10, 25, 50, 100};

    explicit AudiencePager(BatchClient *client, QObject *parent = nullptr);
    ~AudiencePager() override;

    int pageSize() const { return m_pageSize; }
    int from() const { return m_from; }
    bool isLoading() const { return m_reply != nullptr; }
    bool canGoPrevious() const { return m_from > 0 && !isLoading(); }
    bool canGoNext() const { return !m_atEnd && !isLoading() && m_loaded; }
    const QList<AudienceInfo> &audiences() const { return m_audiences; }
    const ApiError &lastError() const { return m_lastError; }
    // "Showing 21–30", "No audiences" ...
    QString rangeText() const;

public slots:
    void setPageSize(int size); // back to the first page
    void reload(); // the current page again (F5, Retry)
    void first();
    void next();
    void previous();
    void goTo(int from);
    void cancel();

signals:
    void pageLoaded(); // audiences() changed
    void stateChanged(); // loading, canGo*, rangeText
    void failed(const ApiError &error);
    void reachedEnd(); // an empty page after a full one: we stepped back

private:
    void request(int from);
    void onFinished(ApiReply *reply, int requestedFrom);

    BatchClient *m_client;
    QPointer<ApiReply> m_reply;
    QList<AudienceInfo> m_audiences;
    ApiError m_lastError;
    int m_pageSize = 25;
    int m_from = 0;
    bool m_atEnd = false;
    bool m_loaded = false;
};
