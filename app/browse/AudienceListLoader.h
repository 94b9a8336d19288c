// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/AudienceInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiReply;
class BatchClient;

// Every audience of an app: List pages of 100 one after the other until a short one (the
// API gives no total). For pickers that need the whole list; the browser pages instead.
// List orders by creation date, newest first: an audience created during the listing
// pushes the later pages down by one, so a name already read comes again; it is kept once
// (its first occurrence). An audience created meanwhile is not listed.
class AudienceListLoader : public QObject
{
    Q_OBJECT
public:
    explicit AudienceListLoader(BatchClient *client, QObject *parent = nullptr);
    ~AudienceListLoader() override;

    // Starts over (after a profile switch, say); what an earlier start asked is ignored.
    void start();
    void cancel();

    bool isLoading() const { return m_reply != nullptr; }
    bool isComplete() const { return m_complete; } // every page arrived
    const QList<AudienceInfo> &audiences() const { return m_audiences; }
    const ApiError &error() const { return m_error; } // of the page that failed
    const AudienceInfo *find(const QString &name) const; // exact, case-sensitive

signals:
    void progress(int loaded);
    void finished(); // complete, or failed (error()), not after cancel()

private:
    void request(int from);

    BatchClient *m_client;
    QPointer<ApiReply> m_reply;
    QList<AudienceInfo> m_audiences;
    QSet<QString> m_names; // of m_audiences
    ApiError m_error;
    bool m_complete = false;
};
