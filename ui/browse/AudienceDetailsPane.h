// SPDX-FileCopyrightText: 2026 Audience Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiReply.h"
#include "api/AudienceInfo.h"

#include <QPointer>
#include <QWidget>

class BatchClient;
class QLabel;

// The selected audience: what List said at once, then View's data (indexing state
// included) when it answers. Replies for an audience no longer selected are ignored.
class AudienceDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit AudienceDetailsPane(BatchClient *client, QWidget *parent = nullptr);
    ~AudienceDetailsPane() override;

    void showAudience(const AudienceInfo &audience); // and fetch View
    void clear();
    QString audienceName() const { return m_current.name; }
    QString indexingStateText() const;

private:
    void fill(const AudienceInfo &audience);
    void onViewFinished(ApiReply *reply);

    BatchClient *m_client;
    QPointer<ApiReply> m_reply;
    AudienceInfo m_current;
    QLabel *m_title;
    QLabel *m_type;
    QLabel *m_description;
    QLabel *m_ids;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_state;
    QLabel *m_placeholder;
    QWidget *m_form;
};
